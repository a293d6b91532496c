// Simulation speed: headless runs at the defaults and at the largest allowed setups,
// one frame of playing (a tick, the summary and the drawing) and each drawing alone.
// Each figure is the median of several runs after a warm-up, next to the budget it
// is meant to stay under; `--runs N` (default 7), `--strict` exits 1 when a median is over.
// Run: node scripts/run-ts.mjs scripts/bench-sims.ts [--runs N] [--strict]
import {parseArgs} from 'node:util';
import {Random, seedRandom} from '../source/sims/random.js';
import {SIMULATIONS, simById} from '../source/sims/registry.js';
import {runHeadless} from '../source/sims/run.js';
import type {AnySim} from '../source/sims/types.js';

/** `prepare` builds the inputs (not timed) and returns the work; `per` divides a run's time (work repeated inside). */
type Case = {name: string; budgetMs: number; prepare: () => () => unknown; per?: number};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const sim = (id: string): AnySim => simById(id)!;

/** A whole headless run, params parsed as a pack's would be. */
const headless =
	(id: string, params: object = {}, seed = 1) =>
	() => {
		const engine = sim(id).engine;
		const parsed = engine.params.parse(params);
		return () => runHeadless(engine, parsed, seed);
	};

/** The states of a run, the initial one first, up to done. */
function states(s: AnySim, params: object = {}): unknown[] {
	let state = s.engine.init(s.engine.params.parse(params), 1);
	const all = [state];
	while (!s.engine.done(state)) {
		state = s.engine.step(state, {type: 'tick'});
		all.push(state);
	}
	return all;
}

/** One frame while playing: a tick, the summary the screen shows and the drawing (76×8). */
function playFrame(id: string, params: object): () => () => unknown {
	return () => {
		const s = sim(id);
		const first = s.engine.init(s.engine.params.parse(params), 1);
		return () => {
			const next = s.engine.step(first, {type: 'tick'});
			s.engine.summary(next);
			return s.view(next, 76, 8, 'en');
		};
	};
}

/** One drawing (76×8) of a state of a run; 50 draws are timed and divided. */
function drawing(s: AnySim, params: object, at: 'middle' | 'last', budgetMs: number): Case {
	return {
		name: `${s.engine.id}: one drawing (76×8)`,
		budgetMs,
		per: 50,
		prepare: () => {
			const all = states(s, params);
			const state = at === 'last' ? all.at(-1) : all[Math.floor(all.length / 2)];
			return () => {
				for (let i = 0; i < 50; i++) s.view(state, 76, 8, 'en');
			};
		},
	};
}

const longWords = () => {
	const r = new Random(seedRandom(7));
	return Array.from({length: 500}, () => Array.from({length: 40}, () => 'abcdefghij'[r.int(0, 9)]).join(''));
};
const GIT_REBASE_60 = [
	'switch -c topic',
	...Array.from({length: 60}, (_, i) => `commit -m t${i + 1}`),
	'switch main',
	'commit -m m1',
	'switch topic',
	'rebase main',
	'switch main',
	'merge topic',
];
const bigServers = Array.from({length: 12}, (_, i) => ({name: `s${i}`, weight: 1, capacity: 1000, speed: 0.1}));

