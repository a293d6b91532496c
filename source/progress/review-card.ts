import {DEFAULT_FSRS, type FsrsParams, type Memory, review} from './fsrs.js';
import type {Confidence, Rating, Settings} from './progress-doc.js';

/*
 * Spaced review with FSRS (fsrs.ts), in whole days, plus one relearning step:
 * a missed item is due again ten minutes later (so it comes back the same
 * day, in the same review), then on its FSRS schedule. The step only moves
 * the due time; the FSRS memory state is the same as without it.
 *
 * A confident miss (wrong when the learner said they were sure) is a
 * misconception more than a gap: once corrected it tends to stick, but the
 * old idea can come back, so it is checked sooner. The first interval after
 * it is half of what FSRS gives (the memory state is again the same).
 */
export const RELEARN_STEP_MS = 10 * 60_000;
/** How much of its FSRS interval the first review after a confident miss waits. */
export const CONFIDENT_MISS_FACTOR = 0.5;

const paramsByKey = new Map<string, FsrsParams>([[`${DEFAULT_FSRS.retention}/${DEFAULT_FSRS.maxInterval}`, DEFAULT_FSRS]]);

/**
 * The FSRS parameters the settings ask for; the same object for the same
 * values, so caches can compare parameters by identity.
 */
export function fsrsParamsOf(settings: Settings): FsrsParams {
	const retention = settings.retention?.value ?? DEFAULT_FSRS.retention;
	const maxInterval = settings.maxInterval?.value ?? DEFAULT_FSRS.maxInterval;
	const key = `${retention}/${maxInterval}`;
	let params = paramsByKey.get(key);
	if (!params) {
		params = {retention, maxInterval};
		paramsByKey.set(key, params);
	}
	return params;
}

export type Step = {at: number; rating: Rating; confidence?: Confidence | undefined};

/** An item's review state after its answers: the FSRS memory, and when it was due after each answer. */
export type Replayed = {card: Memory; dues: number[]};

/** Wrong although the learner said they were sure (high confidence). */
export const confidentMiss = (step: Step) => step.rating === 1 && step.confidence === 3;

/** The review state after these answers, scheduled for the learner's retention and longest interval. */
export function replaySteps(answers: readonly Step[], params: FsrsParams = DEFAULT_FSRS): Replayed {
	let card: Memory | undefined;
	let afterConfidentMiss = false;
	const dues: number[] = [];
	for (const a of answers) {
		card = review(card, a.at, a.rating, params);
		if (a.rating === 1) dues.push(a.at + RELEARN_STEP_MS);
		else if (afterConfidentMiss) dues.push(a.at + Math.round((card.due - a.at) * CONFIDENT_MISS_FACTOR));
		else dues.push(card.due);
		// Halved only once: the first interval after the miss is relearned.
		afterConfidentMiss = a.rating === 1 ? confidentMiss(a) || afterConfidentMiss : false;
	}
	return {card: card ?? {stability: 0, difficulty: 0, reps: 0, lapses: 0, last: 0, due: 0}, dues};
}
