/**
 * A latency budget (chapter 54): requests for pages of a post list arrive
 * every tick (250 ms). Each goes through six stages (connect, N+1 queries,
 * OFFSET scan, serialize, transfer, log) twice on the same random draws:
 * once as first written (every technique off: the "before" lane the
 * profiler traces) and once with the techniques turned on. The database
 * load of each lane feeds back into its next tick: concurrency past
 * cores × 2 + spindles slows queries, a saturated pool builds a queue.
 */
import {Random, type RandomState, seedRandom} from '../random.js';
import {dbContext, flushUpTo, type Lane, type LogState, newLane, normalPair, settingsOf, type TickReport} from './lane.js';
import type {SimEngine} from '../types.js';
import {zipfCdf, zipfPage} from './model.js';
import {latencyBudgetParamHelp, type LatencyBudgetParams, latencyBudgetParams, TICK_MS} from './params.js';
import {ALL_OFF, requestTimes} from './request.js';
import {type LatencyBudgetSummary, summarize} from './summary.js';
import {type CacheState, copyCache, emptyCache, lookUp} from './cache.js';

export {latencyBudgetParams, type LatencyBudgetParams} from './params.js';
export type {Lane, LogState, TickReport} from './lane.js';
export type {LatencyBudgetSummary} from './summary.js';

export type LatencyBudgetAction = {type: 'crash'} | {type: 'spike'} | {type: 'profile'};

export interface LatencyBudgetState {
	readonly params: LatencyBudgetParams;
	readonly tick: number;
	readonly random: RandomState;
	/** A separate stream for page updates, so the cache never shifts the draws the two lanes share. */
	readonly updates: RandomState;
	readonly carry: number;
	readonly spikeUntil: number;
	readonly spikes: number;
	readonly crashes: number;
	readonly profiledAt: number | null;
	readonly base: Lane;
	readonly live: Lane;
	/** The "before" lane's stage times, six per request: what the profiler traces. */
	readonly baseStages: readonly number[];
	readonly cache: CacheState;
	readonly hits: number;
	readonly staleHits: number;
	readonly log: LogState;
	readonly last: TickReport | null;
}

/** The process dies now, right after the latest request: the async buffer's lines are lost (a synchronous logger has none). */
function crash(s: LatencyBudgetState): {state: LatencyBudgetState; lost: number} {
	const lost = s.params.asyncLog ? s.log.buffered : 0;
	return {state: {...s, crashes: s.crashes + 1, log: {...s.log, buffered: 0, lost: s.log.lost + lost}}, lost};
}

