import {describe, expect, it} from 'vitest';
import {DAY_MS, dayIndex} from '../../source/progress/days.js';
import {forecast, reviewCards, todayQueue} from '../../source/progress/schedule.js';
import {streak, streakOf} from '../../source/progress/streak.js';
import {levelOf, xpOf} from '../../source/progress/xp.js';
import {
	type AnswerRecord,
	addAnswer,
	addReset,
	addRun,
	emptyDoc,
	type ProgressDoc,
	type Rating,
	setSetting,
	undoAnswer,
	viewCard,
} from '../../source/progress/progress-doc.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0); // 2026-11-25 09:00 UTC
const at = (days: number, hours = 0) => T0 + days * DAY_MS + hours * 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let n = 0;
function answer(doc: ProgressDoc, item: string, when: number, rating: Rating, extra: Partial<AnswerRecord> = {}): ProgressDoc {
	return addAnswer(doc, `a${n++}`, {
		pack: 'kafka',
		item,
		at: when,
		ms: 5000,
		correct: rating > 1,
		score: rating > 1 ? 1 : 0,
		rating,
		mode: 'quiz',
		...extra,
	});
}

describe('review schedule (FSRS, whole days)', () => {
	it('puts a missed item due again 10 minutes later, a right one 2, 3 or 8 days later by rating, and 14 more after a second good', () => {
		const due = (rating: Rating) => new Date(reviewCards(answer(emptyDoc(), 'q', at(0), rating))[0]!.due).toISOString();
		expect([1, 2, 3, 4].map((r) => due(r as Rating))).toEqual([
			'2026-11-25T09:10:00.000Z',
			'2026-11-27T09:00:00.000Z',
			'2026-11-28T09:00:00.000Z',
			'2026-12-03T09:00:00.000Z',
		]);
		const twice = answer(answer(emptyDoc(), 'q', at(0), 3), 'q', at(3), 3);
		expect(iso(reviewCards(twice)[0]!.due)).toBe('2026-12-12');
	});

	it('ignores undone answers and answers from before a reset', () => {
		let doc = answer(emptyDoc(), 'q', at(0), 1);
		const lastId = `a${n - 1}`;
		doc = answer(doc, 'q2', at(0), 3);
		doc = undoAnswer(doc, lastId, at(0));
		expect(reviewCards(doc).map((c) => c.item)).toEqual(['q2']);
		doc = addReset(doc, 'r1', {scope: 'kafka', at: at(1)});
		expect(reviewCards(doc)).toEqual([]);
		doc = addReset(emptyDoc(), 'r2', {scope: 'oauth2', at: at(1)});
		expect(reviewCards(answer(doc, 'q', at(0), 3))).toHaveLength(1);
	});

	it('caps a day’s reviews and spreads an overdue pile over the next days', () => {
		let doc = setSetting(emptyDoc(), 'reviewCap', 10, 0);
		for (let i = 0; i < 25; i++) doc = answer(doc, `q${i}`, at(0), 3); // all due on day 3
		// Away for a week: 25 overdue, 10 today, the rest held back.
		const queue = todayQueue(doc, [], at(10), 0);
		expect(queue.reviews).toHaveLength(10);
		expect(queue.heldBack).toBe(15);
		expect(forecast(doc, at(10), 0)).toEqual([10, 10, 5, 0, 0, 0, 0]);
		// Ten done today: nothing more today.
		let after = doc;
		for (const c of queue.reviews) after = answer(after, c.item, at(10, 1), 3, {mode: 'review'});
		const later = todayQueue(after, [], at(10, 2), 0);
		expect(later.reviews).toHaveLength(0);
		expect(later.heldBack).toBe(15);
	});

	it('introduces new items from opened chapters, capped per day', () => {
		const doc = setSetting(emptyDoc(), 'newCap', 2, 0);
		const chapters = [{pack: 'kafka', items: ['a', 'b', 'c']}];
		expect(todayQueue(doc, chapters, at(0), 0).fresh).toEqual([
			{pack: 'kafka', item: 'a'},
			{pack: 'kafka', item: 'b'},
		]);
		const one = answer(doc, 'a', at(0, 1), 3);
		expect(todayQueue(one, chapters, at(0, 2), 0).fresh).toEqual([{pack: 'kafka', item: 'b'}]);
	});
});

describe('streaks', () => {
	it('counts study days and forgives days when nothing was due', () => {
		const never = () => false;
		const always = () => true;
		expect(streakOf(new Set([10, 11, 12]), always, 12)).toEqual({current: 3, best: 3});
		// Today not studied yet: the streak is still alive.
		expect(streakOf(new Set([10, 11, 12]), always, 13)).toEqual({current: 3, best: 3});
		// A gap day with a review due breaks it.
		expect(streakOf(new Set([10, 11, 13, 14]), always, 14)).toEqual({current: 2, best: 2});
		// The same gap with nothing due does not.
		expect(streakOf(new Set([10, 11, 13, 14]), never, 14)).toEqual({current: 4, best: 4});
		expect(streakOf(new Set(), always, 14)).toEqual({current: 0, best: 0});
	});

	it('judges "due" from the schedule as it stood on the missed day', () => {
		// Day 0: a good answer (due day 3). Studied days 1 and 2 (cards), missed day 3: due then → broken.
		let doc = answer(emptyDoc(), 'q', at(0), 3);
		doc = viewCard(doc, 'kafka', 'c1', at(1));
		doc = viewCard(doc, 'kafka', 'c2', at(2));
		doc = viewCard(doc, 'kafka', 'c3', at(4));
		expect(streak(doc, at(4), 0)).toEqual({current: 1, best: 3});
		// An easy answer (due day 8) makes day 3 free: the streak holds.
		let easy = answer(emptyDoc(), 'q', at(0), 4);
		easy = viewCard(easy, 'kafka', 'c1', at(1));
		easy = viewCard(easy, 'kafka', 'c2', at(2));
		easy = viewCard(easy, 'kafka', 'c3', at(4));
		expect(streak(easy, at(4), 0)).toEqual({current: 4, best: 4});
	});

	it('uses the learner’s time zone for day boundaries', () => {
		// 23:30 UTC on the 25th is the 26th in Korea (UTC+9).
		const late = Date.UTC(2026, 10, 25, 23, 30);
		expect(dayIndex(late, 540) - dayIndex(late, 0)).toBe(1);
	});
});

describe('XP and levels', () => {
	it('adds answers, reviews, known cards and perfect quizzes', () => {
		let doc = answer(emptyDoc(), 'q1', at(0), 3);
		doc = answer(doc, 'q2', at(0), 1);
		doc = answer(doc, 'q1', at(3), 3, {mode: 'review'});
		doc = addRun(doc, 'r', {pack: 'kafka', at: at(0), correct: 2, total: 2, ms: 1000});
		// 10 + 0 + (10 + 5) + 20 + 3 known × 2
		expect(xpOf(doc, 3)).toBe(51);
		expect(levelOf(0)).toEqual({xp: 0, level: 1, intoLevel: 0, levelSize: 100});
		expect(levelOf(99).level).toBe(1);
		expect(levelOf(100)).toEqual({xp: 100, level: 2, intoLevel: 0, levelSize: 200});
		expect(levelOf(299).level).toBe(2);
		expect(levelOf(300).level).toBe(3);
	});
});
