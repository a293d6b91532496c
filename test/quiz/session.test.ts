import {describe, expect, it} from 'vitest';
import type {QuizItem} from '../../source/content/schema.js';
import {type Answer, grade, isBlank, misconceptionOf} from '../../source/quiz/grade.js';
import {presentationOf, type Session, type SessionAction, sessionReducer, startSession} from '../../source/quiz/session.js';
import {shortQuiz} from '../../source/quiz/start.js';
import {addAnswer, emptyDoc} from '../../source/progress/progress-doc.js';

const t = (en: string) => ({ko: en, en});
const base = {card: 'c', prompt: t('?'), explanation: t('because'), skill: 'recall' as const};
const tag = (id: string) => ({id, label: t(id)});
const single: QuizItem = {...base, id: 's', type: 'single', choices: [t('a'), t('b'), t('c')], answer: 1, misconception: tag('item')};
const tagged: QuizItem = {
	...base,
	id: 'st',
	type: 'single',
	choices: [{...t('a'), misconception: tag('picked-a')}, t('b'), t('c')],
	answer: 1,
	misconception: tag('item'),
};
const multi: QuizItem = {
	...base,
	id: 'm',
	type: 'multi',
	choices: [t('a'), {...t('b'), misconception: tag('picked-b')}, t('c')],
	answers: [0, 2],
	misconception: tag('item'),
};
const order: QuizItem = {...base, id: 'o', type: 'order', steps: [t('1'), t('2'), t('3')]};
const items = [single, multi, order];
const byId = new Map(items.map((i) => [i.id, i]));

const session = (): Session =>
	startSession(
		'sess',
		'quiz',
		items.map((i) => ({pack: 'p', item: i.id})),
		0,
		{pack: 'p'},
	);
const run = (s: Session, ...actions: SessionAction[]) => actions.reduce(sessionReducer, s);
const answer = (s: Session, a: Answer, input = 1): SessionAction => ({
	type: 'answered',
	item: byId.get(s.items[s.index]!.item)!,
	answer: a,
	now: 1000,
	input,
});

describe('the session reducer', () => {
	it('takes one answer per item: the first; a second answer changes nothing', () => {
		let s = session();
		s = run(s, answer(s, {type: 'single', choice: 0}));
		expect(s.results[0]).toMatchObject({correct: false, answerId: 'sess:0', answer: {type: 'single', choice: 0}, ms: 1000});
		const again = run(s, answer(s, {type: 'single', choice: 1}, 2), answer(s, {type: 'single', choice: 1}, 3));
		expect(again).toBe(s);
	});

	it('moves on only with a key press of its own, not one read with the answer', () => {
		let s = session();
		s = run(s, answer(s, {type: 'single', choice: 1}, 7));
		expect(run(s, {type: 'next', now: 2000, input: 7})).toBe(s);
		s = run(s, {type: 'next', now: 2000, input: 8});
		expect(s).toMatchObject({index: 1, phase: 'answering'});
	});

	it('no sequence of actions after a shown miss turns it into a right answer', () => {
		const start = session();
		const missed = run(start, answer(start, {type: 'single', choice: 2}, 1));
		const actions: SessionAction[] = [
			answer(start, {type: 'single', choice: 1}, 1),
			answer(start, {type: 'single', choice: 1}, 2),
			{type: 'next', now: 5, input: 1},
			{type: 'next', now: 5, input: 2},
			{type: 'run-recorded', id: 'r'},
		];
		// Every sequence of four of them (625; shorter ones are their prefixes).
		let sequences: SessionAction[][] = [[]];
		for (let n = 0; n < 4; n++) sequences = sequences.flatMap((seq) => actions.map((a) => [...seq, a]));
		expect(sequences).toHaveLength(625);
		for (const seq of sequences) {
			for (let k = 0; k <= seq.length; k++) expect(run(missed, ...seq.slice(0, k)).results[0]).toEqual(missed.results[0]);
		}
	});

	it('a blank answer is no answer: nothing picked, or the steps as shown', () => {
		let s = run(session(), answer(session(), {type: 'single', choice: 1}));
		s = run(s, {type: 'next', now: 2, input: 2});
		expect(run(s, answer(s, {type: 'multi', choices: []}, 3))).toBe(s);
		s = run(s, answer(s, {type: 'multi', choices: [0]}, 3), {type: 'next', now: 3, input: 4});
		const shown = presentationOf(s, order).steps;
		expect(run(s, answer(s, {type: 'order', order: shown}, 5))).toBe(s);
		expect(run(s, answer(s, {type: 'order', order: [0, 1, 2]}, 5)).results[2]).toMatchObject({correct: true});
	});
});

describe('grading helpers', () => {
	it('isBlank', () => {
		const shown = {choices: [], steps: [2, 0, 1], rights: []};
		expect(isBlank({type: 'multi', choices: []}, shown)).toBe(true);
		expect(isBlank({type: 'multi', choices: [1]}, shown)).toBe(false);
		expect(isBlank({type: 'order', order: [2, 0, 1]}, shown)).toBe(true);
		expect(isBlank({type: 'order', order: [0, 2, 1]}, shown)).toBe(false);
		expect(isBlank({type: 'single', choice: 0}, shown)).toBe(false);
	});

	it("shows the misconception of the option picked, the item's only where it is the mistake", () => {
		const m = (item: QuizItem, a: Answer) => misconceptionOf(item, a, grade(item, a))?.id;
		// No option tags: the item's tag is the mistake.
		expect(m(single, {type: 'single', choice: 0})).toBe('item');
		expect(m(single, {type: 'single', choice: 1})).toBeUndefined();
		// Option tags: the one picked, or none.
		expect(m(tagged, {type: 'single', choice: 0})).toBe('picked-a');
		expect(m(tagged, {type: 'single', choice: 2})).toBeUndefined();
		expect(m(multi, {type: 'multi', choices: [0, 1, 2]})).toBe('picked-b');
		// Only a right option missed: no wrong pick, so no option's idea.
		expect(m(multi, {type: 'multi', choices: [0]})).toBeUndefined();
		expect(m(order, {type: 'order', order: [1, 0, 2]})).toBeUndefined();
		expect(m({...order, misconception: tag('o')}, {type: 'order', order: [1, 0, 2]})).toBe('o');
	});
});

describe('short quizzes', () => {
	it('take the weakest first: wrong last time, then never answered, then right longest ago', () => {
		const pack = {id: 'p', quizIds: ['a', 'b', 'c', 'd', 'e', 'f']};
		let doc = emptyDoc();
		const log = (id: string, item: string, at: number, score: number) =>
			addAnswer(doc, id, {pack: 'p', item, at, ms: 1, correct: score === 1, score, rating: score === 1 ? 3 : 1, mode: 'quiz'});
		doc = log('1', 'a', 10, 1);
		doc = log('2', 'b', 20, 0);
		doc = log('3', 'c', 30, 0.5);
		doc = log('4', 'd', 5, 1);
		doc = log('5', 'e', 40, 0);
		doc = log('6', 'e', 50, 1);
		const s = shortQuiz('x', pack, doc, 5, 1_000);
		expect(s.items.map((r) => r.item)).toEqual(['b', 'c', 'f', 'd', 'a']);
		expect(s.practice).toBe('short');
	});
});
