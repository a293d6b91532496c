import {describe, expect, it} from 'vitest';
import type {QuizItem} from '../../source/content/schema.js';
import {type Session, type SessionAction, sessionReducer, startSession} from '../../source/quiz/session.js';

const t = (en: string) => ({ko: en, en});
const item = (id: string): QuizItem => ({
	id,
	card: 'c',
	prompt: t('?'),
	explanation: t('because'),
	skill: 'recall',
	type: 'single',
	choices: [t('a'), t('b'), t('c')],
	answer: 1,
});
const byId = new Map(['x', 'y'].map((id) => [id, item(id)]));
const review = (): Session =>
	startSession(
		'r',
		'review',
		[...byId.keys()].map((id) => ({pack: 'p', item: id})),
		0,
	);

let input = 0;
/** Answers the item showing (choice 1 is right) and moves on. */
function answer(s: Session, choice: number): Session {
	const shown = byId.get(s.items[s.index]!.item)!;
	const actions: SessionAction[] = [
		{type: 'answered', item: shown, answer: {type: 'single', choice}, now: 1, input: ++input},
		{type: 'next', now: 2, input: ++input},
	];
	return actions.reduce(sessionReducer, s);
}

describe('learning steps in a review', () => {
	it('brings a missed item back once at the end of the same review', () => {
		let s = answer(review(), 0); // x missed
		expect(s.items.map((r) => r.item)).toEqual(['x', 'y', 'x']);
		s = answer(s, 1); // y right
		s = answer(s, 0); // x missed again: not added a third time (it follows its schedule now)
		expect(s.items.map((r) => r.item)).toEqual(['x', 'y', 'x']);
		expect(s.phase).toBe('done');
		expect(s.results.map((r) => r?.answerId)).toEqual(['r:0', 'r:1', 'r:2']);
	});

	it('never repeats an item in a chapter quiz, and never a right answer', () => {
		const quiz = startSession('q', 'quiz', [{pack: 'p', item: 'x'}], 0, {pack: 'p'});
		expect(answer(quiz, 0).items).toHaveLength(1);
		expect(answer(review(), 1).items).toHaveLength(2);
	});
});
