import {type Memory, review} from './fsrs.js';
import type {Rating} from './progress-doc.js';

/*
 * Spaced review with FSRS (fsrs.ts), in whole days, plus one relearning step:
 * a missed item is due again ten minutes later (so it comes back the same
 * day, in the same review), then on its FSRS schedule. The step only moves
 * the due time; the FSRS memory state is the same as without it.
 */
export const RELEARN_STEP_MS = 10 * 60_000;

export type Step = {at: number; rating: Rating};

/** An item's review state after its answers: the FSRS memory, and when it was due after each answer. */
export type Replayed = {card: Memory; dues: number[]};

export function replaySteps(answers: readonly Step[]): Replayed {
	let card: Memory | undefined;
	const dues: number[] = [];
	for (const a of answers) {
		card = review(card, a.at, a.rating);
		dues.push(a.rating === 1 ? a.at + RELEARN_STEP_MS : card.due);
	}
	return {card: card ?? {stability: 0, difficulty: 0, reps: 0, lapses: 0, last: 0, due: 0}, dues};
}
