import {isScenarioItem} from './scenario-id.js';
import {dayIndex, dayStart} from './days.js';
import {derive, type ItemFacts, itemKey} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';
import {confidentMiss} from './review-card.js';

/*
 * Spaced review with FSRS (see review-card.ts). Every answered item is a
 * review card, rebuilt by replaying its answers, so the schedule always agrees
 * with the log (and merges, undos and resets need no special care). Each item
 * is replayed again only when its answers change.
 */

export const DEFAULT_REVIEW_CAP = 50;
export const DEFAULT_NEW_CAP = 15;

export type ReviewCard = {
	pack: string;
	item: string;
	due: number;
	stability: number;
	lapses: number;
	reps: number;
	last: number;
	/** Missed last time: in its relearning step, due again minutes later. */
	relearning: boolean;
	/** Missed last time although the learner was sure: comes first in today's queue. */
	confidentMiss: boolean;
};

function cardOf(facts: ItemFacts): ReviewCard {
	return {
		pack: facts.pack,
		item: facts.item,
		due: facts.dues.at(-1)!,
		stability: facts.card.stability,
		lapses: facts.card.lapses,
		reps: facts.card.reps,
		last: facts.answers.at(-1)!.at,
		relearning: facts.answers.at(-1)!.rating === 1,
		confidentMiss: confidentMiss(facts.answers.at(-1)!),
	};
}

export function reviewCards(doc: ProgressDoc, now = Date.now()): ReviewCard[] {
	return [...derive(doc, now).items.values()].map(cardOf);
}

export type Caps = {review: number; fresh: number};

export function capsOf(doc: ProgressDoc): Caps {
	return {review: doc.settings.reviewCap?.value ?? DEFAULT_REVIEW_CAP, fresh: doc.settings.newCap?.value ?? DEFAULT_NEW_CAP};
}

export type Queue = {
	/** Due reviews to do today, most urgent first, within the daily cap. */
	reviews: ReviewCard[];
	/** Due but held back by the cap: they come on the next days. */
	heldBack: number;
	/** Never-answered items to introduce today, within the daily cap. */
	fresh: {pack: string; item: string}[];
};

/**
 * Today's review session. After days away the pile is not dumped at once:
 * the most overdue (relative to how long each was meant to last) come first,
 * up to the cap less what was already reviewed today; the rest wait.
 * An item answered today waits for another day, unless it was missed: then
 * it comes back today. An item missed although the learner was sure comes
 * before all others. New items come only from chapters the learner has
 * opened, in order.
 */
export function todayQueue(doc: ProgressDoc, chapters: {pack: string; items: string[]}[], now: number, tz: number): Queue {
	const caps = capsOf(doc);
	const today = dayIndex(now, tz);
	const {items} = derive(doc, now);
	let doneToday = 0;
	let newToday = 0;
	const cards: ReviewCard[] = [];
	for (const facts of items.values()) {
		for (let i = facts.answers.length - 1; i >= 0; i--) {
			const a = facts.answers[i]!;
			if (dayIndex(a.at, tz) !== today) break;
			if (a.mode === 'review') doneToday++;
		}
		if (dayIndex(facts.answers[0]!.at, tz) === today) newToday++;
		cards.push(cardOf(facts));
	}
	const endOfToday = dayStart(today + 1, tz);
	const sorted = cards
		.filter((c) => c.due < endOfToday && (dayIndex(c.last, tz) < today || c.relearning))
		// Confident misses first (so the cap never holds them back), then the most overdue.
		.sort((a, b) => Number(b.confidentMiss) - Number(a.confidentMiss) || overdue(b, now) - overdue(a, now) || a.due - b.due);
	const due = scenariosFirst(sorted, (c) => c.confidentMiss);
	const room = Math.max(0, caps.review - doneToday);
	const fresh: {pack: string; item: string}[] = [];
	const freshRoom = Math.max(0, caps.fresh - newToday);
	for (const {pack, items: ids} of chapters) {
		for (const item of ids) {
			if (fresh.length >= freshRoom) break;
			if (!items.has(itemKey(pack, item))) fresh.push({pack, item});
		}
	}
	return {reviews: due.slice(0, room), heldBack: Math.max(0, due.length - room), fresh};
}

/** Most due scenario items moved ahead of the other due reviews each day. */
export const SCENARIOS_FIRST = 3;

/**
 * Due scenario items (a simulation's prediction or challenge asked on a new
 * seed) go ahead of the other due reviews, up to SCENARIOS_FIRST, behind only
 * what `ahead` keeps in front (confident misses): they practise doing rather
 * than recalling, and behind a backlog of quiz reviews the daily cap and the
 * session size would keep them waiting for days. The rest keep their order.
 */
export function scenariosFirst<T extends {item: string}>(reviews: readonly T[], ahead: (r: T) => boolean = () => false): T[] {
	const lead = reviews.filter(ahead);
	const rest = reviews.filter((r) => !ahead(r));
	const first = new Set(rest.filter((r) => isScenarioItem(r.item)).slice(0, SCENARIOS_FIRST));
	return [...lead, ...first, ...rest.filter((r) => !first.has(r))];
}

/** How far past due, as a multiple of the interval it was meant to last. */
function overdue(card: ReviewCard, now: number): number {
	const interval = Math.max(1, card.due - card.last);
	return (now - card.due) / interval;
}

/**
 * Reviews shown on each of the next `days` days if the learner keeps up,
 * with the daily cap carrying any excess forward (day 0 = today).
 */
export function forecast(doc: ProgressDoc, now: number, tz: number, days = 7): number[] {
	const cap = capsOf(doc).review;
	const today = dayIndex(now, tz);
	const perDay = new Array<number>(days).fill(0);
	for (const card of reviewCards(doc, now)) {
		const day = Math.max(today, dayIndex(card.due, tz)) - today;
		if (day < days) perDay[day]! += 1;
	}
	let carry = 0;
	return perDay.map((count) => {
		const waiting = carry + count;
		const shown = Math.min(cap, waiting);
		carry = waiting - shown;
		return shown;
	});
}
