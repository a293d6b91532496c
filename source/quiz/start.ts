import {derive, itemKey} from '../progress/derive.js';
import type {ProgressDoc} from '../progress/progress-doc.js';
import {shuffledIndexes} from './present.js';
import type {Queue} from '../progress/schedule.js';
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

/** Today's reviews first, with the new questions spread evenly among them. */
export function review(id: string, queue: Queue, now: number): Session {
	const items: ItemRef[] = queue.reviews.map(({pack, item}) => ({pack, item}));
	const step = Math.max(1, Math.floor(items.length / Math.max(1, queue.fresh.length)));
	queue.fresh.forEach((ref, i) => {
		items.splice(Math.min(items.length, (i + 1) * step + i), 0, ref);
	});
	return startSession(id, 'review', items, now, {heldBack: queue.heldBack});
}
