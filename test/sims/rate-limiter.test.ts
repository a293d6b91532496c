import {describe, expect, it} from 'vitest';
import {Random, seedRandom} from '../../source/sims/random.js';
import {type RateLimiterParams, type RateLimiterState, rateLimiter, stepWith} from '../../source/sims/rate-limiter/engine.js';
import {deepFreeze} from '../support/sims.js';

function run(input: Partial<RateLimiterParams>, seed = 1): RateLimiterState {
	let s = rateLimiter.init(rateLimiter.params.parse(input), seed);
	while (!rateLimiter.done(s)) s = rateLimiter.step(s, {type: 'tick'});
	return s;
}
const summarize = (input: Partial<RateLimiterParams>) => rateLimiter.summary(run(input));

/**
 * An independent reference: walks every millisecond 0..duration*1000, with
 * an explicit FIFO of arrival times. Per ms: drain/refill first (if a tick
 * falls on it), then arrivals. Waits come from actual departures, plus the
 * queue left at the end drained on (no arrivals) until empty.
 */
function reference(p: RateLimiterParams) {
	const tickAt = new Set<number>();
	for (let k = 1; Math.floor((k * 1000) / p.rate) <= p.duration * 1000 + p.capacity * 1000; k++)
		tickAt.add(Math.floor((k * 1000) / p.rate));
	const arrivals = new Map<number, number>([[0, p.burst]]);
	for (let j = 1; j <= p.steadyRate * p.duration; j++) {
		const t = Math.floor((j * 1000) / p.steadyRate);
		arrivals.set(t, (arrivals.get(t) ?? 0) + 1);
	}
	const queue: number[] = [];
	let tokens = p.capacity;
	let accepted = 0;
	let dropped = 0;
	let maxWait = 0;
	const perSecond = Array.from({length: p.duration}, () => [0, 0, 0, 0]); // arrived, accepted, dropped, served
	const sec = (t: number) => (t === 0 ? 0 : Math.ceil(t / 1000) - 1);
	for (let t = 0; t <= p.duration * 1000 || queue.length > 0; t++) {
		const inHorizon = t <= p.duration * 1000;
		if (tickAt.has(t)) {
			if (p.algorithm === 'leaky-bucket' && queue.length > 0) {
				maxWait = Math.max(maxWait, t - queue.shift()!);
				if (inHorizon) perSecond[sec(t)]![3]!++;
			} else if (p.algorithm === 'token-bucket') tokens = Math.min(p.capacity, tokens + 1);
		}
		const n = inHorizon ? (arrivals.get(t) ?? 0) : 0;
		for (let i = 0; i < n; i++) {
			const row = perSecond[sec(t)]!;
			row[0]!++;
			const ok = p.algorithm === 'leaky-bucket' ? queue.length < p.capacity : tokens > 0;
			if (ok) {
				accepted++;
				row[1]!++;
				if (p.algorithm === 'leaky-bucket') queue.push(t);
				else {
					tokens--;
					row[3]!++;
				}
			} else {
				dropped++;
				row[2]!++;
			}
		}
	}
	return {accepted, dropped, maxWait, perSecond};
}

