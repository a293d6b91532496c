import {describe, expect, it} from 'vitest';
import {calibrationOf, learnerCalibration} from '../../source/progress/calibration.js';
import {allAnswers, derive} from '../../source/progress/derive.js';
import {addAnswer, addReset, type Confidence, emptyDoc, type ProgressDoc, undoAnswer} from '../../source/progress/progress-doc.js';

const a = (correct: boolean, confidence?: Confidence) => ({correct, confidence});
const many = (count: number, correct: boolean, confidence: Confidence) => Array.from({length: count}, () => a(correct, confidence));

describe('calibration of answers with a confidence', () => {
	it('is empty, with no Brier score, when no answer carries a confidence', () => {
		const c = calibrationOf([a(true), a(false)]);
		expect(c.count).toBe(0);
		expect(c.brier).toBeUndefined();
		expect(c.verdict).toBe('too-few');
		expect(c.levels.map((l) => [l.confidence, l.stated, l.count])).toEqual([
			[1, 0.5, 0],
			[2, 0.75, 0],
			[3, 0.95, 0],
		]);
	});

	it('counts right answers per level and scores Brier as hand-computed', () => {
		// (0.95−1)² + (0.95−0)² + (0.75−1)² + (0.5−0)² + (0.5−1)² = 0.0025 + 0.9025 + 0.0625 + 0.25 + 0.25 = 1.4675; / 5
		const c = calibrationOf([a(true, 3), a(false, 3), a(true, 2), a(false, 1), a(true, 1), a(false)]);
		expect(c.count).toBe(5);
		expect(c.brier).toBeCloseTo(0.2935, 12);
		expect(c.levels.map((l) => [l.count, l.right, l.rate])).toEqual([
			[2, 1, 0.5],
			[1, 1, 1],
			[2, 1, 0.5],
		]);
		// Stated 3.65 in all, 3 right: 0.13 too sure on average, but five answers are too few to say.
		expect(c.gap).toBeCloseTo(0.13, 12);
		expect(c.verdict).toBe('too-few');
	});

	it('calls sure answers that are often wrong overconfident', () => {
		// 6 × 0.0025 + 4 × 0.9025 = 3.625; / 10
		const c = calibrationOf([...many(6, true, 3), ...many(4, false, 3)]);
		expect(c.brier).toBeCloseTo(0.3625, 12);
		expect(c.gap).toBeCloseTo(0.35, 12);
		expect(c.verdict).toBe('over');
	});

	it('calls unsure answers that are always right underconfident', () => {
		const c = calibrationOf(many(10, true, 1));
		expect(c.brier).toBe(0.25);
		expect(c.gap).toBe(-0.5);
		expect(c.verdict).toBe('under');
	});

	it('calls "probably" right three times in four calibrated', () => {
		// 15 × 0.0625 + 5 × 0.5625 = 3.75; / 20
		const c = calibrationOf([...many(15, true, 2), ...many(5, false, 2)]);
		expect(c.brier).toBeCloseTo(0.1875, 12);
		expect(c.gap).toBe(0);
		expect(c.verdict).toBe('calibrated');
	});

	it('judges each level: too sure when sure is not hidden by not sure enough when unsure', () => {
		// High: said 95%, right 70% (+0.25, 10 answers); low: said 50%, right 75% (−0.25, 8 answers).
		const c = calibrationOf([...many(7, true, 3), ...many(3, false, 3), ...many(6, true, 1), ...many(2, false, 1)]);
		// Overall: stated 9.5 + 4 = 13.5 against 13 right of 18: +0.028, which alone would say calibrated.
		expect(c.gap).toBeCloseTo(0.5 / 18, 12);
		expect(c.error).toBeCloseTo(4.5 / 18, 12);
		expect(c.verdict).toBe('mixed');
		// Mostly sure and too sure: over, though the unsure answers lean the other way.
		const over = calibrationOf([...many(7, true, 3), ...many(3, false, 3), ...many(3, true, 1)]);
		expect(over.verdict).toBe('over');
	});

	it('is perfect (Brier 0.0025) only as close as "high" allows', () => {
		expect(calibrationOf(many(12, true, 3)).brier).toBeCloseTo(0.0025, 12);
	});
});

describe("the learner's calibration", () => {
	const T0 = Date.UTC(2026, 10, 25, 9);
	let doc: ProgressDoc = emptyDoc();
	const put = (id: string, pack: string, correct: boolean, confidence: Confidence | undefined, at: number) => {
		doc = addAnswer(doc, id, {
			pack,
			item: id,
			at,
			ms: 5000,
			correct,
			score: correct ? 1 : 0,
			rating: correct ? 3 : 1,
			mode: 'quiz',
			confidence,
		});
	};

	it('uses only answers that count: not undone ones, not ones before a reset, not future-dated ones', () => {
		put('a', 'p', true, 3, T0);
		put('b', 'p', false, 3, T0);
		put('c', 'q', false, 1, T0); // before q's reset
		put('d', 'p', true, 2, T0); // undone
		put('e', 'p', false, 3, T0 + 86_400_000); // a day ahead of the clock
		put('sim:hashing:predict', 'p', true, 1, T0); // a scenario item counts like any answer
		doc = addReset(undoAnswer(doc, 'd', T0 + 1), 'r', {scope: 'q', at: T0 + 1});
		const c = learnerCalibration(doc, T0 + 2);
		expect(c.levels.map((l) => [l.count, l.right])).toEqual([
			[1, 1],
			[0, 0],
			[2, 1],
		]);
		// (0.95−1)² + (0.95−0)² + (0.5−1)² = 0.0025 + 0.9025 + 0.25 = 1.155; / 3
		expect(c.brier).toBeCloseTo(0.385, 12);
	});

	it('counts an item again once its answers change (kept per item otherwise)', () => {
		const before = learnerCalibration(doc, T0 + 2);
		const more = addAnswer(doc, 'f', {
			pack: 'p',
			item: 'a',
			at: T0 + 3,
			ms: 5000,
			correct: false,
			score: 0,
			rating: 1,
			mode: 'review',
			confidence: 2,
		});
		const after = learnerCalibration(more, T0 + 4);
		expect(after.levels.map((l) => l.count)).toEqual([1, 1, 2]);
		expect(after).toEqual(calibrationOf(allAnswers(derive(more, T0 + 4))));
		expect(learnerCalibration(doc, T0 + 2)).toEqual(before);
	});
});
