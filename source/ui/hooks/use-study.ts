import type {PackIndex} from '../../content/pack-index.js';
import {localTz} from '../../progress/days.js';
import type {ProgressDoc} from '../../progress/progress-doc.js';
import {todayPlan} from '../../progress/session-plan.js';
import type {ItemRef, Session} from '../../quiz/session.js';
import {chapterQuiz, retry, review, shortQuiz} from '../../quiz/start.js';

let sessions = 0;
/** Unique across terminals: time, process and a counter (answer ids are built on it). */
const newSessionId = (now: number) => `${now.toString(36)}-${process.pid.toString(36)}-${(sessions++).toString(36)}`;

export const startChapterQuiz = (pack: PackIndex, now: number): Session => chapterQuiz(newSessionId(now), pack, now);
export const startShortQuiz = (pack: PackIndex, doc: ProgressDoc, size: number, now: number): Session =>
	shortQuiz(newSessionId(now), pack, doc, size, now);
export const startRetry = (session: Session, items: ItemRef[], now: number): Session => retry(newSessionId(now), session, items, now);

/** Today's review session (remediation items from misconceptions.ts count as reviews), or undefined when nothing is due today. */
export function startReview(doc: ProgressDoc, index: PackIndex[], now: number, remediation: readonly ItemRef[] = []): Session | undefined {
	const plan = todayPlan(doc, index, now, localTz(now), remediation);
	return plan.items.length === 0 ? undefined : review(newSessionId(now), plan, now);
}
