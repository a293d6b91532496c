import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {type ScaleUpVsOutState, scaleUpVsOut as engine} from '../../source/sims/scale-up-vs-out/engine.js';
import {narrateScaleUpVsOut} from '../../source/sims/scale-up-vs-out/narrate.js';
import type {ScaleUpVsOutParams} from '../../source/sims/scale-up-vs-out/params.js';
import {erlangC, memoryHitRate} from '../../source/sims/scale-up-vs-out/queue.js';
import type {ScaleUpVsOutSummary} from '../../source/sims/scale-up-vs-out/summary.js';
import {meets} from '../../source/sims/run.js';
import {deepFreeze} from '../support/sims.js';

function run(extra: Partial<ScaleUpVsOutParams> = {}, seed = 1): ScaleUpVsOutState {
	let s = engine.init(engine.params.parse(extra), seed);
	while (!engine.done(s)) s = engine.step(s, {type: 'tick'});
	return s;
}
const memo = new Map<string, ScaleUpVsOutSummary>();
function summaryOf(extra: Partial<ScaleUpVsOutParams> = {}, seed = 1): ScaleUpVsOutSummary {
	const key = `${seed} ${JSON.stringify(extra)}`;
	if (!memo.has(key)) memo.set(key, engine.summary(run(extra, seed)));
	return memo.get(key)!;
}

describe('scale-up-vs-out: queueing by hand', () => {
	it('Erlang C: one core waits with probability ρ; two cores at a = 1 wait 1/3 of the time', () => {
		expect(erlangC(1, 0.3)).toBeCloseTo(0.3, 12);
		expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
		expect(erlangC(24, 0)).toBe(0);
		expect(erlangC(4, 4)).toBe(1);
	});

	it('the hottest third of Zipf(0.9) reads takes (1/3)^0.1 ≈ 89.5% of them', () => {
		expect(memoryHitRate(0.33, 0.9)).toBeCloseTo(0.33 ** 0.1, 12);
		expect(memoryHitRate(1, 0.5)).toBe(1);
	});
});

describe('scale-up-vs-out: the 2016 figures', () => {
	it('derives its defaults from the published day (9 Feb 2016)', () => {
		const p = engine.params.parse({});
		expect(Math.round(66_294_789 / 86_400)).toBe(p.pageLoadsPerSecond);
		expect(Number((504_816_843 / 66_294_789).toFixed(1))).toBe(p.sqlQueriesPerPage);
		// 607,073,066 ms over 504,816,843 queries: 1.2 ms a query, which the RAM/disk split reproduces.
		expect(607_073_066 / 504_816_843).toBeCloseTo(1.2, 1);
		expect(summaryOf().queryMs).toBeCloseTo(1.2, 1);
		expect([p.webServers, p.coresPerServer]).toEqual([9, 24]);
	});

	it('runs 2016 at 5–10% CPU: 767/9 pages a second × 14 ms on 24 cores; headroom = 0.7 / CPU', () => {
		const s = summaryOf();
		expect(s.cpu).toBeCloseTo(((767 / 9 / 1000) * 14) / 24, 4);
		expect(s.cpu!).toBeGreaterThan(0.04);
		expect(s.cpu!).toBeLessThan(0.1);
		expect(s.headroom).toBe(Number((0.7 / s.cpu!).toPrecision(3)));
		expect(s.saturatesAt).toBe(Number((1 / s.cpu!).toPrecision(3)));
		// A page: 14 ms of CPU plus about 9 ms of SQL.
		expect(s.p50Ms!).toBeGreaterThan(20);
		expect(s.p50Ms!).toBeLessThan(26);
	});

	it('says nothing measured before the run (a prediction comes first)', () => {
		const s = engine.summary(engine.init(engine.params.parse({}), 1));
		expect(s).toMatchObject({cpu: null, headroom: null, p50Ms: null, p99Ms: null, peakTraffic: 0});
	});

	it('pools cores: at ×18, the same 216 cores as 9 × 24 keep p99 far lower than as 54 × 4', () => {
		const up = summaryOf({maxTraffic: 18});
		const out = summaryOf({maxTraffic: 18, webServers: 54, coresPerServer: 4});
		expect(up.peakCpu).toBeCloseTo(out.peakCpu!, 6);
		expect(out.peakP99Ms! - up.peakP99Ms!).toBeGreaterThan(20);
	});

	it('a split app pays per hop: more CPU a page, a slower page, and one server a service', () => {
		const mono = summaryOf();
		const split = summaryOf({architecture: 'microservices'});
		expect(split.cpuMsPerPage).toBe(14 + 6 * 1);
		expect(split.p50Ms!).toBeGreaterThan(mono.p50Ms! + 6);
		expect(split).toMatchObject({servers: 6, singlePointsOfFailure: 6, capacityLostPerServer: 1});
		// ×9 needs 96% of a service's only server; ×10 is past 100%: no latency at all.
		expect(split.levels.at(-1)).toMatchObject({traffic: 10, p99Ms: null});
	});
});

