/** The summary of a latency-budget run: before and after, the profiler's finding, and each technique's cost. */
import type {LatencyBudgetState} from './engine.js';
import {optimalPool, quantile} from './model.js';
import {STAGES, type Stage, TECHNIQUES, type Technique} from './params.js';

/** A technique whose stages take less than this share of the slow requests' time is flagged: it misses the bottleneck. */
export const FLAG_BELOW = 0.1;

export type StageTimes = Record<Stage, number>;

export interface LatencyBudgetSummary {
	tick: number;
	served: number;
	p50Ms: number;
	p99Ms: number;
	beforeP50Ms: number;
	beforeP99Ms: number;
	/** p99 now / p99 before (1 = no gain, 0.5 = halved). */
	p99Ratio: number;
	p50Ratio: number;
	/** Mean time per stage now and before, in ms. */
	stageMs: StageTimes;
	beforeStageMs: StageTimes;
	profiled: boolean;
	/** The stage the profiler found taking most of the slowest 10% of requests ("unknown" before profiling). */
	bottleneck: Stage | 'unknown';
	/** Share of the slowest 10% of requests' time per stage, as traced before any technique. */
	tailShare: StageTimes;
	techniquesOn: number;
	/** Techniques turned on that miss the bottleneck (their stages under 10% of the slow requests' time). */
	offTarget: number;
	offTargetList: Technique[];
	fixNPlusOne: boolean;
	keyset: boolean;
	cache: boolean;
	poolSize: number;
	poolOptimal: number;
	dbP99Ms: number;
	peakSlowdown: number;
	peakPoolWaitMs: number;
	hitRate: number;
	staleShare: number;
	compressCpuMs: number;
	sentKB: number;
	linesWritten: number;
	linesLost: number;
	logCut: number;
	crashes: number;
	spikes: number;
	requestsPerSec: number;
	/** The highest arrival rate of the run (a spike's, once one has come). */
	peakRequestsPerSec: number;
	updatesPerMin: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

function means(sums: readonly number[], n: number): StageTimes {
	return Object.fromEntries(STAGES.map((s, i) => [s, n > 0 ? r1(sums[i]! / n) : 0])) as StageTimes;
}

/** Per stage, its share of the time of the slowest 10% of "before" requests (what a trace of the slow requests shows). */
export function tailShares(state: LatencyBudgetState): StageTimes {
	const totals = state.base.totals;
	const cut = quantile(sorted(totals), 0.9);
	const sums = [0, 0, 0, 0, 0, 0];
	totals.forEach((total, i) => {
		if (total < cut) return;
		for (let k = 0; k < 6; k++) sums[k]! += state.baseStages[i * 6 + k]!;
	});
	const all = sums.reduce((a, b) => a + b, 0);
	return Object.fromEntries(STAGES.map((s, i) => [s, all > 0 ? r3(sums[i]! / all) : 0])) as StageTimes;
}

export const isOn = (state: LatencyBudgetState, t: Technique): boolean => {
	const p = state.params;
	if (t === 'pool') return p.poolSize > 0;
	if (t === 'compression') return p.compression !== 'none';
	return p[t];
};

/** The techniques turned on whose stages together take under FLAG_BELOW of the slow requests' time. */
export function offTargetOf(state: LatencyBudgetState, shares: StageTimes): Technique[] {
	return (Object.keys(TECHNIQUES) as Technique[]).filter(
		(t) => isOn(state, t) && TECHNIQUES[t].reduce((sum, stage) => sum + shares[stage], 0) < FLAG_BELOW,
	);
}

export const isProfiled = (state: LatencyBudgetState): boolean => state.profiledAt !== null;

export function summarize(state: LatencyBudgetState): LatencyBudgetSummary {
	const {base, live, params: p} = state;
	const n = live.totals.length;
	const after = sorted(live.totals);
	const before = sorted(base.totals);
	const p99 = quantile(after, 0.99);
	const beforeP99 = quantile(before, 0.99);
	const p50 = quantile(after, 0.5);
	const beforeP50 = quantile(before, 0.5);
	const shares = tailShares(state);
	const profiled = isProfiled(state) && n > 0;
	const top = STAGES.reduce((best, s) => (shares[s] > shares[best] ? s : best), STAGES[0]);
	const off = offTargetOf(state, shares);
	const logBefore = base.stageSums[5]!;
	return {
		tick: state.tick,
		served: n,
		p50Ms: r1(p50),
		p99Ms: r1(p99),
		beforeP50Ms: r1(beforeP50),
		beforeP99Ms: r1(beforeP99),
		p99Ratio: beforeP99 > 0 ? r3(p99 / beforeP99) : 1,
		p50Ratio: beforeP50 > 0 ? r3(p50 / beforeP50) : 1,
		stageMs: means(live.stageSums, n),
		beforeStageMs: means(base.stageSums, n),
		profiled,
		bottleneck: profiled ? top : 'unknown',
		tailShare: shares,
		techniquesOn: (Object.keys(TECHNIQUES) as Technique[]).filter((t) => isOn(state, t)).length,
		offTarget: off.length,
		offTargetList: off,
		fixNPlusOne: p.fixNPlusOne,
		keyset: p.keyset,
		cache: p.cache,
		poolSize: p.poolSize,
		poolOptimal: optimalPool(p.dbCores, p.spindles),
		dbP99Ms: r1(quantile(sorted(live.db), 0.99)),
		peakSlowdown: r3(live.peakSlowdown),
		peakPoolWaitMs: r1(live.peakBacklogMs),
		hitRate: n > 0 ? r3(state.hits / n) : 0,
		staleShare: n > 0 ? r3(state.staleHits / n) : 0,
		compressCpuMs: n > 0 ? r3(live.compressMs / n) : 0,
		sentKB: n > 0 ? r1(live.sentKB / n) : 0,
		linesWritten: state.log.written,
		linesLost: state.log.lost,
		logCut: logBefore > 0 ? r3(1 - live.stageSums[5]! / logBefore) : 0,
		crashes: state.crashes,
		spikes: state.spikes,
		requestsPerSec: p.requestsPerSec,
		peakRequestsPerSec: state.spikes > 0 ? Math.round(p.requestsPerSec * p.spikeFactor) : p.requestsPerSec,
		updatesPerMin: p.updatesPerMin,
	};
}
