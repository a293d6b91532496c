import {describe, expect, it} from 'vitest';
import {derive} from '../../source/progress/derive.js';
import {review} from '../../source/progress/fsrs.js';
import {type ProgressDoc, setSetting} from '../../source/progress/progress-doc.js';
import {replaySteps} from '../../source/progress/review-card.js';
import {reviewCards} from '../../source/progress/schedule.js';
import {generateLog, type LogChapter} from '../support/random-log.js';

const chapters: LogChapter[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
	id,
	cardIds: ['c1', 'c2'],
	quizIds: Array.from({length: 20}, (_, i) => `${id}q${i}`),
}));

const dues = (doc: ProgressDoc, now: number) => reviewCards(doc, now).map((c) => `${c.pack}/${c.item}@${c.due}`);

describe('retention and longest interval in the schedule', () => {
	const {doc, now} = generateLog(chapters, 3000, 7, {reset: 0, resetAll: 0});

	it('reschedules every item when the retention changes, and gives the same figures when it changes back', () => {
		const before = dues(doc, now);
		const higher = setSetting(doc, 'retention', 0.95, now);
		const after = dues(higher, now);
		expect(after.length).toBe(before.length);
		// Each item's schedule is its own answers replayed at the new retention.
		for (const facts of derive(higher, now).items.values()) {
			expect(facts.dues).toEqual(replaySteps(facts.answers, {retention: 0.95, maxInterval: 365}).dues);
		}
		// Shorter intervals: no item is due later than before, many are due sooner
		// (not all: a missed item is due ten minutes later whatever the retention, and one-day intervals stay one day).
		const due = (x: string) => Number(x.split('@')[1]);
		expect(after.filter((x, i) => due(x) > due(before[i]!))).toEqual([]);
		expect(after.filter((x, i) => due(x) < due(before[i]!)).length).toBeGreaterThan(before.length / 3);
		const back = setSetting(higher, 'retention', 0.9, now + 1);
		expect(dues(back, now)).toEqual(before);
	});

	it('keeps every interval within the longest interval set', () => {
		// "Good" and "easy" keep a day apart above the ceiling (as in ts-fsrs), so at most two days over it.
		const capped = setSetting(doc, 'maxInterval', 3, now);
		const longest = (d: ProgressDoc) => Math.max(...[...derive(d, now).items.values()].map((f) => (f.card.due - f.card.last) / 86_400_000));
		expect(longest(capped)).toBeLessThanOrEqual(5);
		expect(longest(doc)).toBeGreaterThan(30);
	});

	it('replays with the default parameters when none are given', () => {
		const m = review(undefined, 0, 3);
		expect(m.due).toBe(review(undefined, 0, 3, {retention: 0.9, maxInterval: 365}).due);
	});
});
