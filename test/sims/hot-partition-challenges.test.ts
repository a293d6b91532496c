import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {HOT_KEY, type HotPartitionState, hotPartition} from '../../source/sims/hot-partition/engine.js';
import {hotPartitionLiveActions} from '../../source/sims/hot-partition/live-actions.js';
import {narrateHotPartition} from '../../source/sims/hot-partition/narrate.js';
import {hotPartitionResultInfo} from '../../source/sims/hot-partition/param-info.js';
import {challengeMet, mainGoal} from '../../source/sims/run.js';

const sim = loadPackDir('lessons')
	.packs.flatMap((p) => p.simulations)
	.find((s) => s.engine === 'hot-partition')!;
const start = (o: Record<string, unknown> = {}, seed = 1) => hotPartition.init(hotPartition.params.parse(o), seed);
const toEnd = (s: HotPartitionState) => {
	let state = s;
	while (!hotPartition.done(state)) state = hotPartition.step(state, {type: 'tick'});
	return state;
};
const summary = (o: Record<string, unknown> = {}, seed = 1) => hotPartition.summary(toEnd(start(o, seed)));
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);

const NO_TRAFFIC = {readRate: 0, writeRate: 0, burstRate: 0};
/** Per challenge: settings that must not meet it, added to the pack's params (and, marked, to the solution). */
const DEGENERATE: Record<string, Record<string, unknown>[]> = {
	'cool-the-hot-partition': [
		NO_TRAFFIC,
		{channels: 1},
		{nodes: 1},
		{nodes: 36},
		{nodes: 200, replicationFactor: 5},
		{coalescing: true},
		{coalescing: true, instances: 8},
		{routing: 'channel-hash'},
		{db: 'scylla'},
		{coalescing: true, routing: 'channel-hash', instances: 1},
		{coalescing: true, routing: 'channel-hash', ...NO_TRAFFIC},
		{coalescing: true, routing: 'channel-hash', burstMs: 0},
		{burstRate: 0},
		{zipfExponent: 0},
	],
	'more-nodes-same-hot-spot': [NO_TRAFFIC, {nodes: 1}, {channels: 1}, {nodes: 36, ...NO_TRAFFIC}, {nodes: 36, burstMs: 0}],
	'calm-tail': [
		NO_TRAFFIC,
		{channels: 1},
		{nodes: 1},
		{nodes: 200},
		{db: 'scylla'},
		{db: 'scylla', coalescing: true},
		{coalescing: true, routing: 'channel-hash'},
		{coalescing: true, routing: 'channel-hash', nodes: 60},
		{db: 'scylla', coalescing: true, routing: 'channel-hash', ...NO_TRAFFIC},
		// Cassandra without its GC pauses, or with faster reads: refused, the scenario keeps them.
		{coalescing: true, routing: 'channel-hash', gcPauseMs: 0},
		{coalescing: true, routing: 'channel-hash', readP99Ms: 5},
	],
};

describe('the chapter 49 challenges', () => {
	it('has three challenges, each with degenerate settings, and the first one’s metric is a result shown first', () => {
		expect(sim.challenges.map((c) => c.id)).toEqual(Object.keys(DEGENERATE));
		// The screen asks for a prediction of the first challenge's main (last numeric) goal.
		const metric = mainGoal(sim.challenges[0]!.goal)?.metric;
		expect(metric).toBe('hotPartitionQueries');
		expect(Object.keys(hotPartitionResultInfo)[0]).toBe(metric);
	});

	it.each(sim.challenges.map((c) => [c.id, c] as const))(
		'%s: the pack params fail on seeds 1–20, the solution meets it on all of them',
		(_, c) => {
			const start = hotPartition.params.parse(sim.params);
			const solved = hotPartition.params.parse({...sim.params, ...c.solution});
			for (const seed of SEEDS) {
				expect(challengeMet(c, start, start, summary(start, seed)), `defaults, seed ${seed}`).toBe(false);
				expect(challengeMet(c, start, solved, summary(solved, seed)), `solution, seed ${seed}`).toBe(true);
			}
		},
	);

	it.each(sim.challenges.map((c) => [c.id, c] as const))('%s: no degenerate setting meets it (seeds 1–5)', (id, c) => {
		const start = hotPartition.params.parse(sim.params);
		for (const setting of DEGENERATE[id]!) {
			const params = hotPartition.params.parse({...sim.params, ...setting});
			for (const seed of [1, 2, 3, 4, 5])
				expect(challengeMet(c, start, params, summary(params, seed)), `${JSON.stringify(setting)} seed ${seed}`).toBe(false);
		}
	});

	it('the prediction: the default run sends every hot-partition read to the database, about 4,300 queries', () => {
		const s = summary(sim.params, 1);
		expect(s.hotPartitionQueries).toBe(s.hotPartitionReads);
		expect(s.hotPartitionQueries).toBeGreaterThan(4000);
		expect(s.hotPartitionQueries).toBeLessThan(5000);
	});
});

