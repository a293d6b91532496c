import {type AnswerRecord, type ProgressDoc, type QuizRun, resetAt} from './progress-doc.js';

export type Answered = AnswerRecord & {id: string};
export type Run = QuizRun & {id: string};

/**
 * The answers and runs that count: without the undone ones and without
 * anything from before a reset that covers them, oldest first.
 */
export function history(doc: ProgressDoc): {answers: Answered[]; runs: Run[]} {
	const answers = Object.entries(doc.answers)
		.filter(([id, a]) => doc.undone[id] === undefined && a.at >= resetAt(doc, a.pack))
		.map(([id, a]) => ({...a, id}))
		.sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1));
	const runs = Object.entries(doc.runs)
		.filter(([id, r]) => doc.undone[id] === undefined && r.at >= resetAt(doc, r.pack))
		.map(([id, r]) => ({...r, id}))
		.sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : 1));
	return {answers, runs};
}

/** The key an item is known by across packs. */
export const itemKey = (pack: string, item: string) => `${pack}/${item}`;

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