describe('rate-limiter: hand-worked cases', () => {
	/*
	 * capacity 5, rate 2/s (ticks at 500, 1000, 1500, …), burst 10 at t=0,
	 * then 1 req/s at 1000..5000.
	 * Leaky: t=0 queues b1..b5, drops 5. Departures: b1 500, b2 1000, b3 1500,
	 * b4 2000, b5 2500 (waits 500..2500). s1 (t=1000) is 4th after b2 leaves
	 * (queue b3 b4 b5 s1) → leaves 3000, wait 2000. s2 (2000) → 3500, 1500.
	 * s3 (3000) → 4000, 1000. s4 (4000) → 4500, 500. s5 (5000): the 5000 tick
	 * finds the queue empty, s5 leaves at 5500 (after the horizon), wait 500.
	 * Accepted 10, dropped 5, max wait 2500, total 13000 → avg 1300.
	 * Served per second (1000(s-1), 1000s]: 2,2,2,2,1 (5000 tick idle); 1 left.
	 * Token: starts with 5 tokens, all spent at t=0 (5 dropped). Refills at
	 * every 500 ms, one arrival per 1000 ms: never short again. Accepted 10,
	 * dropped 5, no waiting, served = accepted: 6,1,1,1,1.
	 */
	const base = {capacity: 5, rate: 2, burst: 10, steadyRate: 1, duration: 5};
	const arrivals = [
		{second: 1, arrived: 11, accepted: 6, dropped: 5},
		{second: 2, arrived: 1, accepted: 1, dropped: 0},
		{second: 3, arrived: 1, accepted: 1, dropped: 0},
		{second: 4, arrived: 1, accepted: 1, dropped: 0},
		{second: 5, arrived: 1, accepted: 1, dropped: 0},
	];
	it('leaky bucket', () => {
		const s = summarize({...base, algorithm: 'leaky-bucket'});
		expect(s).toMatchObject({arrived: 15, accepted: 10, dropped: 5, served: 9, maxWaitMs: 2500, avgWaitMs: 1300});
		expect(s).toMatchObject({level: 1, peakServedPerSecond: 2, dropRate: 0.3333, timeMs: 5000});
		expect(s.timeline).toEqual(arrivals.map((r, i) => ({...r, served: [2, 2, 2, 2, 1][i]})));
	});
	it('token bucket', () => {
		const s = summarize({...base, algorithm: 'token-bucket'});
		expect(s).toMatchObject({arrived: 15, accepted: 10, dropped: 5, served: 10, maxWaitMs: 0, avgWaitMs: 0});
		expect(s).toMatchObject({level: 4, peakServedPerSecond: 6});
		expect(s.timeline).toEqual(arrivals.map((r, i) => ({...r, served: [6, 1, 1, 1, 1][i]})));
	});
	/*
	 * Rounding: capacity 2, rate 1 (ticks 1000, 2000), steady 3/s from
	 * floor(1000/3)=333: arrivals 333, 666, 1000, 1333, 1666, 2000.
	 * Leaky: 333 and 666 queue (waits 1000-333=667, 2000-666=1334); at 1000
	 * the tick frees a slot first, so 1000 queues (2nd → 3000, wait 2000);
	 * 1333 and 1666 find it full; 2000 likewise queues (→ 4000, wait 2000).
	 * Accepted 4, dropped 2, max 2000, avg (667+1334+2000+2000)/4 = 1500.25 → 1500.
	 * Token: 2 tokens spent at 333 and 666, refill at 1000 before the arrival,
	 * 1333/1666 dropped, refill at 2000 before the arrival: the same 4 / 2.
	 */
	it('fractional intervals floor to whole milliseconds', () => {
		const p = {capacity: 2, rate: 1, burst: 0, steadyRate: 3, duration: 2};
		const leaky = summarize({...p, algorithm: 'leaky-bucket'});
		expect(leaky).toMatchObject({accepted: 4, dropped: 2, maxWaitMs: 2000, avgWaitMs: 1500, served: 2, level: 2});
		expect(leaky.timeline).toEqual([
			{second: 1, arrived: 3, accepted: 3, dropped: 0, served: 1},
			{second: 2, arrived: 3, accepted: 1, dropped: 2, served: 1},
		]);
		expect(summarize({...p, algorithm: 'token-bucket', refill: 'discrete'})).toMatchObject({
			accepted: 4,
			dropped: 2,
			maxWaitMs: 0,
			level: 0,
		});
		// Continuous: 2 tokens at 333 and 666 ms (2 → 1 → 0.333), 0.667 at 1000 (dropped), 1.0 at 1333, then 0.333 and 0.667.
		expect(summarize({...p, algorithm: 'token-bucket'})).toMatchObject({accepted: 3, dropped: 3, maxWaitMs: 0, level: 0});
	});
	/*
	 * Capacity 1, rate 1/s, arrivals every 500 ms. Continuous: the token spent
	 * at 500 is whole again at 1500, so 500, 1500, 2500 get in. Discrete: the
	 * clock drops a token at 1000 whatever happened at 500, so 500 and 1000
	 * both get in: two requests in half a second, above capacity + rate × 0.5 s.
	 */
	it('a continuous token bucket never lets in more than capacity + rate × T; the discrete clock can', () => {
		const p = {algorithm: 'token-bucket', capacity: 1, rate: 1, burst: 0, steadyRate: 2, duration: 3};
		const accepted = (refill: string) => {
			const said: number[] = [];
			let state = rateLimiter.init(rateLimiter.params.parse({...p, refill}), 1);
			while (!rateLimiter.done(state)) {
				state = stepWith(state, {type: 'tick'}, (e) => {
					if (e.kind === 'arrive' && e.accepted > 0) said.push(e.t);
				});
			}
			return said;
		};
		expect(accepted('continuous')).toEqual([500, 1500, 2500]);
		expect(accepted('discrete')).toEqual([500, 1000, 2000, 3000]);
	});
	/*
	 * A burst action: capacity 3, rate 1, no traffic of its own, 1 s. After
	 * one 500 ms tick (window 0..499) inject 5 at t=500: 3 queue (leave at
	 * 1000, 2000, 3000 → waits 500, 1500, 2500), 2 dropped.
	 */
	it('a burst action lands at the current time', () => {
		let s = rateLimiter.init(rateLimiter.params.parse({capacity: 3, rate: 1, burst: 0, steadyRate: 0, duration: 1, tickMs: 500}), 1);
		s = rateLimiter.step(s, {type: 'tick'});
		s = rateLimiter.step(s, {type: 'burst', count: 5});
		while (!rateLimiter.done(s)) s = rateLimiter.step(s, {type: 'tick'});
		expect(rateLimiter.summary(s)).toMatchObject({arrived: 5, accepted: 3, dropped: 2, maxWaitMs: 2500, avgWaitMs: 1500, served: 1});
	});
});

