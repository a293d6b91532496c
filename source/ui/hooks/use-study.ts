import {useMemo} from 'react';
import type {PackIndex} from '../../content/pack-index.js';
import {localTz} from '../../quiz/days.js';
import {history} from '../../quiz/history.js';
import {type Queue, todayQueue} from '../../quiz/schedule.js';
import {type ItemRef, type Session, startSession} from '../../quiz/session.js';
import {streak} from '../../quiz/streak.js';
import {levelOf, xpOf} from '../../quiz/xp.js';
import {type ProgressDoc, knownCount} from '../../store/progress-doc.js';
import {nextUint32, seedRandom} from '../../sims/random.js';

let sessions = 0;
const newSessionId = (now: number) => `${now.toString(36)}-${process.pid.toString(36)}-${(sessions++).toString(36)}`;

/** A chapter's questions in an order of their own for this attempt. */
function shuffledItems(pack: PackIndex, seed: number): ItemRef[] {
	const items = pack.quizIds.map((item) => ({pack: pack.id, item}));
	let random = seedRandom(seed);
	for (let i = items.length - 1; i > 0; i--) {
		const [n, next] = nextUint32(random);
		random = next;
		const j = n % (i + 1);
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

export function startChapterQuiz(pack: PackIndex, now: number): Session {
	return startSession(newSessionId(now), 'quiz', shuffledItems(pack, now), now, {pack: pack.id});
}

export function startRetry(session: Session, items: ItemRef[], now: number): Session {
	return startSession(newSessionId(now), session.mode, items, now, {pack: session.pack, retry: true});
}

/** Chapters the learner has opened (a card viewed or a question answered): new questions come from these. */
function openedChapters(doc: ProgressDoc, index: PackIndex[]): {pack: string; items: string[]}[] {
	const answered = new Set(history(doc).answers.map((a) => a.pack));
	return index
		.filter((p) => answered.has(p.id) || Object.keys(doc.chapters[p.id]?.seen ?? {}).length > 0)
		.map((p) => ({pack: p.id, items: p.quizIds}));
}

export function reviewQueue(doc: ProgressDoc, index: PackIndex[], now: number): Queue {
	return todayQueue(doc, openedChapters(doc, index), now, localTz(now));
}

/** Reviews first, with new questions spread among them. */
export function startReview(queue: Queue, now: number): Session {
	const items: ItemRef[] = queue.reviews.map(({pack, item}) => ({pack, item}));
	const step = Math.max(1, Math.floor(items.length / Math.max(1, queue.fresh.length)));
	queue.fresh.forEach((ref, i) => {
		items.splice(Math.min(items.length, (i + 1) * step + i), 0, ref);
	});
	return startSession(newSessionId(now), 'review', items, now);
}

export type HomeStatus = {level: number; xp: number; streak: number; due: number; heldBack: number};

/** Level, XP, streak and today's reviews for the map's status line. */
export function useHomeStatus(doc: ProgressDoc, index: PackIndex[], clock: () => number): HomeStatus {
	// The clock is read when progress changes, not on every key press.
	return useMemo(() => {
		const now = clock();
		const known = index.reduce((n, p) => n + knownCount(doc, p.id, p.cardIds), 0);
		const queue = reviewQueue(doc, index, now);
		const level = levelOf(xpOf(doc, known));
		return {
			level: level.level,
			xp: level.xp,
			streak: streak(doc, now, localTz(now)).current,
			due: queue.reviews.length + queue.fresh.length,
			heldBack: queue.heldBack,
		};
	}, [doc, index, clock]);
}
