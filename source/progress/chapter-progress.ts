import {derive, itemKey} from './derive.js';
import {chapterScores} from './history.js';
import {knownCount, type ProgressDoc} from './progress-doc.js';

/**
 * A chapter's progress, defined once for the map, the chapter screen and
 * stats: cards marked known; the best and last chapter quiz score; and
 * mastery, the share of its questions whose latest answer was right.
 */
export type ChapterProgressFigures = {
	cardsKnown: number;
	cards: number;
	/** Questions answered at least once, and of those, right the latest time. */
	answered: number;
	right: number;
	items: number;
	mastery: number;
	best?: number | undefined;
	last?: number | undefined;
	runs: number;
};

export type ChapterRef = {id: string; cardIds: readonly string[]; quizIds: readonly string[]};

export function chapterProgress(doc: ProgressDoc, chapter: ChapterRef, now = Date.now()): ChapterProgressFigures {
	const {items, runs} = derive(doc, now);
	let answered = 0;
	let right = 0;
	for (const id of chapter.quizIds) {
		const latest = items.get(itemKey(chapter.id, id))?.answers.at(-1);
		if (!latest) continue;
		answered++;
		if (latest.correct) right++;
	}
	return {
		cardsKnown: knownCount(doc, chapter.id, [...chapter.cardIds], now),
		cards: chapter.cardIds.length,
		answered,
		right,
		items: chapter.quizIds.length,
		mastery: chapter.quizIds.length > 0 ? right / chapter.quizIds.length : 0,
		...chapterScores(runs, chapter.id),
	};
}