function randomParams(seed: number): RateLimiterParams {
	const r = new Random(seedRandom(seed));
	return rateLimiter.params.parse({
		algorithm: r.int(0, 1) === 0 ? 'leaky-bucket' : 'token-bucket',
		capacity: r.int(1, 30),
		rate: r.int(1, 40),
		burst: r.int(0, 60),
		steadyRate: r.int(0, 40),
		duration: r.int(1, 8),
		tickMs: [10, 37, 100, 1000][r.int(0, 3)],
	});
}

describe('rate-limiter: invariants over 200 seeds', () => {
	// The reference drips whole tokens on the clock: the discrete refill.
	it('matches a millisecond-by-millisecond reference', () => {
		for (let seed = 0; seed < 200; seed++) {
			const p = {...randomParams(seed), refill: 'discrete' as const};
			const s = rateLimiter.summary(run(p));
			const ref = reference(p);
			expect([s.accepted, s.dropped, s.maxWaitMs], `seed ${seed}`).toEqual([ref.accepted, ref.dropped, ref.maxWait]);
			expect(s.timeline.map((r) => [r.arrived, r.accepted, r.dropped, r.served])).toEqual(ref.perSecond);
		}
	});
	it('conserves requests and keeps the bounds', () => {
		for (let seed = 0; seed < 200; seed++) {
			const p = randomParams(seed);
			const s = rateLimiter.summary(run(p));
			expect(s.arrived).toBe(p.burst + p.steadyRate * p.duration);
			expect(s.accepted + s.dropped).toBe(s.arrived);
			if (p.algorithm === 'leaky-bucket') {
				expect(s.served + s.level).toBe(s.accepted);
				// Integer rate: exactly `rate` ticks fall in each second.
				expect(s.peakServedPerSecond).toBeLessThanOrEqual(p.rate);
				expect(s.maxWaitMs).toBeLessThanOrEqual((p.capacity * 1000) / p.rate + 1);
			} else {
				expect(s.served).toBe(s.accepted);
				expect(s.maxWaitMs).toBe(0);
				expect(s.peakServedPerSecond).toBeLessThanOrEqual(p.capacity + p.rate);
			}
		}
	});
	it('leaky and discrete token buckets admit exactly the same requests (mirror images on one clock)', () => {
		for (let seed = 0; seed < 200; seed++) {
			const p = {...randomParams(seed), refill: 'discrete' as const};
			const leaky = rateLimiter.summary(run({...p, algorithm: 'leaky-bucket'}));
			const token = rateLimiter.summary(run({...p, algorithm: 'token-bucket'}));
			expect(leaky.timeline.map((r) => r.accepted)).toEqual(token.timeline.map((r) => r.accepted));
		}
	});
	it('a continuous token bucket keeps the bound over every stretch of whole seconds', () => {
		for (let seed = 0; seed < 200; seed++) {
			const p = {...randomParams(seed), algorithm: 'token-bucket' as const};
			const rows = rateLimiter.summary(run(p)).timeline.map((r) => r.accepted);
			for (let a = 0; a < rows.length; a++) {
				let sum = 0;
				for (let b = a; b < rows.length; b++) {
					sum += rows[b]!;
					expect(sum, `seed ${seed}, seconds ${a + 1}–${b + 1}`).toBeLessThanOrEqual(p.capacity + p.rate * (b - a + 1));
				}
			}
		}
	});
	it('the tick size changes nothing but granularity', () => {
		for (let seed = 0; seed < 50; seed++) {
			const p = randomParams(seed);
			expect(rateLimiter.summary(run({...p, tickMs: 10}))).toEqual(rateLimiter.summary(run({...p, tickMs: 1000})));
		}
	});
});

