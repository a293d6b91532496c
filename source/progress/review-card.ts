import {DEFAULT_FSRS, type FsrsParams, type Memory, review} from './fsrs.js';
import type {Rating, Settings} from './progress-doc.js';

/*
 * Spaced review with FSRS (fsrs.ts), in whole days, plus one relearning step:
 * a missed item is due again ten minutes later (so it comes back the same
 * day, in the same review), then on its FSRS schedule. The step only moves
 * the due time; the FSRS memory state is the same as without it.
 */
export const RELEARN_STEP_MS = 10 * 60_000;

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

export type Step = {at: number; rating: Rating};

/** An item's review state after its answers: the FSRS memory, and when it was due after each answer. */
export type Replayed = {card: Memory; dues: number[]};

/** The review state after these answers, scheduled for the learner's retention and longest interval. */
export function replaySteps(answers: readonly Step[], params: FsrsParams = DEFAULT_FSRS): Replayed {
	let card: Memory | undefined;
	const dues: number[] = [];
	for (const a of answers) {
		card = review(card, a.at, a.rating, params);
		dues.push(a.rating === 1 ? a.at + RELEARN_STEP_MS : card.due);
	}
	return {card: card ?? {stability: 0, difficulty: 0, reps: 0, lapses: 0, last: 0, due: 0}, dues};
}
