/*
 * A save's duration with the real store on a benchmark's progress file: the
 * learner's document with one more answer each time, as the quiz saves it.
 * Run by scripts/bench.mjs through run-ts (it times the source, not the bundle).
 */
import {performance} from 'node:perf_hooks';
import {ConfStore} from '../source/store/conf-store.js';
import {addAnswer} from '../source/progress/progress-doc.js';

export function timeSaves(home: string, count: number): {open: number; saves: number[]} {
	let started = performance.now();
	const store = new ConfStore({home});
	let doc = store.open().doc;
	const open = performance.now() - started;
	const saves: number[] = [];
	for (let i = 0; i < count; i++) {
		const at = Date.now();
		doc = addAnswer(doc, `bench-save:${at.toString(36)}:${i}`, {
			pack: 'kafka',
			item: 'q-kafka-what',
			at,
			ms: 4_000,
			correct: true,
			score: 1,
			rating: 4,
			mode: 'review',
		});
		started = performance.now();
		doc = store.save(doc).doc;
		saves.push(performance.now() - started);
	}
	return {open, saves};
}
