import {allAnswers, type Answered, derive, itemKey, type Run} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';

export type {Answered, Run};
export {itemKey};

/**
 * The answers and runs that count: without the undone ones, without anything
 * from before a reset that covers them and without anything dated in the
 * future, oldest first.
 */
export function history(doc: ProgressDoc, now = Date.now()): {answers: Answered[]; runs: Run[]} {
	const derived = derive(doc, now);
	return {answers: allAnswers(derived), runs: derived.runs};
}

/** Answers grouped by item, oldest first within each. */
export function byItem(answers: Answered[]): Map<string, Answered[]> {
	const out = new Map<string, Answered[]>();
	for (const a of answers) {
		const key = itemKey(a.pack, a.item);
		const list = out.get(key);
		if (list) list.push(a);
		else out.set(key, [a]);
	}
	return out;
}

/** Best and last score (fraction right) of a chapter's quiz runs. */
export function chapterScores(runs: Run[], pack: string): {best?: number; last?: number; runs: number} {
	const mine = runs.filter((r) => r.pack === pack && r.total > 0);
	const scores = mine.map((r) => r.correct / r.total);
	return {
		...(scores.length > 0 ? {best: Math.max(...scores), last: scores.at(-1)} : {}),
		runs: mine.length,
	};
}

/** A chapter's quiz scores as they stand now (the runs, without the answers). */
export function chapterScoresOf(doc: ProgressDoc, pack: string, now = Date.now()) {
	return chapterScores(derive(doc, now).runs, pack);
}
