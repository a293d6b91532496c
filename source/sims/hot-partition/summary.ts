/** The summary of a run: load on the hot partition and its nodes, coalescing, and read latency. */
import {items} from './chunked.js';
import {bucketOf, percentile} from './latency.js';
import type {HotPartitionParams} from './params.js';
import {HOT_KEY, replicasNow} from './cluster.js';
import type {HotPartitionState} from './types.js';

/**
 * As Discord reported them ("How Discord Stores Trillions of Messages", 2023):
 * p99 of fetching historical messages, and the size of the messages cluster.
 */
export const REPORTED = {
	source:
		'Discord Engineering, "How Discord Stores Trillions of Messages" (2023) — https://discord.com/blog/how-discord-stores-trillions-of-messages',
	cassandra: {nodes: 177, p99Ms: '40–125'},
	scylla: {nodes: 72, p99Ms: '15'},
} as const;

export interface HotPartitionSummary {
	db: HotPartitionParams['db'];
	nodes: number;
	instances: number;
	routing: HotPartitionParams['routing'];
	coalescing: boolean;
	reads: number;
	burstReads: number;
	dbQueries: number;
	/** Reads answered by a query another read sent (0–1). */
	coalescingRatio: number;
	hotPartition: string;
	hotReplicas: number[];
	hotPartitionReads: number;
	hotPartitionQueries: number;
	/** The busiest node's share of core time on reads, during the burst (the whole run without one). */
	hotNodeUtilization: number;
	hotNode: number;
	p50Ms: number;
	p99Ms: number;
	/** Reads refused by a full queue or dropped after the timeout. */
	failedReads: number;
	/** Reads still waiting when the run stopped (counted in the percentiles at their age then). */
	unfinished: number;
	gcPauses: number;
	reportedNodes: number;
	reportedP99Ms: string;
}

/** Reads answered or failed by latency bucket, plus those still waiting, at their age now. */
export function latencyCounts(s: HotPartitionState): {counts: number[]; unfinished: number} {
	const counts = s.latency.slice();
	let unfinished = 0;
	const add = (at: number) => {
		counts[bucketOf(s.tick - at)]!++;
		unfinished++;
	};
	for (const list of s.inflight) for (const f of list) for (const r of f.readers) add(r.at);
	for (const n of s.nodes) {
		for (const q of n.queues) for (const x of items(q)) if (x.read) add(x.read.at);
		for (const r of n.running) if (r.query.read) add(r.query.read.at);
	}
	return {counts, unfinished};
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Each node's share of core time spent on reads, during the burst if there was
 * one, else over the run. Cassandra's cores share one queue, so it is the
 * node's average; a ScyllaDB partition is served by one shard, so it is the
 * busiest shard's. Reads started count in full (one running past the end can
 * push it a little over 1; it is capped there).
 */
export function utilizations(s: HotPartitionState): number[] {
	const ticks = s.burstTicks > 0 ? s.burstTicks : s.tick;
	if (ticks === 0) return s.nodes.map(() => 0);
	const perLane = s.params.db === 'scylla' ? 1 : s.params.coresPerNode;
	return s.nodes.map((n) => Math.min(1, Math.max(...(s.burstTicks > 0 ? n.burstBusy : n.busy)) / (perLane * ticks)));
}

export function summarize(s: HotPartitionState): HotPartitionSummary {
	const p = s.params;
	const c = s.counters;
	const {counts, unfinished} = latencyCounts(s);
	const util = utilizations(s);
	let hotNode = 0;
	for (let i = 1; i < util.length; i++) if (util[i]! > util[hotNode]!) hotNode = i;
	return {
		db: p.db,
		nodes: s.nodeCount,
		instances: p.instances,
		routing: p.routing,
		coalescing: p.coalescing,
		reads: c.reads,
		burstReads: c.burstReads,
		dbQueries: c.queries,
		coalescingRatio: c.reads > 0 ? round3(c.coalesced / c.reads) : 0,
		hotPartition: HOT_KEY,
		hotReplicas: replicasNow(s, HOT_KEY),
		hotPartitionReads: c.hotReads,
		hotPartitionQueries: c.hotQueries,
		hotNodeUtilization: round3(util[hotNode] ?? 0),
		hotNode,
		p50Ms: percentile(counts, 0.5),
		p99Ms: percentile(counts, 0.99),
		failedReads: c.failed,
		unfinished,
		gcPauses: s.nodes.reduce((n, x) => n + x.gcPauses, 0),
		reportedNodes: REPORTED[p.db].nodes,
		reportedP99Ms: REPORTED[p.db].p99Ms,
	};
}
