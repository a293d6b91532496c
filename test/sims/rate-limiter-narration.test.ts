/**
 * The rate limiter's narration: a burst says which requests got in and which
 * were dropped, by number, and why, for each algorithm; the queue and the
 * tokens say what they do between arrivals. Sentences are the engine's own
 * step replayed, so the counts agree with the summary.
 */
import {describe, expect, it} from 'vitest';
import {width} from '../../source/content/text.js';
import type {Localized} from '../../source/content/schema.js';
import type {RateLimiterParams, RateLimiterState} from '../../source/sims/rate-limiter/engine.js';
import {rateLimiterSim as sim} from '../../source/sims/rate-limiter/index.js';

const {engine} = sim;
const narrate = sim.narrate!;
type Step = {type: 'tick'} | {type: 'burst'; count: number};

function start(input: Partial<RateLimiterParams>): RateLimiterState {
	return engine.init(engine.params.parse(input), 1);
}
/** The state after the step and what the step said. */
function say(state: RateLimiterState, action: Step): [RateLimiterState, Localized[]] {
	const next = engine.step(state, action);
	return [next, narrate(state, next, action)];
}

// capacity 3, rate 2/s (bucket ticks at 500, 1000 ms), a burst of 5 at t=0, no steady traffic, 500 ms steps.
const base = {capacity: 3, rate: 2, burst: 5, steadyRate: 0, duration: 1, tickMs: 500};

describe('rate-limiter narration', () => {
	it('leaky bucket: the burst fills the queue, the rest is dropped, then the queue drains one per tick', () => {
		let s = start({...base, algorithm: 'leaky-bucket'});
		let said: Localized[];
		[s, said] = say(s, {type: 'tick'});
		expect(said).toEqual([
			{
				en: '0.0s: 5 at once: accepted #1–#3 (queued), dropped #4–#5 (queue full)',
				ko: '0.0초: 5개가 동시에 온다. 수락 #1–#3(대기열로), 거절 #4–#5(꽉 참)',
			},
		]);
		[s, said] = say(s, {type: 'tick'});
		expect(said).toEqual([
			{
				en: '0.5s: the oldest in the queue goes on to the backend (2/3 waiting)',
				ko: '0.5초: 가장 오래 기다린 요청이 백엔드로 나간다(대기 2/3)',
			},
		]);
		// A burst action at 1000 ms (after the second step): the 1000 ms tick frees a slot first, two get in, one is dropped.
		[s, said] = say(s, {type: 'burst', count: 3});
		expect(said).toEqual([
			{
				en: '1.0s: the oldest in the queue goes on to the backend (1/3 waiting)',
				ko: '1.0초: 가장 오래 기다린 요청이 백엔드로 나간다(대기 1/3)',
			},
			{
				en: '1.0s: 3 at once: accepted #6–#7 (queued), dropped #8 (queue full)',
				ko: '1.0초: 3개가 동시에 온다. 수락 #6–#7(대기열로), 거절 #8(꽉 참)',
			},
		]);
		expect(engine.summary(s)).toMatchObject({arrived: 8, accepted: 5, dropped: 3});
	});

	it('token bucket: the burst spends every token and goes straight on, the rest is dropped, then tokens drip in', () => {
		let s = start({...base, algorithm: 'token-bucket'});
		let said: Localized[];
		[s, said] = say(s, {type: 'tick'});
		expect(said).toEqual([
			{
				en: '0.0s: 5 at once: accepted #1–#3 (1 token each), dropped #4–#5 (no token)',
				ko: '0.0초: 5개가 동시에 온다. 수락 #1–#3(토큰 1개씩), 거절 #4–#5(토큰 없음)',
			},
		]);
		[s, said] = say(s, {type: 'tick'});
		expect(said).toEqual([{en: '0.5s: a token drips in (1/3)', ko: '0.5초: 토큰 하나가 채워진다(1/3)'}]);
		// At 1000 ms a second token drips in first: two of three get in.
		[s, said] = say(s, {type: 'burst', count: 3});
		expect(said).toEqual([
			{en: '1.0s: a token drips in (2/3)', ko: '1.0초: 토큰 하나가 채워진다(2/3)'},
			{
				en: '1.0s: 3 at once: accepted #6–#7 (1 token each), dropped #8 (no token)',
				ko: '1.0초: 3개가 동시에 온다. 수락 #6–#7(토큰 1개씩), 거절 #8(토큰 없음)',
			},
		]);
		[s, said] = say(s, {type: 'burst', count: 1});
		expect(said).toEqual([{en: '1.0s: req #9 dropped (no token)', ko: '1.0초: 요청 #9 거절(토큰이 없다)'}]);
		expect(engine.summary(s)).toMatchObject({arrived: 9, accepted: 5, dropped: 4});
	});

	it('a burst that fits, and one that finds no room at all', () => {
		let said: Localized[];
		[, said] = say(start({...base, burst: 2, algorithm: 'leaky-bucket'}), {type: 'tick'});
		expect(said).toEqual([
			{
				en: '0.0s: 2 at once: accepted #1–#2 (queued, 2/3 waiting)',
				ko: '0.0초: 2개가 동시에 온다. 수락 #1–#2(대기열로, 대기 2/3)',
			},
		]);
		// 300 ms steps: the burst at 300 ms comes before the 500 ms refill, with every token spent.
		const [empty] = say(start({...base, tickMs: 300, algorithm: 'token-bucket'}), {type: 'tick'});
		[, said] = say(empty, {type: 'burst', count: 4});
		expect(said).toEqual([{en: '0.3s: 4 at once: dropped #6–#9 (no token)', ko: '0.3초: 4개가 동시에 온다. 거절 #6–#9(토큰 없음)'}]);
		// No burst, a full bucket: the refill at 500 ms is lost (nothing said), one request spends a token.
		const [quiet] = say(start({...base, burst: 0, algorithm: 'token-bucket'}), {type: 'tick'});
		[, said] = say(quiet, {type: 'burst', count: 1});
		expect(said).toEqual([
			{en: '0.5s: req #1 accepted (spends a token, 2/3 left)', ko: '0.5초: 요청 #1 수락(토큰 하나를 쓴다, 남은 토큰 2/3)'},
		]);
	});

	it('over a default run, every sentence fits a line of the 80-column screen and the arrivals add up', () => {
		for (const algorithm of ['leaky-bucket', 'token-bucket'] as const) {
			let s = start({algorithm});
			let lines = 0;
			while (!engine.done(s)) {
				const [next, said] = say(s, {type: 'tick'});
				for (const line of said) {
					expect(width(line.en), line.en).toBeLessThanOrEqual(76);
					expect(width(line.ko), line.ko).toBeLessThanOrEqual(76);
				}
				lines += said.length;
				s = next;
			}
			// The burst is one sentence, each steady request one more; the rest are drains or refills.
			const {arrived} = engine.summary(s);
			expect(arrived).toBe(20 + 4 * 10);
			expect(lines).toBeGreaterThan(1 + 4 * 10);
		}
	});
});
