/**
 * Scale up vs scale out (chapter 50): Stack Overflow's web tier at its 2016
 * traffic, then ×2, ×3 … up to maxTraffic, one level a tick. Each level
 * sets the busiest server's CPU and samples pages through the M/D/c queues
 * (seeded; see queue.ts) for their p50 and p99; a monolith passes one pool, a split app
 * one per service plus a network hop each. A live action takes a web server
 * down (or brings them back) to show what one failure domain costs.
 */
import {type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {busiest, networkMs, sqlTime, stages} from './model.js';
import {type ScaleUpVsOutParams, scaleUpVsOutParamHelp, scaleUpVsOutParams} from './params.js';
import {erlangC, poisson, sojourn} from './queue.js';
import {FastRandom} from '../api-evolution/fast-random.js';
import {type ScaleUpVsOutSummary, summarize} from './summary.js';

export type ScaleUpVsOutAction = {type: 'fail-server'} | {type: 'restore'};

/** One traffic level: its multiplier, the busiest server's CPU share, the sampled page latency (null: saturated). */
export type Level = {readonly traffic: number; readonly cpu: number; readonly p50Ms: number | null; readonly p99Ms: number | null};

export interface ScaleUpVsOutState {
	readonly params: ScaleUpVsOutParams;
	readonly tick: number;
	readonly random: RandomState;
	readonly levels: readonly Level[];
	/** Servers down: the params' plus those a live action took down. */
	readonly failed: number;
}

const quantile = (sorted: Float64Array, q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

function level(p: ScaleUpVsOutParams, traffic: number, failed: number, state: RandomState): [Level, RandomState] {
	const list = stages(p, traffic, failed);
	const cpu = busiest(list);
	if (!(cpu < 1)) return [{traffic, cpu, p50Ms: null, p99Ms: null}, state];
	const sql = sqlTime(p);
	const hop = networkMs(p);
	const waits = list.map((s) => erlangC(s.perServer.cores, (s.perServer.lambda * s.perServer.serviceMs) / 1000));
	const random = new FastRandom(state);
	const pages = new Float64Array(p.pagesPerLevel);
	for (let i = 0; i < pages.length; i++) {
		// Queries per page vary (Poisson), each from memory or from disk (the Poisson split by the hit rate).
		const hits = poisson(p.sqlQueriesPerPage * sql.hitRate, random);
		const misses = poisson(p.sqlQueriesPerPage * (1 - sql.hitRate), random);
		let ms = hop + hits * p.memoryQueryMs + misses * p.diskQueryMs;
		for (let k = 0; k < list.length; k++) ms += sojourn(list[k]!.perServer, waits[k]!, random);
		pages[i] = ms;
	}
	pages.sort();
	const round = (x: number) => Math.round(x * 10) / 10;
	return [{traffic, cpu, p50Ms: round(quantile(pages, 0.5)), p99Ms: round(quantile(pages, 0.99))}, random.state];
}

export const scaleUpVsOut: SimEngine<ScaleUpVsOutParams, ScaleUpVsOutState, ScaleUpVsOutAction, ScaleUpVsOutSummary> = {
	id: 'scale-up-vs-out',
	chapter: 50,
	params: scaleUpVsOutParams,
	paramHelp: scaleUpVsOutParamHelp,
	init: (params, seed) => ({params, tick: 0, random: seedRandom(seed), levels: [], failed: params.failedServers}),
	step: (s, action) => {
		if (action.type === 'fail-server') return {...s, failed: Math.min(s.failed + 1, 199)};
		if (action.type === 'restore') return {...s, failed: 0};
		if (s.levels.length >= s.params.maxTraffic) return {...s, tick: s.tick + 1};
		const [next, random] = level(s.params, s.levels.length + 1, s.failed, s.random);
		return {...s, tick: s.tick + 1, random, levels: [...s.levels, next]};
	},
	done: (s) => s.levels.length >= s.params.maxTraffic,
	summary: summarize,
};
