import {useMemo} from 'react';
import type {PackIndex} from '../../content/pack-index.js';
import {localTz} from '../../quiz/days.js';
import type {ItemRef, Session} from '../../quiz/session.js';
import {chapterQuiz, retry, review, reviewQueue, shortQuiz} from '../../quiz/start.js';
import {streak} from '../../quiz/streak.js';
import {levelOf, xpOf} from '../../quiz/xp.js';
import {knownCount, type ProgressDoc} from '../../store/progress-doc.js';

let sessions = 0;
/** Unique across terminals: time, process and a counter (answer ids are built on it). */
const newSessionId = (now: number) => `${now.toString(36)}-${process.pid.toString(36)}-${(sessions++).toString(36)}`;

export const startChapterQuiz = (pack: PackIndex, now: number): Session => chapterQuiz(newSessionId(now), pack, now);
export const startShortQuiz = (pack: PackIndex, doc: ProgressDoc, size: number, now: number): Session =>
	shortQuiz(newSessionId(now), pack, doc, size, now);
export const startRetry = (session: Session, items: ItemRef[], now: number): Session => retry(newSessionId(now), session, items, now);

/** Today's review session, or undefined when nothing is due today. */
export function startReview(doc: ProgressDoc, index: PackIndex[], now: number): Session | undefined {
	const queue = reviewQueue(doc, index, now, localTz(now));
	return queue.reviews.length + queue.fresh.length === 0 ? undefined : review(newSessionId(now), queue, now);
}

export type HomeStatus = {level: number; xp: number; streak: number; due: number};

/** Level, XP, streak and today's reviews for the map's status line. */
export function useHomeStatus(doc: ProgressDoc, index: PackIndex[], clock: () => number): HomeStatus {
	// The clock is read when progress changes, not on every key press.
	return useMemo(() => {
		const now = clock();
		const known = index.reduce((n, p) => n + knownCount(doc, p.id, p.cardIds), 0);
		const queue = reviewQueue(doc, index, now, localTz(now));
		const level = levelOf(xpOf(doc, known));
		return {
			level: level.level,
			xp: level.xp,
			streak: streak(doc, now, localTz(now)).current,
			due: queue.reviews.length + queue.fresh.length,
		};
	}, [doc, index, clock]);
}
