import {interleave} from '../quiz/interleave.js';
import {derive, type Derived} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';
import {type QueueChapter, reviewQueue} from './review-queue.js';

/*
 * A review session's shape. Mixing topics (interleaving) helps learners tell
 * them apart, and short daily sessions beat long rare ones, so a session is:
 * - about 12½ minutes (10–15) at the learner's own pace, never more than is due;
 *   what does not fit waits for another session;
 * - at least three chapters where the queue has them, bringing in due or new
 *   items of other chapters in place of the least urgent of the largest one;
 * - new material at most a third of the session's room (⌊size/3⌋, rounded down);
 * - no chapter over half the session while other chapters have due or new
 *   items to offer, and ordered so that no two items of a chapter follow each
 *   other when any order avoids it (interleave), most urgent first otherwise.
 */

/** An item in a plan: its chapter is its pack. Extra fields (a seed, a remedy) ride along. */
export type Ref = {pack: string; item: string};

/** The session aims at this long, and stays between the two bounds below. */
export const TARGET_MS = 12.5 * 60_000;
export const SESSION_MS = [10 * 60_000, 15 * 60_000] as const;
/** Reading the feedback after an answer, added to the time it took to answer. */
export const FEEDBACK_MS = 15_000;
/** With too little history to go on: 25 s to answer and 15 s to read the feedback. */
export const DEFAULT_ITEM_MS = 40_000;
/** Items answered before the learner's own pace is used. */
export const MIN_HISTORY = 5;
/** Pace is kept within these, so a session is never one item nor a hundred (and 12½ min ± half an item stays in 10–15 min). */
export const ITEM_MS = [10_000, 150_000] as const;
/** Chapters a session mixes when the queue has them. */
export const MIN_CHAPTERS = 3;

/**
 * The time one item takes: the median of the time each item's latest answer
 * took (the learner's current pace, and cheap however long the log), plus
 * reading the feedback.
 */
export function itemMs(derived: Derived): number {
	const times: number[] = [];
	for (const facts of derived.items.values()) times.push(facts.answers.at(-1)!.ms);
	if (times.length < MIN_HISTORY) return DEFAULT_ITEM_MS;
	times.sort((a, b) => a - b);
	const mid = times.length >> 1;
	const median = times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
	return Math.min(ITEM_MS[1], Math.max(ITEM_MS[0], Math.round(median + FEEDBACK_MS)));
}

/** How many items make a session of about 12½ minutes at this pace (at least one). */
export function sessionSize(perItemMs: number): number {
	const pace = Math.min(ITEM_MS[1], Math.max(ITEM_MS[0], perItemMs));
	return Math.max(1, Math.round(TARGET_MS / pace));
}

export type PlanInput<T extends Ref> = {
	/** Due reviews, most urgent first. */
	reviews: readonly T[];
	/** New items that may be introduced today, in order. */
	fresh: readonly T[];
	/** Items that correct a misconception: counted as reviews, asked before due ones. */
	remediation?: readonly T[];
	/** Due but over the daily review cap. */
	heldBack: number;
	perItemMs: number;
};

export type SessionPlan<T extends Ref> = {
	/** In the order they are asked. */
	items: T[];
	/** The session's room in items (from the pace). */
	size: number;
	reviews: number;
	fresh: number;
	remediation: number;
	chapters: number;
	/** Estimated length, in whole minutes (at least 1 when there is anything). */
	minutes: number;
	/** Due reviews left for another session today. */
	later: number;
	/** Due but held back by the daily cap, for the next days. */
	heldBack: number;
};

type Kind = 'review' | 'fresh' | 'remedy';
type Slot<T> = {ref: T; kind: Kind; rank: number};

const keyOf = (r: Ref) => `${r.pack}\u0000${r.item}`;

/** The plan for one session from today's queue (pure). */
export function planSession<T extends Ref>(input: PlanInput<T>): SessionPlan<T> {
	const size = sessionSize(input.perItemMs);
	const freshRoom = Math.floor(size / 3);
	const seen = new Set<string>();
	const pool: Slot<T>[] = [];
	const add = (ref: T, kind: Kind) => {
		if (seen.has(keyOf(ref))) return;
		seen.add(keyOf(ref));
		pool.push({ref, kind, rank: pool.length});
	};
	// Remediation at most a third too, so due reviews keep most of the session.
	for (const ref of (input.remediation ?? []).slice(0, freshRoom)) add(ref, 'remedy');
	for (const ref of input.reviews) add(ref, 'review');
	const reviewPool = pool.slice();
	for (const ref of input.fresh) add(ref, 'fresh');
	const freshPool = pool.slice(reviewPool.length);

	const freshCount = Math.min(freshPool.length, freshRoom);
	const chosen = [...reviewPool.slice(0, size - freshCount), ...freshPool.slice(0, freshCount)];
	const left = new Set(pool.filter((s) => !chosen.includes(s)));
	mixChapters(chosen, left, size, freshRoom);
	balance(chosen, left, freshRoom);

	const reviews = chosen.filter((s) => s.kind !== 'fresh').sort((a, b) => a.rank - b.rank);
	const fresh = chosen.filter((s) => s.kind === 'fresh').sort((a, b) => a.rank - b.rank);
	const items = interleave(spread(reviews, fresh), (s) => s.ref.pack).map((s) => s.ref);
	const taken = new Set(items.map(keyOf));
	const count = (kind: Kind) => chosen.filter((s) => s.kind === kind).length;
	return {
		items,
		size,
		reviews: count('review') + count('remedy'),
		fresh: count('fresh'),
		remediation: count('remedy'),
		chapters: new Set(items.map((r) => r.pack)).size,
		minutes:
			items.length === 0
				? 0
				: Math.max(1, Math.round((items.length * Math.min(ITEM_MS[1], Math.max(ITEM_MS[0], input.perItemMs))) / 60_000)),
		later: input.reviews.filter((r) => !taken.has(keyOf(r))).length,
		heldBack: input.heldBack,
	};
}