describe('degenerate settings', () => {
	it('zero traffic: nothing read, nothing queried, latency 0', () => {
		expect(summary(NO_TRAFFIC)).toMatchObject({reads: 0, dbQueries: 0, p50Ms: 0, p99Ms: 0, failedReads: 0, hotNodeUtilization: 0});
	});

	it('one channel: every read is of channel #0, and coalescing by channel folds almost all of them', () => {
		const s = summary({channels: 1, coalescing: true, routing: 'channel-hash', historyShare: 0});
		expect(s.hotPartitionReads).toBe(s.reads);
		expect(s.coalescingRatio).toBeGreaterThan(0.9);
	});

	it('one node holds every replica: the replication factor is capped by the node count', () => {
		const s = summary({nodes: 1});
		expect(s.hotReplicas).toEqual([0]);
		expect(s.hotNode).toBe(0);
	});
});

describe('live actions and narration', () => {
	const [everyone, addNode, gcPause] = hotPartitionLiveActions;

	it('@everyone starts a burst now, told in both languages', () => {
		const s = start({burstAt: 5000, durationMs: 6000});
		const a = everyone!.make(s)!;
		const next = hotPartition.step(s, a as never);
		expect(next.burstFrom).toBe(0);
		expect(next.burstUntil).toBe(200);
		expect(narrateHotPartition(s, next, a as never)[0]!.en).toBe('@everyone in channel #0: for 200 ms its members read partition 0:0');
		expect(everyone!.make(start({burstMs: 0}))).toBeUndefined();
	});

	it('adding a node leaves the hot partition on three nodes', () => {
		let s = start();
		for (let i = 0; i < 30; i++) s = hotPartition.step(s, addNode!.make(s) as never);
		expect(s.nodeCount).toBe(42);
		const after = hotPartition.summary(s).hotReplicas;
		expect(new Set(after).size).toBe(3);
		const said = narrateHotPartition(s, hotPartition.step(s, {type: 'add-node'}), {type: 'add-node'})[0]!.en;
		expect(said).toMatch(/^node n42 joins the ring; the hot partition 0:0 still lives on n\d+, n\d+, n\d+ only$/);
	});

	it('a GC pause on the hot node stops it: nothing starts there until it ends', () => {
		let s = start();
		for (let i = 0; i < 120; i++) s = hotPartition.step(s, {type: 'tick'});
		const a = gcPause!.make(s) as {type: 'gc-pause'; node: number};
		const node = hotPartition.summary(s).hotReplicas[0];
		expect(a).toEqual({type: 'gc-pause', node});
		s = hotPartition.step(s, a);
		const running = s.nodes[node!]!.running.map((r) => r.query.id);
		for (let i = 0; i < 50; i++) s = hotPartition.step(s, {type: 'tick'});
		expect(s.nodes[node!]!.running.map((r) => r.query.id)).toEqual(running);
		expect(gcPause!.make(start({db: 'scylla'}))).toBeUndefined();
	});

	it('narrates the @everyone of the default run at 100 ms, with the reads that came with it', () => {
		let s = start();
		const said: string[] = [];
		for (let i = 0; i <= 100; i++) {
			const next = hotPartition.step(s, {type: 'tick'});
			if (i === 100) said.push(...narrateHotPartition(s, next, {type: 'tick'}).map((l) => l.en));
			s = next;
		}
		expect(said[0]).toBe(`@everyone in channel #0: everyone reads partition ${HOT_KEY} at once`);
		expect(said[1]).toMatch(/^\d+ reads \(\d+ @everyone\) → \d+ new DB quer(y|ies), 0 joined one in flight$/);
	});
});
