import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {latencyBudget as engine, type LatencyBudgetState} from '../../source/sims/latency-budget/engine.js';
import {
	erlangC,
	optimalPool,
	poisson,
	poolWait,
	slowdown,
	zipfCdf,
	zipfMeanPage,
	zipfPage,
} from '../../source/sims/latency-budget/model.js';
import {narrateLatencyBudget} from '../../source/sims/latency-budget/narrate.js';
import {ALL_OFF, pageKB, queriesSent, requestTimes, rowsRead} from '../../source/sims/latency-budget/request.js';
import type {LatencyBudgetSummary} from '../../source/sims/latency-budget/summary.js';
import {challengeMet, runHeadless} from '../../source/sims/run.js';

const defaults = engine.params.parse({});
const summaryOf = (params: Record<string, unknown>, seed = 1) =>
	runHeadless(engine, engine.params.parse(params), seed).summary as LatencyBudgetSummary;
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);

function runToEnd(params: Record<string, unknown>, seed = 1): LatencyBudgetState {
	let s = engine.init(engine.params.parse(params), seed);
	while (!engine.done(s)) s = engine.step(s, {type: 'tick'});
	return s;
}

describe('the formulas (hand-computed)', () => {
	it("HikariCP's pool size: a 4-core server with one disk gets 4 × 2 + 1 = 9 connections", () => {
		expect(optimalPool(4, 1)).toBe(9);
		expect(optimalPool(16, 0)).toBe(32);
	});

	it('Erlang C: two servers at one Erlang wait with probability 1/3; none offered, none waits; saturated, all wait', () => {
		expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
		expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12); // M/M/1: P(wait) = ρ
		expect(erlangC(9, 0)).toBe(0);
		expect(erlangC(9, 9)).toBe(1);
	});

	it('the M/M/c wait: zero when the uniform says no wait, (T / (c − a)) · ln(C / u) when it waits', () => {
		expect(poolWait(2, 1, 30, 0.5)).toBe(0);
		expect(poolWait(2, 1, 30, 1 / 6)).toBeCloseTo(30 * Math.log(2), 9);
	});

	it('Poisson draws by inverse CDF: P(0) = e^−a', () => {
		expect(poisson(0, 0.9, 0)).toBe(0);
		expect(poisson(1, Math.exp(-1) - 1e-9, 0)).toBe(0);
		expect(poisson(1, Math.exp(-1) + 1e-9, 0)).toBe(1);
		expect(poisson(100, 0.5, 0)).toBe(100);
	});

	it('Zipf: s = 0 is uniform (mean page (n + 1) / 2); s = 1 favours page 1 with probability 1 / H_n', () => {
		expect(zipfMeanPage(zipfCdf(100, 0))).toBeCloseTo(50.5, 9);
		const h10 = Array.from({length: 10}, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
		expect(zipfCdf(10, 1)[0]).toBeCloseTo(1 / h10, 12);
		expect(zipfPage(zipfCdf(10, 1), 0)).toBe(1);
		expect(zipfPage(zipfCdf(10, 1), 0.999999)).toBe(10);
	});

	it('slowdown: none up to the optimal count, then k/optimal × (1 + contention × extra)', () => {
		expect(slowdown(9, 9, 0.1)).toBe(1);
		expect(slowdown(18, 9, 0.1)).toBeCloseTo(2 * 1.9, 12);
	});

	it('OFFSET reads every earlier page (page 500 of 20 rows: 10,000 rows); keyset reads one page', () => {
		expect(rowsRead(defaults, 500, false)).toBe(10_000);
		expect(rowsRead(defaults, 500, true)).toBe(20);
		expect(queriesSent(defaults, false)).toBe(21);
		expect(queriesSent(defaults, true)).toBe(2);
	});

	it('Brotli and gzip sizes are the measured Shakespeare ratios (5.3 MB → 1.7 and 1.9 MB)', () => {
		expect(defaults.brotliRatio).toBeCloseTo(1.7 / 5.3, 2);
		expect(defaults.gzipRatio).toBeCloseTo(1.9 / 5.3, 2);
		expect(defaults.dbRttMs).toBe(0.5); // round trip within a data center: 500 µs
	});
});