describe('scale-up-vs-out: engine contract', () => {
	it('is deterministic per seed and never mutates a state', () => {
		expect(run({}, 3)).toEqual(run({}, 3));
		let s = deepFreeze(engine.init(engine.params.parse({maxTraffic: 3, pagesPerLevel: 200}), 2));
		s = deepFreeze(engine.step(s, {type: 'fail-server'}));
		while (!engine.done(s)) s = deepFreeze(engine.step(s, {type: 'tick'}));
		deepFreeze(engine.step(s, {type: 'restore'}));
		expect(JSON.parse(JSON.stringify(engine.summary(s)))).toEqual(engine.summary(s));
	});

	it('takes a server down: the others carry its load, and a service with none left fails every page', () => {
		const start = engine.init(engine.params.parse({maxTraffic: 1}), 1);
		const down = engine.step(start, {type: 'fail-server'});
		const said = narrateScaleUpVsOut(start, down, {type: 'fail-server'});
		expect(said).toEqual([
			{en: 'a server of web goes down: 8/9 carry its load', ko: 'web의 서버 한 대가 멈췄다: 8/9대가 부하를 나눠 진다'},
		]);
		expect(engine.summary(engine.step(down, {type: 'tick'})).cpu).toBeCloseTo(((767 / 8 / 1000) * 14) / 24, 4);
		const split = engine.init(engine.params.parse({architecture: 'microservices', maxTraffic: 1}), 1);
		const lost = engine.step(split, {type: 'fail-server'});
		expect(narrateScaleUpVsOut(split, lost, {type: 'fail-server'})[0]!.en).toBe('svc1 has no server left: every page that needs it fails');
		expect(engine.step(lost, {type: 'tick'}).levels[0]).toMatchObject({p50Ms: null, p99Ms: null});
	});

	it('narrates each traffic level in both languages', () => {
		const s0 = engine.init(engine.params.parse({}), 1);
		const s1 = engine.step(s0, {type: 'tick'});
		const [line] = narrateScaleUpVsOut(s0, s1, {type: 'tick'});
		expect(line!.en).toMatch(/^traffic ×1 \(767 pages\/s\): busiest server at 5\.0% CPU, page p50 [\d.]+ ms, p99 [\d.]+ ms$/);
		expect(line!.ko).toMatch(/^트래픽 ×1\(초당 767 페이지\): 가장 바쁜 서버 CPU 5\.0%, 페이지 p50 [\d.]+ ms, p99 [\d.]+ ms다$/);
	});

	it('calls a level with a service down a failure, not a CPU share, and gives no CPU and zero headroom', () => {
		const s0 = engine.init(engine.params.parse({architecture: 'microservices', failedServers: 1}), 1);
		const s1 = engine.step(s0, {type: 'tick'});
		expect(narrateScaleUpVsOut(s0, s1, {type: 'tick'})).toEqual([
			{
				en: 'traffic ×1 (767 pages/s): svc1 has no server left, so every page fails',
				ko: '트래픽 ×1(초당 767 페이지): svc1에 남은 서버가 없어 모든 페이지가 실패한다',
			},
		]);
		expect(engine.summary(s1)).toMatchObject({cpu: null, peakCpu: null, headroom: 0, p99Ms: null});
	});
});

describe('scale-up-vs-out: the pack challenges', () => {
	const sim = loadPackDir('lessons')
		.packs.find((p) => p.chapter === 50)!
		.simulations.find((s) => s.engine === 'scale-up-vs-out')!;
	const seeds = Array.from({length: 20}, (_, i) => i + 1);
	const degenerate: Record<string, Partial<ScaleUpVsOutParams>[]> = {
		'sov-scale-up': [
			{webServers: 5},
			{pageLoadsPerSecond: 0},
			{webServers: 5, coresPerServer: 64, renderCpuMs: 5},
			{architecture: 'microservices', services: 2, webServers: 4, coresPerServer: 64},
		],
		'sov-split-safely': [
			{architecture: 'microservices'},
			{architecture: 'microservices', services: 2, minReplicas: 2},
			{architecture: 'microservices', minReplicas: 2, hopCpuMs: 0},
			{minReplicas: 2},
		],
		'sov-ram-for-hot-data': [
			{sqlQueriesPerPage: 0},
			{diskQueryMs: 1},
			{zipfExponent: 0.99},
			{architecture: 'microservices', memoryShare: 1},
			{renderCpuMs: 5},
		],
	};

	it('has three challenges, the first one asking for the headroom', () => {
		expect(sim.challenges.map((c) => c.id)).toEqual(Object.keys(degenerate));
		expect([sim.challenges[0]!.goal].flat().at(-1)!.metric).toBe('headroom');
	});

	it('sov-ram-for-hot-data: a small sample cannot luck its p99 under 30 ms', () => {
		const c = sim.challenges.find((x) => x.id === 'sov-ram-for-hot-data')!;
		// 100 pages a level: seed 5 samples a p99 of 29 ms with nothing changed but the sample size.
		expect(summaryOf({pagesPerLevel: 100}, 5).p99Ms).toBeLessThan(30);
		for (const seed of seeds) expect(meets(summaryOf({pagesPerLevel: 100}, seed), c.goal), `seed ${seed}`).toBe(false);
	});

	it.each(sim.challenges.map((c) => [c.id, c] as const))(
		'%s: defaults fail, the solution holds on 20 seeds, degenerate settings fail',
		(id, c) => {
			for (const seed of seeds) {
				expect(meets(summaryOf({}, seed), c.goal), `defaults, seed ${seed}`).toBe(false);
				expect(meets(summaryOf(c.solution as Partial<ScaleUpVsOutParams>, seed), c.goal), `solution, seed ${seed}`).toBe(true);
			}
			for (const setting of degenerate[id]!) expect(meets(summaryOf(setting), c.goal), JSON.stringify(setting)).toBe(false);
		},
	);
});
