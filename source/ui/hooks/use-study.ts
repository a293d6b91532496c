import type {PackIndex} from '../../content/pack-index.js';
import {localTz} from '../../progress/days.js';
import type {ProgressDoc} from '../../progress/progress-doc.js';
import {reviewQueue} from '../../progress/review-queue.js';
import type {ItemRef, Session} from '../../quiz/session.js';
import {chapterQuiz, retry, review, shortQuiz} from '../../quiz/start.js';

let sessions = 0;
/** Unique across terminals: time, process and a counter (answer ids are built on it). */
const newSessionId = (now: number) => `${now.toString(36)}-${process.pid.toString(36)}-${(sessions++).toString(36)}`;

export const startChapterQuiz = (pack: PackIndex, now: number): Session => chapterQuiz(newSessionId(now), pack, now);
export const startShortQuiz = (pack: PackIndex, doc: ProgressDoc, size: number, now: number): Session =>
	shortQuiz(newSessionId(now), pack, doc, size, now);
export const startRetry = (session: Session, items: ItemRef[], now: number): Session => retry(newSessionId(now), session, items, now);

/**
 * Today's review session, or undefined when nothing is due today. Remediation
 * items (misconceptions.ts) come first, each once; the session plan takes them
 * as its `remediation` input where it exists.
 */
export function startReview(doc: ProgressDoc, index: PackIndex[], now: number, remediation: readonly ItemRef[] = []): Session | undefined {
	const queue = reviewQueue(doc, index, now, localTz(now));
	if (queue.reviews.length + queue.fresh.length + remediation.length === 0) return undefined;
	const session = review(newSessionId(now), queue, now);
	const keys = new Set(remediation.map((r) => `${r.pack}/${r.item}`));
	const items = [...remediation, ...session.items.filter((r) => !keys.has(`${r.pack}/${r.item}`))];
	return {...session, items, results: items.map(() => undefined), phase: 'answering'};
}
