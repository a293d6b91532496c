import {describe, expect, it} from 'vitest';
import {addExam, brierScore, examHistory, median, summarizeExam} from '../../source/progress/exams.js';
import {addReset, emptyDoc, type ExamRecord} from '../../source/progress/progress-doc.js';

const record: ExamRecord = {
	at: 1_000_000,
	ms: 300_000,
	limitMs: 600_000,
	chapters: ['p57', 'p58', 'p59'],
	items: [
		{pack: 'p57', item: 'a', correct: true, score: 1, ms: 20_000, confidence: 3},
		{pack: 'p58', item: 'b', correct: false, score: 0.5, ms: 50_000, confidence: 3},
		{pack: 'p57', item: 'c', correct: true, score: 1, ms: 30_000, confidence: 1},
		{pack: 'p58', item: 'd', correct: false, score: 0, ms: 10_000, confidence: 2},
		{pack: 'p57', item: 'e', correct: false, score: 0, ms: 0},
	],
};

describe('brierScore', () => {
	it('matches values computed by hand', () => {
		// (0.95−1)² + (0.95−0)² + (0.5−1)² + (0.75−0)² = 0.0025 + 0.9025 + 0.25 + 0.5625 = 1.7175; / 4 = 0.429375
		expect(brierScore(record.items)).toBeCloseTo(0.429375, 12);
		// A coin flip said every time scores 0.25 whatever the outcome.
		expect(
			brierScore([
				{correct: true, confidence: 1},
				{correct: false, confidence: 1},
			]),
		).toBe(0.25);
		// Sure and right is nearly perfect; sure and wrong nearly the worst there is.
		expect(brierScore([{correct: true, confidence: 3}])).toBeCloseTo(0.0025, 12);
		expect(brierScore([{correct: false, confidence: 3}])).toBeCloseTo(0.9025, 12);
		// Medium and right: (0.75 − 1)² = 0.0625.
		expect(brierScore([{correct: true, confidence: 2}, {correct: true}])).toBe(0.0625);
	});

	it('is undefined with no confidence given', () => {
		expect(brierScore([{correct: true}])).toBeUndefined();
		expect(brierScore([])).toBeUndefined();
	});
});

describe('summarizeExam', () => {
	it('scores per chapter, times the answered items and lists the missed ones', () => {
		const {brier, ...s} = summarizeExam(record);
		expect(brier).toBeCloseTo(0.429375, 12);
		expect(s).toEqual({
			correct: 2,
			total: 5,
			answered: 4,
			score: 0.4,
			chapters: [
				{pack: 'p57', correct: 2, total: 3},
				{pack: 'p58', correct: 0, total: 2},
			],
			medianMs: 25_000,
			slowest: {pack: 'p58', item: 'b', ms: 50_000},
			missed: [record.items[1], record.items[3], record.items[4]],
		});
	});

	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeUndefined();
	});
});

describe('examHistory', () => {
	it('lists exams oldest first, leaving out those before a reset and those dated in the future', () => {
		let doc = emptyDoc();
		doc = addExam(doc, 'late', {...record, at: 5_000_000});
		doc = addExam(doc, 'first', record);
		doc = addExam(doc, 'old', {...record, at: 10});
		doc = addExam(doc, 'future', {...record, at: 99_000_000});
		doc = addReset(doc, 'r', {scope: '*', at: 500});
		const entries = examHistory(doc, 6_000_000);
		expect(entries.map((e) => e.id)).toEqual(['first', 'late']);
		expect(entries[0]?.brier).toBeCloseTo(0.429375, 12);
		expect({...entries[0], brier: 0}).toEqual({
			id: 'first',
			at: 1_000_000,
			chapters: ['p57', 'p58', 'p59'],
			score: 0.4,
			correct: 2,
			items: 5,
			answered: 4,
			brier: 0,
			ms: 300_000,
			limitMs: 600_000,
		});
	});
});
