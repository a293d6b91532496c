import type {PackIndex} from '../../content/pack-index.js';
import {startExam} from '../../quiz/exam.js';
import {type ItemRef, type Session, startSession} from '../../quiz/session.js';

/** What an exam is started with: the chapters (pack ids; none = all), how many questions, how many minutes. */
export type ExamOptions = {chapters?: readonly string[] | undefined; items: number; minutes: number};

let count = 0;
/** Unique across terminals: the exam is kept under this id. */
const newExamId = (now: number) => `exam-${now.toString(36)}-${process.pid.toString(36)}-${(count++).toString(36)}`;

/** An exam over the chosen chapters (all when none are given), seeded by the time it starts. */
export function startExamSession(index: readonly PackIndex[], options: ExamOptions, now: number): Session {
	const chosen = options.chapters && options.chapters.length > 0 ? index.filter((p) => options.chapters!.includes(p.id)) : index;
	const chapters = chosen.map((p) => ({pack: p.id, items: p.quizIds}));
	return startExam(newExamId(now), chapters, {size: options.items, limitMs: options.minutes * 60_000, now});
}

/**
 * The questions an exam missed, practised now as a review: with feedback, a
 * missed one back once at the end, answers logged and scheduled as usual (and
 * earning what any review answer earns; the exam itself earns nothing).
 */
export const startExamPractice = (items: ItemRef[], now: number): Session =>
	startSession(newExamId(now), 'review', items, now, {practice: 'retry'});