describe('rate-limiter: contract', () => {
	it('defaults run to done deterministically', () => {
		const a = rateLimiter.summary(run({}));
		expect(a).toEqual(rateLimiter.summary(run({}, 99)));
		expect(a).toMatchObject({arrived: 60, accepted: 50, dropped: 10, maxWaitMs: 2000, peakServedPerSecond: 5});
	});
	it('the worst allowed setup runs to done (its speed: npm run bench:sims)', () => {
		const s = run({capacity: 1000, rate: 999, burst: 10_000, steadyRate: 1000, duration: 120, tickMs: 10});
		expect(rateLimiter.done(s)).toBe(true);
	});
	it('step never mutates its input', () => {
		let s = deepFreeze(rateLimiter.init(rateLimiter.params.parse({}), 1));
		for (let i = 0; i < 30; i++) {
			const copy = structuredClone(s);
			const next = rateLimiter.step(s, i === 5 ? {type: 'burst', count: 7} : {type: 'tick'});
			expect(s).toEqual(copy);
			s = deepFreeze(next);
		}
	});
	it('rejects out-of-range params', () => {
		for (const bad of [{capacity: 0}, {rate: 0}, {rate: 1.5}, {duration: 121}, {tickMs: 5}, {burst: -1}, {algorithm: 'x'}])
			expect(rateLimiter.params.safeParse(bad).success).toBe(false);
		expect(Object.keys(rateLimiter.paramHelp).sort()).toEqual(Object.keys(rateLimiter.params.parse({})).sort());
	});
});

describe('rate-limiter: proposed challenges are reachable', () => {
	it.each([
		['absorb-burst', {capacity: 20}, (s: ReturnType<typeof summarize>) => s.dropped === 0],
		['short-wait', {rate: 10}, (s: ReturnType<typeof summarize>) => s.maxWaitMs <= 1000],
		['burst-through', {algorithm: 'token-bucket', capacity: 20}, (s: ReturnType<typeof summarize>) => s.peakServedPerSecond >= 20],
		['fewer-drops', {capacity: 15}, (s: ReturnType<typeof summarize>) => s.dropRate < 0.1],
	] as const)('%s', (_id, params, goal) => {
		expect(goal(summarize({}))).toBe(false);
		expect(goal(summarize(params))).toBe(true);
	});
});
