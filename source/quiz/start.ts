import {derive, itemKey} from '../progress/derive.js';
import type {ProgressDoc} from '../progress/progress-doc.js';
import {shuffledIndexes} from './present.js';
import type {SessionPlan} from '../progress/session-plan.js';
import {type ItemRef, type Session, startSession} from './session.js';

/** What starting a quiz needs of a chapter. */
export type QuizChapter = {id: string; quizIds: string[]};

/** A chapter's questions, in an order of their own for this attempt. */
export function chapterQuiz(id: string, pack: QuizChapter, now: number): Session {
	const items = shuffledIndexes(pack.quizIds.length, now).map((i) => ({pack: pack.id, item: pack.quizIds[i]!}));
	return startSession(id, 'quiz', items, now, {pack: pack.id});
}

/** The missed questions again; not a chapter score. */
export function retry(id: string, session: Session, items: ItemRef[], now: number): Session {
	return startSession(id, session.mode, items, now, {pack: session.pack, practice: 'retry'});
}

/**
 * A short quiz of `size` questions, weakest first: those answered wrong last
 * time (lowest score first), then those never answered, then those answered
 * right (longest ago first). Practice: not a chapter score.
 */
export function shortQuiz(id: string, pack: QuizChapter, doc: ProgressDoc, size: number, now: number): Session {
	const last = new Map([...derive(doc, now).items].map(([key, facts]) => [key, facts.answers.at(-1)!]));
	const rank = (item: string): [number, number] => {
		const a = last.get(itemKey(pack.id, item));
		if (!a) return [1, 0];
		return a.correct ? [2, a.at] : [a.score, a.at];
	};
	// Ties keep an order of their own for this attempt.
	const items = shuffledIndexes(pack.quizIds.length, now)
		.map((i) => pack.quizIds[i]!)
		.map((item) => ({item, rank: rank(item)}))
		.sort((x, y) => x.rank[0] - y.rank[0] || x.rank[1] - y.rank[1])
		.slice(0, size)
		.map(({item}) => ({pack: pack.id, item}));
	return startSession(id, 'quiz', items, now, {pack: pack.id, practice: 'short'});
}

/**
 * A review session as planned (progress/session-plan.ts): chapters mixed and
 * interleaved, new items at most a third, about 12½ minutes at the learner's pace.
 */
export function review(id: string, plan: SessionPlan<ItemRef>, now: number): Session {
	return startSession(id, 'review', plan.items, now, {heldBack: plan.heldBack, later: plan.later});
}
