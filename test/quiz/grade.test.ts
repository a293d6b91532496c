import {describe, expect, it} from 'vitest';
import type {QuizItem} from '../../source/content/schema.js';
import {answerSections} from '../../source/quiz/answer-text.js';
import {type Answer, grade} from '../../source/quiz/grade.js';
import {present, seedOf} from '../../source/quiz/present.js';
import {ratingFor} from '../../source/progress/rating.js';

const t = (en: string) => ({ko: en, en});
const base = {card: 'c', prompt: t('?'), explanation: t('because'), skill: 'recall' as const};
const single: QuizItem = {...base, id: 's', type: 'single', choices: [t('a'), t('b'), t('c')], answer: 1};
const multi: QuizItem = {...base, id: 'm', type: 'multi', choices: [t('a'), t('b'), t('c'), t('d')], answers: [0, 2]};
const tf: QuizItem = {...base, id: 't', type: 'true-false', answer: false};
const order: QuizItem = {...base, id: 'o', type: 'order', steps: [t('1'), t('2'), t('3'), t('4')]};
const match: QuizItem = {...base, id: 'x', type: 'match', pairs: [0, 1, 2].map((i) => ({left: t(`l${i}`), right: t(`r${i}`)}))};
const numeric: QuizItem = {...base, id: 'n', type: 'numeric', answer: 90, tolerance: 2};

describe('grading', () => {
	it('single choice and true/false', () => {
		expect(grade(single, {type: 'single', choice: 1})).toEqual({correct: true, score: 1});
		expect(grade(single, {type: 'single', choice: 0})).toEqual({correct: false, score: 0});
		expect(grade(tf, {type: 'true-false', value: false})).toEqual({correct: true, score: 1});
		expect(grade(tf, {type: 'true-false', value: true})).toEqual({correct: false, score: 0});
	});

	it('multiple choice gives partial credit per decision', () => {
		expect(grade(multi, {type: 'multi', choices: [2, 0]})).toEqual({correct: true, score: 1});
		// Missed one right choice: 3 of 4 decisions right.
		expect(grade(multi, {type: 'multi', choices: [0]})).toEqual({correct: false, score: 0.75});
		// All right plus one wrong pick.
		expect(grade(multi, {type: 'multi', choices: [0, 1, 2]})).toEqual({correct: false, score: 0.75});
		// Everything picked: the two wrong ones cost.
		expect(grade(multi, {type: 'multi', choices: [0, 1, 2, 3]})).toEqual({correct: false, score: 0.5});
		expect(grade(multi, {type: 'multi', choices: []})).toEqual({correct: false, score: 0.5});
		expect(grade(multi, {type: 'multi', choices: [1, 3]})).toEqual({correct: false, score: 0});
	});

	it('order: one swap of neighbours costs one pair of six', () => {
		expect(grade(order, {type: 'order', order: [0, 1, 2, 3]})).toEqual({correct: true, score: 1});
		expect(grade(order, {type: 'order', order: [1, 0, 2, 3]})).toEqual({correct: false, score: 5 / 6});
		expect(grade(order, {type: 'order', order: [3, 2, 1, 0]})).toEqual({correct: false, score: 0});
		// Not a permutation: no credit.
		expect(grade(order, {type: 'order', order: [0, 0, 2, 3]})).toEqual({correct: false, score: 0});
		expect(grade(order, {type: 'order', order: [0, 1, 2]})).toEqual({correct: false, score: 0});
	});

	it('match: credit per right pair', () => {
		expect(grade(match, {type: 'match', pairs: [0, 1, 2]})).toEqual({correct: true, score: 1});
		expect(grade(match, {type: 'match', pairs: [1, 0, 2]})).toEqual({correct: false, score: 1 / 3});
		expect(grade(match, {type: 'match', pairs: [1, 2, 0]})).toEqual({correct: false, score: 0});
	});

	it('numeric within the tolerance, edges included', () => {
		expect(grade(numeric, {type: 'numeric', value: 90})).toEqual({correct: true, score: 1});
		expect(grade(numeric, {type: 'numeric', value: 92})).toEqual({correct: true, score: 1});
		expect(grade(numeric, {type: 'numeric', value: 87.9})).toEqual({correct: false, score: 0});
		expect(grade(numeric, {type: 'numeric', value: Number.NaN})).toEqual({correct: false, score: 0});
		const exact: QuizItem = {...numeric, answer: 0.3, tolerance: 0};
		expect(grade(exact, {type: 'numeric', value: 0.1 + 0.2})).toEqual({correct: true, score: 1});
	});

	it('refuses an answer of another type', () => {
		expect(() => grade(single, {type: 'true-false', value: true})).toThrow('answer of type true-false for a single item');
	});
});

