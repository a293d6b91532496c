import {type Card, createEmptyCard, fsrs, type Grade} from 'ts-fsrs';
import type {ProgressDoc} from './progress-doc.js';
import {dayIndex, dayStart} from './days.js';
import {type Answered, byItem, history, itemKey} from './history.js';

/*
 * Spaced review with FSRS (ts-fsrs). Every answered item is a review card,
 * rebuilt by replaying its answers, so the schedule always agrees with the
 * log (and merges, undos and resets need no special care). Intervals are in
 * whole days: a quiz trainer has no use for 10-minute learning steps.
 */
const scheduler = fsrs({enable_fuzz: false, enable_short_term: false, request_retention: 0.9, maximum_interval: 365});

export const DEFAULT_REVIEW_CAP = 50;
export const DEFAULT_NEW_CAP = 15;

export type ReviewCard = {pack: string; item: string; due: number; stability: number; lapses: number; reps: number; last: number};

export function replay(answers: Answered[]): Card {
	let card = createEmptyCard(new Date(answers[0]?.at ?? 0));
	for (const a of answers) card = scheduler.next(card, new Date(a.at), a.rating as Grade).card;
	return card;
}

export function reviewCards(doc: ProgressDoc): ReviewCard[] {
	const out: ReviewCard[] = [];
	for (const answers of byItem(history(doc).answers).values()) {
		const first = answers[0]!;
		const card = replay(answers);
		out.push({
			pack: first.pack,
			item: first.item,
			due: card.due.getTime(),
			stability: card.stability,
			lapses: card.lapses,
			reps: card.reps,
			last: answers.at(-1)!.at,
		});
	}
	return out;
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
 * New items come only from chapters the learner has opened, in order.
 */
export function todayQueue(doc: ProgressDoc, chapters: {pack: string; items: string[]}[], now: number, tz: number): Queue {
	const caps = capsOf(doc);
	const today = dayIndex(now, tz);
	const {answers} = history(doc);
	const doneToday = answers.filter((a) => a.mode === 'review' && dayIndex(a.at, tz) === today).length;
	const firstSeen = new Map<string, number>();
	for (const a of answers) if (!firstSeen.has(itemKey(a.pack, a.item))) firstSeen.set(itemKey(a.pack, a.item), a.at);
	const newToday = [...firstSeen.values()].filter((at) => dayIndex(at, tz) === today).length;

	const endOfToday = dayStart(today + 1, tz);
	const due = reviewCards(doc)
		.filter((c) => c.due < endOfToday && dayIndex(c.last, tz) < today)
		.sort((a, b) => overdue(b, now) - overdue(a, now) || a.due - b.due);
	const room = Math.max(0, caps.review - doneToday);
	const fresh: {pack: string; item: string}[] = [];
	const freshRoom = Math.max(0, caps.fresh - newToday);
	for (const {pack, items} of chapters) {
		for (const item of items) {
			if (fresh.length >= freshRoom) break;
			if (!firstSeen.has(itemKey(pack, item))) fresh.push({pack, item});
		}
	}
	return {reviews: due.slice(0, room), heldBack: Math.max(0, due.length - room), fresh};
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
	for (const card of reviewCards(doc)) {
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
