import {describe, expect, it} from 'vitest';
import {murmur3String} from '../../source/sims/hash/murmur3.js';
import {HOT_KEY, type HotPartitionState, hotPartition} from '../../source/sims/hot-partition/engine.js';
import {bucketOf, lowerEdge, percentile} from '../../source/sims/hot-partition/latency.js';
import {instanceFor, replicasOf, shardOf, tokenOf, tokenRing} from '../../source/sims/hot-partition/ring.js';
import {lognormalMs, poisson, zipfCdf, zipfChannel} from '../../source/sims/hot-partition/sampling.js';
import {REPORTED} from '../../source/sims/hot-partition/summary.js';
import {Random, seedRandom} from '../../source/sims/random.js';

const start = (o: Record<string, unknown> = {}, seed = 1) => hotPartition.init(hotPartition.params.parse(o), seed);
const toEnd = (s: HotPartitionState) => {
	let state = s;
	while (!hotPartition.done(state)) state = hotPartition.step(state, {type: 'tick'});
	return state;
};
const run = (o: Record<string, unknown> = {}, seed = 1) => toEnd(start(o, seed));
const summary = (o: Record<string, unknown> = {}, seed = 1) => hotPartition.summary(run(o, seed));
describe('sampling', () => {
	it('Zipf: the CDF is the normalised harmonic sum (n = 3, s = 1: 6/11, 9/11, 1)', () => {
		const cdf = zipfCdf(3, 1);
		expect([...cdf].map((x) => x * 11)).toEqual([6, 9, 11].map((x) => expect.closeTo(x, 12)));
		expect([...zipfCdf(4, 0)]).toEqual([0.25, 0.5, 0.75, 1]);
	});

	it('Zipf draws follow the CDF (100,000 draws of 1,000 channels, s = 1)', () => {
		const random = new Random(seedRandom(5));
		const cdf = zipfCdf(1000, 1);
		const counts = new Map<number, number>();
		for (let i = 0; i < 100_000; i++) {
			const c = zipfChannel(random, cdf);
			counts.set(c, (counts.get(c) ?? 0) + 1);
		}
		// H(1000) = 7.4855: rank 1 gets 13.36%, rank 2 6.68%, rank 10 1.34%.
		expect((counts.get(0) ?? 0) / 100_000).toBeCloseTo(1 / 7.4855, 2);
		expect((counts.get(1) ?? 0) / 100_000).toBeCloseTo(0.5 / 7.4855, 2);
		expect((counts.get(9) ?? 0) / 100_000).toBeCloseTo(0.1 / 7.4855, 2);
	});

	it('Poisson counts have mean and variance λ, small λ and a split large one', () => {
		for (const mean of [3, 45]) {
			const random = new Random(seedRandom(9));
			const xs = Array.from({length: 20_000}, () => poisson(random, mean));
			const m = xs.reduce((a, b) => a + b, 0) / xs.length;
			const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
			expect(Math.abs(m - mean) / mean).toBeLessThan(0.02);
			expect(Math.abs(v - mean) / mean).toBeLessThan(0.05);
		}
		expect(poisson(new Random(seedRandom(1)), 0)).toBe(0);
	});

	it('lognormal read times have the median and 99th percentile asked for', () => {
		const random = new Random(seedRandom(2));
		const xs = Array.from({length: 40_000}, () => lognormalMs(random, 20, 150)).sort((a, b) => a - b);
		expect(xs[20_000]).toBeGreaterThanOrEqual(19);
		expect(xs[20_000]).toBeLessThanOrEqual(21);
		expect(xs[39_600]).toBeGreaterThanOrEqual(140);
		expect(xs[39_600]).toBeLessThanOrEqual(160);
	});
});

describe('the token ring and the routing', () => {
	it('puts a partition on the first distinct nodes clockwise from its MurmurHash3 token', () => {
		const ring = tokenRing(2, 1);
		const n0 = murmur3String('node-0#0');
		const n1 = murmur3String('node-1#0');
		const [low, high] = n0 < n1 ? [0, 1] : [1, 0];
		const lowToken = Math.min(n0, n1);
		const highToken = Math.max(n0, n1);
		expect([...ring.tokens]).toEqual([lowToken, highToken]);
		expect(replicasOf(ring, lowToken, 1)).toEqual([low]);
		expect(replicasOf(ring, lowToken + 1, 2)).toEqual([high, low]);
		// Past the last token the walk wraps to the first.
		expect(replicasOf(ring, highToken + 1, 1)).toEqual([low]);
		expect(tokenOf('0:0')).toBe(murmur3String('0:0'));
	});

	it('keeps one partition on replicationFactor nodes however many nodes there are', () => {
		for (let nodes = 3; nodes <= 200; nodes += 11) {
			const reps = replicasOf(tokenRing(nodes, 16), tokenOf(HOT_KEY), 3);
			expect(new Set(reps).size).toBe(3);
		}
		expect(replicasOf(tokenRing(1, 16), tokenOf(HOT_KEY), 3)).toEqual([0]);
	});

	it('routes a channel to one instance, and moves few channels when an instance is added (rendezvous hashing)', () => {
		expect(instanceFor(42, 16)).toBe(instanceFor(42, 16));
		let moved = 0;
		for (let c = 0; c < 2000; c++) if (instanceFor(c, 16) !== instanceFor(c, 17)) moved++;
		// Only the channels the new instance wins move: about 1/17 of them.
		expect(moved / 2000).toBeGreaterThan(0.03);
		expect(moved / 2000).toBeLessThan(0.09);
		for (let c = 0; c < 2000; c++) if (instanceFor(c, 16) !== instanceFor(c, 17)) expect(instanceFor(c, 17)).toBe(16);
	});

	it("gives a token to ScyllaDB's shard ⌊token × shards / 2^32⌋", () => {
		expect(shardOf(0, 4)).toBe(0);
		expect(shardOf(2 ** 31, 4)).toBe(2);
		expect(shardOf(2 ** 32 - 1, 4)).toBe(3);
	});

	it('buckets latencies 1 ms wide below 100 ms, 10 ms below 1 s, 100 ms below 10 s', () => {
		expect([0, 99, 100, 109, 110, 999, 1000, 9999, 10_000, 99_999].map(bucketOf)).toEqual([0, 99, 100, 100, 101, 189, 190, 279, 280, 280]);
		expect([99, 100, 189, 190, 279, 280].map(lowerEdge)).toEqual([99, 100, 990, 1000, 9900, 10_000]);
		const counts = Array(281).fill(0);
		counts[2] = 98;
		counts[bucketOf(450)] = 2;
		expect(percentile(counts, 0.5)).toBe(2);
		expect(percentile(counts, 0.98)).toBe(2);
		expect(percentile(counts, 0.99)).toBe(450);
	});
});

describe('what Discord reported', () => {
	it('keeps the published figures as data, with their source', () => {
		expect(REPORTED.cassandra).toEqual({nodes: 177, p99Ms: '40–125'});
		expect(REPORTED.scylla).toEqual({nodes: 72, p99Ms: '15'});
		expect(REPORTED.source).toContain('https://discord.com/blog/how-discord-stores-trillions-of-messages');
		expect(summary({db: 'scylla', burstMs: 0, durationMs: 100})).toMatchObject({reportedNodes: 72, reportedP99Ms: '15'});
		expect(hotPartition.params.parse({})).toMatchObject({replicationFactor: 3, readP99Ms: 15, vnodes: 16});
	});
});
