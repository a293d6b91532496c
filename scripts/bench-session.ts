// In-process benchmark of starting a review (not part of `npm test`): with a log
// of 50,000 answers (test/support/random-log.ts) over every shipped chapter,
// the time to build today's queue and the session from it, and what the map
// derives (its status line and, here, the session's shape), paired against
// another commit's code (default `main`) in the same run, taking turns.
// Cold: a fresh copy of the document each time (as after loading); warm: the
// same document again (the per-item caches hit). Medians and the ratio.
//
//   node scripts/run-ts.mjs scripts/bench-session.ts [--answers 50000] [--runs 15] [--baseline main]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import {loadPacks, packFiles} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {compact} from '../source/progress/archive.js';
import type {ProgressDoc} from '../source/progress/progress-doc.js';
import type {LessonPack} from '../source/content/schema.js';
import {generateLog} from '../test/support/random-log.js';

type Index = ReturnType<typeof indexOf>[];
/** What is timed, from one tree: a review session started, and what the map derives. */
type Tree = {
	start: (doc: ProgressDoc, index: Index, packs: LessonPack[], now: number) => unknown;
	map: (doc: ProgressDoc, index: Index, now: number) => unknown;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (run: () => unknown) => {
	const start = process.hrtime.bigint();
	run();
	return Number(process.hrtime.bigint() - start) / 1e6;
};

/** An entry module in `dir` that exports the tree's two timed functions. */
async function load(dir: string, root: string, mine: boolean): Promise<Tree> {
	const entry = path.join(dir, `entry-${mine ? 'this' : 'base'}.ts`);
	const src = (p: string) => JSON.stringify(path.join(root, p));
	const body = mine
		? `import {todayPlan} from ${src('source/progress/session-plan.ts')};
import {homeStatus} from ${src('source/progress/home-status.ts')};
import {review} from ${src('source/quiz/start.ts')};
import {remediationFor} from ${src('source/progress/misconceptions.ts')};
// As the game starts one: the remediation items, then the plan.
export const start = (doc, index, packs, now) => review('bench', todayPlan(doc, index, now, 0, remediationFor(doc, packs, now, 0)), now);
export const map = (doc, index, now) => [homeStatus(doc, index, now, 0), todayPlan(doc, index, now, 0)];`
		: `import {reviewQueue} from ${src('source/progress/review-queue.ts')};
import {homeStatus} from ${src('source/progress/home-status.ts')};
import {review} from ${src('source/quiz/start.ts')};
export const start = (doc, index, _packs, now) => review('bench', reviewQueue(doc, index, now, 0), now);
export const map = (doc, index, now) => homeStatus(doc, index, now, 0);`;
	writeFileSync(entry, body);
	// Bundled on its own, so each tree has its own module instances (and caches).
	const out = path.join(path.resolve('node_modules/.cache/sd-trainer'), `bench-session-${mine ? 'this' : 'base'}-${process.pid}.mjs`);
	await build({entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error'});
	try {
		return (await import(pathToFileURL(out).href)) as Tree;
	} finally {
		rmSync(out, {force: true});
	}
}

export async function main(args: string[]) {
	const {values} = parseArgs({
		args,
		options: {
			answers: {type: 'string', default: '50000'},
			runs: {type: 'string', default: '15'},
			baseline: {type: 'string', default: 'main'},
		},
	});
	const dir = mkdtempSync(path.join(tmpdir(), 'sd-bench-session-'));
	try {
		// The baseline's source tree, as committed.
		execFileSync('sh', ['-c', `git archive ${values.baseline} source | tar -x -C ${JSON.stringify(dir)}`]);
		const base = await load(dir, dir, false);
		const mine = await load(dir, process.cwd(), true);
		const {packs} = loadPacks(packFiles('lessons'));
		const index = packs.map(indexOf);
		const {doc: raw, now} = generateLog(index, Number(values.answers), 42, {reset: 0, resetAll: 0});
		// As the store keeps it: older answers archived.
		const doc = compact(raw, now);
		const runs = Number(values.runs);
		const rows: [string, number[], number[]][] = [];
		for (const [label, pick] of [
			['start a review', (t: Tree) => (d: ProgressDoc, i: Index, n: number) => t.start(d, i, packs, n)],
			['map (status + shape)', (t: Tree) => t.map],
		] as const) {
			const cold: [number[], number[]] = [[], []];
			const warm: [number[], number[]] = [[], []];
			for (let i = 0; i < runs; i++) {
				// Taking turns, so a busy machine slows both alike.
				const order = i % 2 === 0 ? [0, 1] : [1, 0];
				for (const k of order) {
					const tree = k === 0 ? base : mine;
					const copy = structuredClone(doc);
					cold[k]!.push(time(() => pick(tree)(copy, index, now)));
					warm[k]!.push(time(() => pick(tree)(copy, index, now)));
				}
			}
			rows.push([`${label}, cold`, cold[0], cold[1]], [`${label}, warm`, warm[0], warm[1]]);
		}
		console.log(`${values.answers} answers, ${runs} runs each, baseline ${values.baseline}: median ms (baseline → this tree, ratio)`);
		for (const [label, a, b] of rows) {
			console.log(
				`${label.padEnd(30)} ${median(a).toFixed(2).padStart(8)} → ${median(b).toFixed(2).padStart(8)}   ×${(median(b) / median(a)).toFixed(2)}`,
			);
		}
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