const CASES: Case[] = [
	{name: 'git-sandbox: defaults (the merge level solved)', budgetMs: 100, prepare: headless('git-sandbox')},
	{
		// 60 commits on a branch, one on main, rebased and fast-forwarded: per command (the budget a learner's typing has).
		name: 'git-sandbox: a 60-commit branch rebased, per command',
		budgetMs: 10,
		prepare: headless('git-sandbox', {level: 'sandbox', script: GIT_REBASE_60.join('; ')}),
		per: GIT_REBASE_60.length,
	},
	{name: 'load-balancer: defaults', budgetMs: 500, prepare: headless('load-balancer')},
	{
		name: 'load-balancer: 12 servers, 5000 requests, compared',
		budgetMs: 5000,
		prepare: headless('load-balancer', {
			servers: bigServers,
			requests: 5000,
			ratePerSec: 10_000,
			costMs: 5000,
			heavyCostMs: 5000,
			compareWith: 'ip-hash',
		}),
	},
	{name: 'consistent-hashing: defaults', budgetMs: 300, prepare: headless('consistent-hashing')},
	{
		name: 'consistent-hashing: 100k keys, 10×200 vnodes, +1',
		budgetMs: 500,
		prepare: headless('consistent-hashing', {keys: 100_000, vnodes: 200, add: 1}),
	},
	{
		name: 'consistent-hashing: one frame at 100k keys (tick+summary+drawing)',
		budgetMs: 16,
		prepare: playFrame('consistent-hashing', {keys: 100_000, nodes: 50, vnodes: 500, add: 5}),
	},
	{
		name: 'consistent-hashing: start at 100k keys (each parameter change, each step back)',
		budgetMs: 500,
		prepare: () => {
			const {engine} = sim('consistent-hashing');
			const params = engine.params.parse({keys: 100_000, nodes: 50, vnodes: 500, add: 5});
			return () => engine.init(params, 1);
		},
	},
	{name: 'rate-limiter: defaults', budgetMs: 200, prepare: headless('rate-limiter')},
	{
		name: 'rate-limiter: worst allowed setup',
		budgetMs: 1000,
		prepare: headless('rate-limiter', {capacity: 1000, rate: 999, burst: 10_000, steadyRate: 1000, duration: 120, tickMs: 10}),
	},
	{name: 'bloom-filter: defaults', budgetMs: 300, prepare: headless('bloom-filter', {})},
	{
		name: 'bloom-filter: 100k probes (m=9585, n=1000, k=7)',
		budgetMs: 500,
		prepare: headless('bloom-filter', {bits: 9585, items: 1000, hashes: 7, probes: 100_000}),
	},
	{name: 'trie: defaults', budgetMs: 200, prepare: headless('trie')},
	{name: 'trie: 500 words of 40 letters', budgetMs: 1000, prepare: headless('trie', {words: longWords(), prefix: 'a'.repeat(40)})},
	{name: 'quadtree: defaults', budgetMs: 200, prepare: headless('quadtree')},
	{
		name: 'quadtree: 2000 clustered points, capacity 1, depth 12',
		budgetMs: 1000,
		prepare: headless('quadtree', {
			points: 2000,
			distribution: 'clustered',
			capacity: 1,
			maxDepth: 12,
			query: {x: 0, y: 0, w: 100, h: 100},
		}),
	},
	{name: 'raft: defaults', budgetMs: 250, prepare: headless('raft')},
	{
		name: 'raft: 9 nodes, 30 s, election storm, slow network',
		budgetMs: 3000,
		prepare: headless('raft', {
			nodes: 9,
			durationMs: 30_000,
			heartbeatMs: 10,
			electionMinMs: 20,
			electionMaxMs: 20,
			delayMinMs: 1,
			delayMaxMs: 500,
			clientIntervalMs: 10,
		}),
	},
	{name: 'kafka: defaults', budgetMs: 250, prepare: headless('kafka')},
	{
		name: 'kafka: 1000 ticks, 50/tick into one partition',
		budgetMs: 2000,
		prepare: headless('kafka', {ticks: 1000, produceRate: 50, consumeRate: 0, partitions: 1, keys: 200}),
	},
];

// Every registered simulation's drawing, in the setups its view tests drew.
const DRAWN: Record<string, [object, 'middle' | 'last', number]> = {
	'load-balancer': [{compareWith: 'least-connections'}, 'middle', 5],
	raft: [{nodes: 9}, 'middle', 5],
	'rate-limiter': [{duration: 120}, 'middle', 5],
	kafka: [{}, 'middle', 1],
};
for (const s of SIMULATIONS) {
	const [params, at, budget] = DRAWN[s.engine.id] ?? [{}, 'last', 5];
	CASES.push(drawing(s, params, at, budget));
}

export function main(args: string[]): void {
	const {values} = parseArgs({args, options: {runs: {type: 'string', default: '7'}, strict: {type: 'boolean', default: false}}});
	const runs = Number(values.runs);
	let over = 0;
	console.log(`simulation speed: median of ${runs} runs after one warm-up, in ms, against its budget`);
	for (const c of CASES) {
		const work = c.prepare();
		work();
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const started = process.hrtime.bigint();
			work();
			times.push(Number(process.hrtime.bigint() - started) / 1e6 / (c.per ?? 1));
		}
		const m = median(times);
		const flag = m > c.budgetMs ? 'OVER' : 'ok';
		if (m > c.budgetMs) over++;
		console.log(`${flag.padEnd(4)} ${m.toFixed(2).padStart(9)} / ${String(c.budgetMs).padStart(5)}  ${c.name}`);
	}
	if (values.strict && over > 0) process.exitCode = 1;
}
