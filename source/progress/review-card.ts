import {type Card, createEmptyCard, fsrs, type Grade} from 'ts-fsrs';
import type {Rating} from './progress-doc.js';

/*
 * Spaced review with FSRS (ts-fsrs), in whole days, plus one relearning step:
 * a missed item is due again ten minutes later (so it comes back the same
 * day, in the same review), then on its FSRS schedule. The step only moves
 * the due time; the FSRS memory state is the same as without it.
 */
const scheduler = fsrs({enable_fuzz: false, enable_short_term: false, request_retention: 0.9, maximum_interval: 365});

export const RELEARN_STEP_MS = 10 * 60_000;

export type Step = {at: number; rating: Rating};

/** An item's review state after its answers: the FSRS card, and when it was due after each answer. */
export type Replayed = {card: Card; dues: number[]};

export function replaySteps(answers: readonly Step[]): Replayed {
	let card = createEmptyCard(new Date(answers[0]?.at ?? 0));
	const dues: number[] = [];
	for (const a of answers) {
		card = scheduler.next(card, new Date(a.at), a.rating as Grade).card;
		dues.push(a.rating === 1 ? a.at + RELEARN_STEP_MS : card.due.getTime());
	}
	return {card, dues};
}
