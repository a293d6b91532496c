import {reviewQueue} from './review-queue.js';
import {localTz} from './days.js';
import {challengesMet, knownCount, type ProgressDoc} from './progress-doc.js';
import {streak} from './streak.js';
import {levelOf, xpOf} from './xp.js';

/** The map's status line: level, XP, streak, and today's reviews apart from new questions. */
export type HomeStatus = {level: number; xp: number; streak: number; due: number; fresh: number; known: number[]};

export function homeStatus(
	doc: ProgressDoc,
	index: {id: string; cardIds: string[]; quizIds: string[]; challengeIds: string[]}[],
	now: number,
	tz = localTz(now),
): HomeStatus {
	const known = index.map((p) => knownCount(doc, p.id, p.cardIds, now));
	const queue = reviewQueue(doc, index, now, tz);
	const met = index.reduce((n, p) => n + challengesMet(doc, p.id, p.challengeIds, now), 0);
	const level = levelOf(
		xpOf(
			doc,
			known.reduce((a, b) => a + b, 0),
			now,
			met,
		),
	);
	return {
		level: level.level,
		xp: level.xp,
		streak: streak(doc, now, tz).current,
		due: queue.reviews.length,
		fresh: queue.fresh.length,
		known,
	};
}