describe('one request, no jitter, an idle database (hand-computed)', () => {
	const p = engine.params.parse({jitter: 0});
	const idle = {demand: 0, holdMs: 17, backlogMs: 0, optimal: 9};
	const draws = {page: 0, z: [0, 0, 0, 0, 0, 0], wait: 0.99, kU: 0, kZ: 0};

	it('as first written: 10 + 21 × (0.5 + 0.3) + 0.1 + 48 KB × 20 µs + (10 + 48 × 8 / 50) + 4 × 2 ms', () => {
		expect(pageKB(p)).toBeCloseTo(48, 9);
		const r = requestTimes(p, ALL_OFF, idle, 1, draws, false);
		const want = [10, 16.8, 0.1, 0.96, 17.68, 8];
		for (const [i, v] of r.stages.entries()) expect(v).toBeCloseTo(want[i]!, 9);
	});

	it('with Brotli: 15.36 KB on the wire, 1.2 ms of CPU', () => {
		const r = requestTimes(p, {...ALL_OFF, compression: 'brotli'}, idle, 1, draws, false);
		expect(r.sentKB).toBeCloseTo(15.36, 9);
		expect(r.compressMs).toBeCloseTo(1.2, 9);
		expect(r.stages[4]).toBeCloseTo(1.2 + 10 + (15.36 * 8) / 50, 9);
	});

	it('a cache hit: one round trip to the cache, then the wire and the log', () => {
		const r = requestTimes(p, {...ALL_OFF, cache: true}, idle, 1, draws, true);
		expect(r.stages).toEqual([0, 0.5, 0, 0, 17.68, 8]);
		expect(r.holdMs).toBe(0);
	});

	it('async logging: 4 × 0.2 ms instead of 4 × 2 ms (a 90% cut)', () => {
		expect(requestTimes(p, {...ALL_OFF, asyncLog: true}, idle, 1, draws, false).stages[5]).toBeCloseTo(0.8, 9);
	});
});

describe('invariants over 30 seeds', () => {
	it('with every technique off the two lanes are the same requests: p99 now = p99 before', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const s = summaryOf({}, seed);
			expect(s.p99Ratio).toBe(1);
			expect(s.p99Ms).toBe(s.beforeP99Ms);
		}
	});

	it('every log line is written, lost or still buffered; synchronous logging never loses one', () => {
		for (let seed = 1; seed <= 30; seed++) {
			for (const asyncLog of [false, true]) {
				const s = runToEnd({asyncLog, crashAt: 1 + (seed % 40), flushMs: 10 * seed}, seed);
				expect(s.log.written + s.log.lost + s.log.buffered).toBe(s.live.totals.length * s.params.logLines);
				if (!asyncLog) expect(s.log.lost).toBe(0);
			}
		}
	});

	it('stale answers are hits; invalidation on change leaves none', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const s = summaryOf({cache: true, cacheTtlS: 1 + seed}, seed);
			expect(s.staleShare).toBeLessThanOrEqual(s.hitRate);
			expect(s.hitRate).toBeLessThanOrEqual(1);
			expect(summaryOf({cache: true, cacheTtlS: 1 + seed, invalidateOnWrite: true}, seed).staleShare).toBe(0);
		}
	});

	it('a pool caps what works at once: its queries are never slowed past pool / optimal', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const s = summaryOf({poolSize: 9, spikeAt: 5}, seed);
			expect(s.peakSlowdown).toBe(1);
		}
	});

	it('the database connection limit caps what works at once without a pool: at most 10 / 9 × (1 + 0.1 × 1) slower', () => {
		for (let seed = 1; seed <= 10; seed++) {
			expect(summaryOf({maxConnections: 10, spikeAt: 5}, seed).peakSlowdown).toBeLessThanOrEqual(1.23);
			expect(summaryOf({spikeAt: 5}, seed).peakSlowdown).toBeGreaterThan(1.23);
		}
	});
});

