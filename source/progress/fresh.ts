import type {ProgressDoc} from './progress-doc.js';

/** Nothing studied yet: no card seen, no answer, no quiz, no challenge, no prediction (settings and time do not count). */
export function isFresh(doc: ProgressDoc): boolean {
	return [doc.chapters, doc.answers, doc.archive, doc.runs, doc.challenges, doc.predictions].every((r) => Object.keys(r).length === 0);
}
