import {derive, itemKey} from '../progress/derive.js';
import type {ProgressDoc} from '../progress/progress-doc.js';
import {seedOf} from './present.js';
import type {Session} from './session.js';

/*
 * Each review of a scenario item runs the simulation on a seed of its own, so
 * the answer cannot be remembered from last time. The seed is a function of
 * the item and the time the session started (a session resumed later asks
 * the same), and never the seed its last answer had.
 */

/** Seeds are 1 … 9999: short enough to read on the question and type after --seed. */
export const SEED_RANGE = 9999;

/** A seed for `item` at `at`, never `previous`. */
export function freshSeed(item: string, at: number, previous?: number): number {
	const seed = (seedOf(`${item}@${at}`) % SEED_RANGE) + 1;
	return seed === previous ? (seed % SEED_RANGE) + 1 : seed;
}

/**
 * The seed of the `occurrence`-th showing of an item in a session that
 * started at `startedAt` (a missed item comes back once more at the end):
 * each showing differs from the one before, the first from `lastAnswered`.
 */
export function sessionSeed(item: string, startedAt: number, occurrence: number, lastAnswered?: number): number {
	let seed = freshSeed(item, startedAt, lastAnswered);
	for (let k = 1; k <= occurrence; k++) seed = freshSeed(item, startedAt + k, seed);
	return seed;
}

/**
 * The seed the current scenario item runs on: the item's own when the
 * session gives one, else fresh for this session (never its last answer's).
 */
export function seedFor(session: Session, doc: ProgressDoc): number {
	const ref = session.items[session.index]!;
	const occurrence = session.items.slice(0, session.index).filter((r) => r.pack === ref.pack && r.item === ref.item).length;
	if (ref.seed === undefined) {
		const before = derive(doc, session.startedAt)
			.items.get(itemKey(ref.pack, ref.item))
			?.answers.filter((a) => a.at < session.startedAt);
		return sessionSeed(ref.item, session.startedAt, occurrence, before?.at(-1)?.seed);
	}
	// A given seed is the first showing's; a missed item shown again gets a fresh one.
	let seed = ref.seed;
	for (let k = 1; k <= occurrence; k++) seed = freshSeed(ref.item, session.startedAt + k, seed);
	return seed;
}
