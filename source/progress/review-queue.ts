import {answeredPacks} from './derive.js';
import {chapterOf, type ProgressDoc} from './progress-doc.js';
import {type Queue, todayQueue} from './schedule.js';

/** What the review queue needs of a chapter. */
export type QueueChapter = {id: string; quizIds: string[]};

/** Chapters the learner has opened (a card viewed or a question answered since the last reset): new questions come from these. */
function openedChapters(doc: ProgressDoc, chapters: QueueChapter[], now: number): {pack: string; items: string[]}[] {
	const answered = answeredPacks(doc, now);
	return chapters
		.filter((p) => answered.has(p.id) || Object.keys(chapterOf(doc, p.id, now).seen).length > 0)
		.map((p) => ({pack: p.id, items: p.quizIds}));
}

export function reviewQueue(doc: ProgressDoc, chapters: QueueChapter[], now: number, tz: number): Queue {
	return todayQueue(doc, openedChapters(doc, chapters, now), now, tz);
}
