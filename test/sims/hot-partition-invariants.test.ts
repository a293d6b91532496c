import {describe, expect, it} from 'vitest';
import {items} from '../../source/sims/hot-partition/chunked.js';
import {type HotPartitionState, hotPartition} from '../../source/sims/hot-partition/engine.js';

/** Every DB query in flight: queued or running on a node. */
function inFlight(s: HotPartitionState) {
	return s.nodes.flatMap((n) => [...n.queues.flatMap((q) => [...items(q)]), ...n.running.map((r) => r.query)]);
}

/** The largest number of queries in flight for one (instance, partition) pair, over a whole run; and the delivery checks. */
function check(params: Record<string, unknown>, seed: number) {
	let s = hotPartition.init(hotPartition.params.parse(params), seed);
	let most = 0;
	const versionOf = new Map<number, number>();
	let delivered = 0;
	let older = 0;
	let mixed = 0;
	while (!hotPartition.done(s)) {
		s = hotPartition.step(s, {type: 'tick'});
		const per = new Map<string, number>();
		for (const q of inFlight(s)) {
			const k = `${q.instance}/${q.key}`;
			per.set(k, (per.get(k) ?? 0) + 1);
		}
		for (const n of per.values()) most = Math.max(most, n);
		for (const d of s.delivered) {
			delivered++;
			if (d.version < d.seen) older++;
			const v = versionOf.get(d.query);
			if (v === undefined) versionOf.set(d.query, d.version);
			else if (v !== d.version) mixed++;
		}
	}
	return {most, delivered, older, mixed, summary: hotPartition.summary(s)};
}

// A short run with a long burst and busy writes, so coalesced reads cross new versions of the hot row.
const SHORT = {durationMs: 250, burstAt: 20, burstMs: 200, burstRate: 30, writeRate: 3, channels: 50};

describe('hot-partition invariants over 200 seeds', () => {
	it('with coalescing: at most one DB query in flight per partition per instance; one row version per coalesced read, never older than when it arrived', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const params = {
				...SHORT,
				coalescing: true,
				routing: seed % 2 === 0 ? 'channel-hash' : 'random',
				db: seed % 3 === 0 ? 'scylla' : 'cassandra',
				instances: 1 + (seed % 16),
			};
			const r = check(params, seed);
			expect(r.most, `seed ${seed}`).toBeLessThanOrEqual(1);
			expect(r.mixed, `seed ${seed}`).toBe(0);
			expect(r.older, `seed ${seed}`).toBe(0);
			expect(r.delivered, `seed ${seed}`).toBeGreaterThan(0);
			// Every read is answered, fails or is still waiting: none is lost.
			const s = r.summary;
			expect(s.reads).toBe(r.delivered + s.unfinished);
			expect(s.coalescingRatio).toBeGreaterThan(0);
		}
	});

	it('without coalescing the same traffic puts many queries for the hot partition in flight at one instance', () => {
		const r = check({...SHORT, coalescing: false, routing: 'channel-hash'}, 1);
		expect(r.most).toBeGreaterThan(10);
		expect(r.summary.coalescingRatio).toBe(0);
		expect(r.summary.dbQueries).toBe(r.summary.reads);
	});
});
