// In-process micro-benchmark of the progress model (not part of `npm test`):
// for logs of 5k, 20k and 50k answers across every shipped chapter, the time
// to derive what the map and the stats screen show (once from scratch, then
// after one more answer), the time of one save through the real store, and
// the size of the progress file. Medians of several runs.
// Usage: node scripts/run-ts.mjs scripts/bench-progress.ts [5000 20000 50000]
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {indexOf} from '../source/content/pack-index.js';
import {loadPacks, packFiles} from '../source/content/load-packs.js';
import {chapterInfo} from '../source/progress/chapter-info.js';
import {generateLog} from '../test/support/random-log.js';
import {compact} from '../source/progress/archive.js';
import {type AnswerRecord, addAnswer, type ProgressDoc} from '../source/progress/progress-doc.js';
import {homeStatus} from '../source/progress/home-status.js';
import {statsOf} from '../source/progress/stats.js';
import {ConfStore} from '../source/store/conf-store.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (run: () => unknown) => {
	const start = process.hrtime.bigint();
	run();
	return Number(process.hrtime.bigint() - start) / 1e6;
};

/** Runs of each measurement (BENCH_REPS overrides: the old quadratic model needs 1 at 50k). */
const reps = (n: number) => Array.from({length: Number(process.env.BENCH_REPS ?? n)}, (_, i) => i);

export async function main(args: string[]) {
	const sizes = args.length > 0 ? args.map(Number) : [5_000, 20_000, 50_000];
	const {packs} = loadPacks(packFiles('lessons'));
	const index = packs.map(indexOf);
	const infos = packs.map(chapterInfo);
	const rows: string[] = [];
	for (const size of sizes) {
		const {doc: raw, now} = generateLog(index, size, 42, {reset: 0, resetAll: 0});
		const doc = compact(raw, now);
		const one = (d: ProgressDoc, i: number): ProgressDoc => {
			const item = index[i % index.length]!;
			const answer: AnswerRecord = {
				pack: item.id,
				item: item.quizIds[0]!,
				at: now + i,
				ms: 4000,
				correct: true,
				score: 1,
				rating: 3,
				mode: 'review',
			};
			return addAnswer(d, `bench-${i}`, answer);
		};
		// From scratch: a fresh copy of the document each time (as after loading).
		const cold = reps(5).map(() => {
			const copy = structuredClone(doc);
			return time(() => homeStatus(copy, index, now));
		});
		const statsCold = reps(3).map(() => {
			const copy = structuredClone(doc);
			return time(() => statsOf(copy, infos, now, 0));
		});
		// After one more answer: what a progress change costs the map.
		let current = doc;
		homeStatus(current, index, now);
		const change = reps(9).map((i) => {
			current = one(current, i);
			const d = current;
			return time(() => homeStatus(d, index, now));
		});
		const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-progress-'));
		try {
			const store = new ConfStore({home, now: () => new Date(now)});
			let saved = store.save(doc).doc;
			const saves = reps(7).map((i) => {
				const next = one(saved, 100 + i);
				return time(() => {
					saved = store.save(next).doc;
				});
			});
			const bytes = statSync(store.path).size;
			rows.push(
				`${String(size).padStart(6)} answers: map derive ${median(cold).toFixed(1)} ms, after one answer ${median(change).toFixed(1)} ms, ` +
					`stats ${median(statsCold).toFixed(1)} ms, save ${median(saves).toFixed(1)} ms, file ${(bytes / 1024).toFixed(0)} KiB`,
			);
		} finally {
			rmSync(home, {recursive: true, force: true});
		}
		console.log(rows.at(-1));
	}
}