function tick(s0: LatencyBudgetState): LatencyBudgetState {
	const p = s0.params;
	const t0 = s0.tick * TICK_MS;
	const s = s0;
	let crashLost: number | null = null;
	const spikeStarted = p.spikeAt > 0 && s.tick + 1 === p.spikeAt;
	const spikeUntil = spikeStarted ? s.tick + p.spikeTicks : s.spikeUntil;
	const spiking = s.tick < spikeUntil;
	const rate = p.requestsPerSec * (spiking ? p.spikeFactor : 1);
	const due = s.carry + (rate * TICK_MS) / 1000;
	const n = Math.floor(due);

	const live = settingsOf(p);
	const b = dbContext(p, ALL_OFF, s.base);
	const l = dbContext(p, live, s.live);
	const random = new Random(s.random);
	const updates = new Random(s.updates);
	const cdf = zipfCdf(p.pages, p.zipfS);
	const cache = live.cache ? copyCache(s.cache) : null;
	let log = s.log;
	const acc = {
		base: {totals: [] as number[], db: [] as number[], sums: [...s.base.stageSums], hold: 0, peak: s.base.peakSlowdown, cpu: 0, kb: 0},
		live: {totals: [] as number[], db: [] as number[], sums: [...s.live.stageSums], hold: 0, peak: s.live.peakSlowdown, cpu: 0, kb: 0},
	};
	const baseStages: number[] = [];
	let hits = 0;
	let staleHits = 0;
	let slowest: TickReport['slowest'] = null;
	for (let i = 0; i < n; i++) {
		const t = t0 + (i * TICK_MS) / n;
		const pageU = random.float();
		const [z0, z1] = normalPair(random);
		const [z2, z3] = normalPair(random);
		const [z4, z5] = normalPair(random);
		const [kZ] = normalPair(random);
		const draws = {page: pageU, z: [z0, z1, z2, z3, z4, z5], wait: random.float(), kU: random.float(), kZ};
		const page = Math.min(p.pages, Math.max(1, zipfPage(cdf, pageU)));
		let hit = false;
		if (cache) {
			const r = lookUp(cache, p, page, t, updates);
			hit = r.hit;
			if (hit) hits++;
			if (r.stale) staleHits++;
		}
		const before = requestTimes(p, ALL_OFF, b.db, page, draws, false);
		const after = requestTimes(p, live, l.db, page, draws, hit);
		for (const [lane, r, cached] of [
			[acc.base, before, false],
			[acc.live, after, hit],
		] as const) {
			const total = r.stages.reduce((x, y) => x + y, 0);
			lane.totals.push(total);
			r.stages.forEach((v, k) => {
				lane.sums[k]! += v;
			});
			if (!cached) lane.db.push(r.stages[0] + r.stages[1] + r.stages[2]);
			lane.hold += r.holdMs;
			lane.peak = Math.max(lane.peak, r.slowdown);
			lane.cpu += r.compressMs;
			lane.kb += r.sentKB;
		}
		baseStages.push(...before.stages);
		const total = acc.live.totals.at(-1)!;
		if (!slowest || total > slowest.totalMs) slowest = {page, totalMs: total, stage: longest(after.stages)};
		log = flushUpTo(log, p, t);
		log = live.asyncLog ? {...log, buffered: log.buffered + p.logLines} : {...log, written: log.written + p.logLines};
	}
	const next = (lane: Lane, a: (typeof acc)['base'], backlogMs: number): Lane => {
		const holdMs = n > 0 ? a.hold / n : lane.holdMs;
		return {
			// Little's law; never more at once than the server accepts (the rest are refused or queue outside).
			demand: Math.min(p.maxConnections, (rate / 1000) * holdMs),
			holdMs: n > 0 && a.hold > 0 ? holdMs : lane.holdMs,
			backlogMs,
			peakBacklogMs: Math.max(lane.peakBacklogMs, backlogMs),
			peakSlowdown: a.peak,
			totals: lane.totals.concat(a.totals),
			db: lane.db.concat(a.db),
			stageSums: a.sums,
			compressMs: lane.compressMs + a.cpu,
			sentKB: lane.sentKB + a.kb,
		};
	};
	let crashes = s.crashes;
	if (p.crashAt > 0 && s.tick + 1 === p.crashAt) {
		// The process dies right after the tick's last request: what the async buffer holds is gone.
		crashLost = live.asyncLog ? log.buffered : 0;
		log = {...log, buffered: 0, lost: log.lost + crashLost};
		crashes++;
	}
	return {
		...s,
		tick: s.tick + 1,
		crashes,
		random: random.state,
		updates: updates.state,
		carry: due - n,
		spikeUntil,
		spikes: s.spikes + (spikeStarted ? 1 : 0),
		base: next(s.base, acc.base, b.backlogMs),
		live: next(s.live, acc.live, l.backlogMs),
		baseStages: s.baseStages.concat(baseStages),
		cache: cache ?? s.cache,
		hits: s.hits + hits,
		staleHits: s.staleHits + staleHits,
		log,
		last: {
			arrived: n,
			hits,
			staleHits,
			slowest,
			spikeStarted,
			spikeEnded: spiking && s.tick + 1 === spikeUntil,
			crashLost,
			backlogMs: l.backlogMs,
		},
	};
}

const longest = (stages: readonly number[]): number => stages.reduce((best, v, i) => (v > stages[best]! ? i : best), 0);

function act(s: LatencyBudgetState, action: LatencyBudgetAction): LatencyBudgetState {
	if (action.type === 'crash') {
		const c = crash(s);
		return {...c.state, last: {...emptyReport, crashLost: c.lost}};
	}
	if (action.type === 'spike') {
		if (s.tick < s.spikeUntil) return {...s, last: emptyReport};
		return {...s, spikeUntil: s.tick + s.params.spikeTicks, spikes: s.spikes + 1, last: {...emptyReport, spikeStarted: true}};
	}
	return {...s, profiledAt: s.profiledAt ?? s.tick, last: emptyReport};
}

const emptyReport: TickReport = {
	arrived: 0,
	hits: 0,
	staleHits: 0,
	slowest: null,
	spikeStarted: false,
	spikeEnded: false,
	crashLost: null,
	backlogMs: 0,
};

export const latencyBudget: SimEngine<LatencyBudgetParams, LatencyBudgetState, LatencyBudgetAction, LatencyBudgetSummary> = {
	id: 'latency-budget',
	chapter: 54,
	params: latencyBudgetParams,
	paramHelp: latencyBudgetParamHelp,
	init(params, seed) {
		const random = new Random(seedRandom(seed));
		const updates = seedRandom(random.int(0, 0xffffffff));
		return {
			params,
			tick: 0,
			random: random.state,
			updates,
			carry: 0,
			spikeUntil: 0,
			spikes: 0,
			crashes: 0,
			profiledAt: params.profile ? 0 : null,
			base: newLane(params, ALL_OFF),
			live: newLane(params, settingsOf(params)),
			baseStages: [],
			cache: emptyCache(params.cache ? params.pages : 0),
			hits: 0,
			staleHits: 0,
			log: {buffered: 0, written: 0, lost: 0, flushedAt: 0},
			last: null,
		};
	},
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.tick >= state.params.ticks,
	summary: summarize,
};