/** `incoming` takes `out`'s place in the session; `out` waits with the rest. */
function swapIn<T extends Ref>(chosen: Slot<T>[], left: Set<Slot<T>>, out: Slot<T>, incoming: Slot<T>): void {
	chosen.splice(chosen.indexOf(out), 1, incoming);
	left.delete(incoming);
	left.add(out);
}

/**
 * Brings in other chapters until the session has MIN_CHAPTERS (or none is
 * left to bring): the most urgent due item of a chapter not yet in it, else
 * the first new one, each in place of the least urgent item of the largest
 * chapter (so no chapter drops out). New items stay within `freshRoom`.
 */
function mixChapters<T extends Ref>(chosen: Slot<T>[], left: Set<Slot<T>>, size: number, freshRoom: number): void {
	const cannot = new Set<Slot<T>>();
	for (;;) {
		const counts = new Map<string, number>();
		for (const s of chosen) counts.set(s.ref.pack, (counts.get(s.ref.pack) ?? 0) + 1);
		if (counts.size >= MIN_CHAPTERS) return;
		const freshIn = chosen.filter((s) => s.kind === 'fresh').length;
		const outside = [...left].filter((s) => !counts.has(s.ref.pack) && !cannot.has(s)).sort((a, b) => a.rank - b.rank);
		const incoming = outside.find((s) => s.kind !== 'fresh') ?? outside.find((s) => s.kind === 'fresh');
		if (!incoming) return;
		const isFresh = incoming.kind === 'fresh';
		if (chosen.length < size && (!isFresh || freshIn < freshRoom)) {
			chosen.push(incoming);
			left.delete(incoming);
			continue;
		}
		// The item to leave out: of a chapter with two or more, the largest; least urgent first.
		// A new item coming in over the new-item room must replace a new one.
		const mustBeFresh = isFresh && freshIn >= freshRoom;
		let out: Slot<T> | undefined;
		for (const s of chosen) {
			if (counts.get(s.ref.pack)! < 2 || (mustBeFresh && s.kind !== 'fresh')) continue;
			const better =
				!out ||
				counts.get(s.ref.pack)! > counts.get(out.ref.pack)! ||
				(counts.get(s.ref.pack) === counts.get(out.ref.pack) && s.rank > out.rank);
			if (better) out = s;
		}
		if (!out) {
			// Nothing can make room for it: try the other candidates.
			cannot.add(incoming);
			continue;
		}
		swapIn(chosen, left, out, incoming);
	}
}

/**
 * Then evens out a chapter holding more than half the session (its items
 * cannot all be kept apart): its least urgent items give way to the most
 * urgent due (else new) items of other chapters while there are any. Each
 * step lowers that chapter's excess, and no other chapter can pass half.
 */
function balance<T extends Ref>(chosen: Slot<T>[], left: Set<Slot<T>>, freshRoom: number): void {
	const cannot = new Set<Slot<T>>();
	for (;;) {
		const counts = new Map<string, number>();
		for (const s of chosen) counts.set(s.ref.pack, (counts.get(s.ref.pack) ?? 0) + 1);
		let big = '';
		let most = 0;
		for (const [pack, n] of counts) if (n > most) [big, most] = [pack, n];
		if (most <= Math.ceil(chosen.length / 2)) return;
		const others = [...left].filter((s) => s.ref.pack !== big && !cannot.has(s)).sort((a, b) => a.rank - b.rank);
		const incoming = others.find((s) => s.kind !== 'fresh') ?? others.find((s) => s.kind === 'fresh');
		if (!incoming) return;
		const mustBeFresh = incoming.kind === 'fresh' && chosen.filter((s) => s.kind === 'fresh').length >= freshRoom;
		const out = chosen.filter((s) => s.ref.pack === big && (!mustBeFresh || s.kind === 'fresh')).sort((a, b) => b.rank - a.rank)[0];
		if (!out) {
			cannot.add(incoming);
			continue;
		}
		swapIn(chosen, left, out, incoming);
	}
}

/** New items spread evenly among the reviews (the order interleave keeps where it can). */
function spread<T>(reviews: T[], fresh: T[]): T[] {
	const out = reviews.slice();
	const step = Math.max(1, Math.floor(reviews.length / Math.max(1, fresh.length)));
	fresh.forEach((ref, i) => {
		out.splice(Math.min(out.length, (i + 1) * step + i), 0, ref);
	});
	return out;
}

/** Today's review session for the learner: the queue, their pace and any remediation items. */
export function todayPlan(
	doc: ProgressDoc,
	chapters: QueueChapter[],
	now: number,
	tz: number,
	remediation: readonly Ref[] = [],
): SessionPlan<Ref> {
	const queue = reviewQueue(doc, chapters, now, tz);
	return planSession({
		reviews: queue.reviews.map(({pack, item}) => ({pack, item})),
		fresh: queue.fresh,
		remediation,
		heldBack: queue.heldBack,
		perItemMs: itemMs(derive(doc, now)),
	});
}
