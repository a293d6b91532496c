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
	return startSession(id, session.mode, items, now, {pack: session.pack, retry: true});
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