describe('events', () => {
	it('a crash after tick 25 with 1 s flushes loses the 50 requests × 4 lines since t = 6 s', () => {
		expect(summaryOf({asyncLog: true, crashAt: 25}).linesLost).toBe(200);
		expect(summaryOf({asyncLog: true, crashAt: 25, flushMs: 20}).linesLost).toBe(8);
	});

	it('the live crash narrates the lines it took; the profiler names the bottleneck', () => {
		let s = engine.init(engine.params.parse({asyncLog: true}), 1);
		for (let i = 0; i < 3; i++) s = engine.step(s, {type: 'tick'});
		const crashed = engine.step(s, {type: 'crash'});
		expect(crashed.log.lost).toBe(s.log.buffered);
		expect(narrateLatencyBudget(s, crashed, {type: 'crash'})[0]!.en).toBe(
			`the process crashed: ${s.log.buffered} log lines still in the async buffer are lost`,
		);
		const profiled = engine.step(s, {type: 'profile'});
		expect(narrateLatencyBudget(s, profiled, {type: 'profile'})[0]!.en).toMatch(
			/^profiler: the slowest 10% of requests spend \d+% of their time in page scan: that is the bottleneck$/,
		);
		expect(engine.summary(profiled).bottleneck).toBe('scan');
		expect(engine.summary(s).bottleneck).toBe('unknown');
	});

	it('a spike raises the arrival rate for its length, then ends', () => {
		let s = engine.init(defaults, 1);
		s = engine.step(s, {type: 'spike'});
		const arrived: number[] = [];
		for (let i = 0; i < 22; i++) {
			s = engine.step(s, {type: 'tick'});
			arrived.push(s.last!.arrived);
		}
		expect(arrived.slice(0, 20).reduce((a, b) => a + b, 0)).toBe(1300); // 260 req/s × 5 s
		expect(arrived[21]).toBe(50);
	});
});

const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 54)!;
const sim = pack.simulations.find((s) => s.engine === 'latency-budget')!;
const challenge = (id: string) => sim.challenges.find((c) => c.id === id)!;
/** The seeds on which these params meet the challenge: its goal, with the scenario it keeps unchanged. */
function metOn(id: string, params: Record<string, unknown>): number[] {
	const start = engine.params.parse(sim.params);
	const set = engine.params.parse({...(sim.params as object), ...params});
	return SEEDS.filter((seed) => challengeMet(challenge(id), start, set, runHeadless(engine, set, seed).summary));
}

describe('each challenge is met only by its idea (seeds 1–20)', () => {
	const cases: [string, Record<string, unknown>[]][] = [
		[
			'profile-then-halve',
			[
				{}, // the pack's params
				{keyset: true}, // fixed, but without profiling
				{profile: true, requestsPerSec: 0, keyset: true}, // no traffic
				{profile: true, cache: true, poolSize: 9, fixNPlusOne: true, keyset: true, fastJson: true, compression: 'brotli', asyncLog: true},
				{profile: true, cache: true, cacheTtlS: 60},
				{profile: true, fixNPlusOne: true},
				{profile: true, poolSize: 9},
			],
		],
		[
			'pool-through-a-spike',
			[
				{},
				{spikeAt: 10}, // no pool
				{spikeAt: 10, poolSize: 500}, // a huge pool
				{spikeAt: 10, poolSize: 1}, // one connection
				{spikeAt: 10, poolSize: 4},
				{poolSize: 9}, // no spike
				{spikeAt: 10, spikeFactor: 1, poolSize: 0}, // a spike of 1×
				{spikeAt: 10, keyset: true, fixNPlusOne: true}, // fixing the queries instead
				{spikeAt: 10, requestsPerSec: 0},
				{spikeAt: 10, poolSize: 500, dbCores: 64}, // a bigger database instead (kept)
			],
		],
		[
			'fast-logs-few-lost',
			[
				{},
				{crashAt: 25}, // synchronous: nothing lost, nothing saved
				{asyncLog: true, crashAt: 25}, // 1 s flushes
				{asyncLog: true, flushMs: 20}, // no crash
				{asyncLog: true, crashAt: 25, logLines: 0},
				{asyncLog: true, crashAt: 25, requestsPerSec: 0},
				{asyncLog: true, crashAt: 25, requestsPerSec: 10},
				{asyncLog: true, crashAt: 25, syncLogMs: 20}, // a slower sync write to cut (kept)
			],
		],
		[
			'fresh-cache',
			[
				{},
				{cache: true, cacheTtlS: 60}, // long TTL: stale
				{cache: true, cacheTtlS: 1}, // short TTL: few hits
				{cache: true, cacheTtlS: 60, updatesPerMin: 0}, // nothing ever changes
				{cache: true, invalidateOnWrite: true, cacheTtlS: 60, requestsPerSec: 0},
			],
		],
	];

	it.each(cases)('%s: the solution meets it on every seed; the defaults and degenerate settings on none', (id, failing) => {
		expect(metOn(id, challenge(id).solution!)).toEqual(SEEDS);
		for (const params of failing) expect(metOn(id, params), JSON.stringify(params)).toEqual([]);
	});

	it('the first challenge asks to predict the p99 in ms (its last numeric goal) and the screen labels it', () => {
		const goals = challenge('profile-then-halve').goal as {metric: string}[];
		expect(goals.at(-1)!.metric).toBe('p99Ms');
	});
});
