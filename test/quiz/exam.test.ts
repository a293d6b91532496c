import {describe, expect, it} from 'vitest';
import type {QuizItem} from '../../source/content/schema.js';
import {
	type ExamAction,
	type ExamChapter,
	examRecordOf,
	examReducer,
	examSeed,
	remainingMs,
	selectExam,
	startExam,
} from '../../source/quiz/exam.js';
import {sameGroupNeighbours} from '../../source/quiz/interleave.js';
import type {Session} from '../../source/quiz/session.js';

const chapter = (pack: string, n: number): ExamChapter => ({pack, items: Array.from({length: n}, (_, i) => `${pack}-q${i}`)});
const countBy = (refs: {pack: string}[]) => {
	const out: Record<string, number> = {};
	for (const r of refs) out[r.pack] = (out[r.pack] ?? 0) + 1;
	return out;
};

describe('selectExam', () => {
	it('is exact for a seed: the same seed, the same items in the same order', () => {
		const chapters = [chapter('a', 4), chapter('b', 4), chapter('c', 4)];
		expect(selectExam(chapters, 5, 42)).toEqual(selectExam(chapters, 5, 42));
		expect(selectExam(chapters, 5, 42).map((r) => r.item)).toEqual(['b-q2', 'c-q2', 'a-q2', 'b-q0', 'c-q0']);
		expect(selectExam(chapters, 5, 43)).not.toEqual(selectExam(chapters, 5, 42));
	});

	it('balances chapters: counts differ by at most one over 200 seeds', () => {
		const chapters = [chapter('a', 10), chapter('b', 10), chapter('c', 10), chapter('d', 10)];
		for (let seed = 0; seed < 200; seed++) {
			const refs = selectExam(chapters, 10, seed);
			expect(refs).toHaveLength(10);
			const counts = Object.values(countBy(refs));
			expect(counts).toHaveLength(4);
			expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
			expect(sameGroupNeighbours(refs, (r) => r.pack)).toBe(0);
			expect(new Set(refs.map((r) => r.item)).size).toBe(10);
		}
	});

	it('fills from the chapters that still have items when one runs out', () => {
		const refs = selectExam([chapter('a', 1), chapter('b', 6), chapter('c', 6)], 9, 7);
		expect(countBy(refs)).toEqual({a: 1, b: 4, c: 4});
		expect(sameGroupNeighbours(refs, (r) => r.pack)).toBe(0);
	});

	it('asks no more than there are, and skips empty chapters', () => {
		const refs = selectExam([chapter('a', 2), chapter('b', 0), chapter('c', 1)], 20, 1);
		expect(countBy(refs)).toEqual({a: 2, c: 1});
		expect(refs.map((r) => r.pack)).toEqual(['a', 'c', 'a']);
	});
});

const t = (en: string) => ({ko: en, en});
const item = (id: string): QuizItem => ({
	id,
	card: 'c',
	prompt: t('?'),
	explanation: t('.'),
	skill: 'recall',
	type: 'single',
	choices: [t('x'), t('y')],
	answer: 0,
});
const MIN = 60_000;

function exam(size: number, limitMs = 10 * MIN): Session {
	return startExam('e', [chapter('a', 3), chapter('b', 3)], {size, limitMs, now: 1000, seed: 5});
}
const answer = (s: Session, choice: number, now: number, input: number): ExamAction => ({
	type: 'answered',
	item: item(s.items[s.index]!.item),
	answer: {type: 'single', choice},
	now,
	input,
});

describe('examReducer', () => {
	it('moves straight on after an answer (no feedback) and ends after the last', () => {
		let s = exam(2);
		s = examReducer(s, answer(s, 0, 2000, 1));
		expect([s.index, s.phase, s.results[0]?.correct, s.results[0]?.ms]).toEqual([1, 'answering', true, 1000]);
		s = examReducer(s, answer(s, 1, 5000, 2));
		expect([s.phase, s.exam?.ended, s.exam?.endedAt]).toEqual(['done', 'all', 5000]);
		expect(examRecordOf(s)).toEqual({
			at: 1000,
			ms: 4000,
			limitMs: 10 * MIN,
			chapters: ['a', 'b'],
			items: [
				{pack: s.items[0]!.pack, item: s.items[0]!.item, correct: true, score: 1, ms: 1000},
				{pack: s.items[1]!.pack, item: s.items[1]!.item, correct: false, score: 0, ms: 3000},
			],
		});
	});

	it('takes no second answer from the same read of the keys (a burst of Enter)', () => {
		let s = exam(3);
		s = examReducer(s, answer(s, 0, 2000, 7));
		const again = examReducer(s, answer(s, 0, 2000, 7));
		expect(again).toBe(s);
		expect(examReducer(s, answer(s, 0, 2100, 8)).index).toBe(2);
	});

	it('ends when time runs out: a tick at the deadline, unanswered items wrong with 0 ms', () => {
		let s = exam(3, MIN);
		s = examReducer(s, answer(s, 0, 11_000, 1));
		expect(remainingMs(s, 11_000)).toBe(50_000);
		expect(examReducer(s, {type: 'tick', now: 60_999})).toBe(s);
		s = examReducer(s, {type: 'tick', now: 61_000});
		expect([s.phase, s.exam?.ended, s.exam?.endedAt, remainingMs(s, 99_999)]).toEqual(['done', 'time', 61_000, 0]);
		const record = examRecordOf(s)!;
		expect(record.ms).toBe(MIN);
		expect(record.items.map((i) => [i.correct, i.ms])).toEqual([
			[true, 10_000],
			[false, 0],
			[false, 0],
		]);
	});

	it('refuses an answer given after the deadline and ends the exam instead', () => {
		let s = exam(2, MIN);
		s = examReducer(s, answer(s, 0, 70_000, 1));
		expect([s.phase, s.exam?.ended, s.results[0]]).toEqual(['done', 'time', undefined]);
		expect(examRecordOf(s)?.ms).toBe(MIN);
	});

	it('hands in early on finish; later actions change nothing', () => {
		let s = exam(2);
		s = examReducer(s, {type: 'finish', now: 4000});
		expect([s.phase, s.exam?.ended, examRecordOf(s)?.ms]).toEqual(['done', 'early', 3000]);
		expect(examReducer(s, answer(s, 0, 5000, 3))).toBe(s);
		expect(examReducer(s, {type: 'tick', now: 10 * MIN})).toBe(s);
	});

	it('can be drawn again from its record: the seed comes from the start time it keeps', () => {
		const chapters = [chapter('a', 5), chapter('b', 5), chapter('c', 5)];
		let s = startExam('e', chapters, {size: 7, limitMs: MIN, now: 123_456_789});
		s = examReducer(s, {type: 'finish', now: 123_456_999});
		const record = examRecordOf(s)!;
		const again = selectExam(chapters, record.items.length, examSeed(record.at));
		expect(again).toEqual(record.items.map(({pack, item}) => ({pack, item})));
	});

	it('has no record until it is done', () => {
		expect(examRecordOf(exam(2))).toBeUndefined();
	});
});