describe('presentation', () => {
	it('shuffles the same way for the same seed and never shows steps in order', () => {
		expect(present(single, 7)).toEqual(present(single, 7));
		for (let seed = 0; seed < 200; seed++) {
			const p = present(order, seed);
			expect([...p.steps].sort()).toEqual([0, 1, 2, 3]);
			expect(p.steps).not.toEqual([0, 1, 2, 3]);
			expect(present(match, seed).rights).not.toEqual([0, 1, 2]);
		}
		expect(seedOf('kafka/q-1')).toBe(seedOf('kafka/q-1'));
		expect(seedOf('kafka/q-1')).not.toBe(seedOf('kafka/q-2'));
	});

	it('puts the right choice of a single item in every position over many seeds', () => {
		const positions = new Set<number>();
		for (let seed = 0; seed < 50; seed++) positions.add(present(single, seed).choices.indexOf(1));
		expect([...positions].sort()).toEqual([0, 1, 2]);
	});
});

describe('rating from correctness and time', () => {
	it('wrong is again; right is easy, good or hard by time', () => {
		expect(ratingFor({correct: false, score: 0.75}, 1000)).toBe(1);
		expect(ratingFor({correct: true, score: 1}, 8000)).toBe(4);
		expect(ratingFor({correct: true, score: 1}, 20_000)).toBe(3);
		expect(ratingFor({correct: true, score: 1}, 45_000)).toBe(2);
	});
});

describe("feedback text: the learner's answer beside the right one", () => {
	const words = {
		true: 'True',
		false: 'False',
		yourAnswer: 'Yours:',
		yourPicks: 'Picks:',
		yourOrder: 'Order:',
		yourPairs: 'Pairs:',
		answerIs: 'Answer:',
		rightOrder: 'Right order:',
		shouldPick: 'missed',
		shouldNotPick: 'wrong pick',
		belongsAt: (n: number) => `at ${n}`,
		rightPair: (x: string) => `right: ${x}`,
		tolerance: (x: number) => `± ${x}`,
	};
	const show = (item: QuizItem, answer: Answer) =>
		answerSections(item, answer, 'en', words).map((s) => [
			s.title,
			...s.lines.map((l) => `${l.ok === undefined ? ' ' : l.ok ? '✓' : '✗'} ${l.text}${l.note ? ` (${l.note})` : ''}`),
		]);

	it('marks every option, step and pair', () => {
		expect(show(single, {type: 'single', choice: 2})).toEqual([
			['Yours:', '✗ c'],
			['Answer:', '  b'],
		]);
		expect(show(single, {type: 'single', choice: 1})).toEqual([['Yours:', '✓ b']]);
		expect(show(tf, {type: 'true-false', value: true})).toEqual([
			['Yours:', '✗ True'],
			['Answer:', '  False'],
		]);
		expect(show(multi, {type: 'multi', choices: [0, 1]})).toEqual([
			['Picks:', '✓ [x] a', '✗ [x] b (wrong pick)', '✗ [ ] c (missed)', '  [ ] d'],
		]);
		expect(show(order, {type: 'order', order: [1, 0, 2, 3]})).toEqual([
			['Order:', '✗ 1. 2 (at 2)', '✗ 2. 1 (at 1)', '✓ 3. 3', '✓ 4. 4'],
			['Right order:', '  1. 1', '  2. 2', '  3. 3', '  4. 4'],
		]);
		expect(show(match, {type: 'match', pairs: [1, 0, 2]})).toEqual([
			['Pairs:', '✗ l0 → r1 (right: r0)', '✗ l1 → r0 (right: r1)', '✓ l2 → r2'],
		]);
		expect(show(numeric, {type: 'numeric', value: 80})).toEqual([
			['Yours:', '✗ 80'],
			['Answer:', '  90 (± 2)'],
		]);
		expect(show(numeric, {type: 'numeric', value: 91})).toEqual([
			['Yours:', '✓ 91'],
			['Answer:', '  90 (± 2)'],
		]);
	});
});
