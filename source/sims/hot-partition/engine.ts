/**
 * Discord's message reads (chapter 49). Messages are partitioned by
 * (channel, time bucket) and each partition lives on `replicationFactor`
 * nodes of a token ring. Reads arrive as a Poisson stream, their channels
 * Zipf-distributed; at `burstAt` an @everyone in channel #0 sends a burst of
 * reads of its newest bucket: the hot partition. Every read goes through a
 * data-service instance (random, or by a hash of its channel) that either
 * queries the database for it or, with coalescing, lets it wait for a query
 * for the same partition already in flight at that instance. One tick is one
 * millisecond.
 */
import {Random, seedRandom} from '../random.js';
import {LATENCY_BUCKETS, withLatencies} from './latency.js';
import type {SimEngine} from '../types.js';
import {emptyNode, paused, queued, stepNode} from './node.js';
import {type HotPartitionParams, hotPartitionParamHelp, hotPartitionParams} from './params.js';
import {HOT_KEY, inBurst, lanesOf, perLaneOf} from './cluster.js';
import {instanceFor, partitionKey, replicasOf, shardOf, tokenOf, tokenRing} from './ring.js';
import {lognormalMs, poisson, zipfCdf, zipfChannel} from './sampling.js';
import {type HotPartitionSummary, summarize} from './summary.js';
import type {Delivery, HotPartitionState, InFlight, Query, Read} from './types.js';

export type {HotPartitionSummary} from './summary.js';
export type {HotPartitionState} from './types.js';
export {hotPartitionParams, type HotPartitionParams} from './params.js';
export {HOT_KEY} from './cluster.js';

export type HotPartitionAction = {type: 'everyone'} | {type: 'add-node'} | {type: 'gc-pause'; node: number};

/** How long after the traffic stops the run waits for queued reads at most (they time out before that). */
const DRAIN_SLACK_MS = 2000;

function init(params: HotPartitionParams, seed: number): HotPartitionState {
	return {
		params,
		tick: 0,
		random: seedRandom(seed),
		nodeCount: params.nodes,
		nodes: Array.from({length: params.nodes}, () => emptyNode(lanesOf(params))),
		inflight: Array.from({length: params.instances}, () => []),
		versions: new Map(),
		burstFrom: params.burstAt,
		burstUntil: params.burstAt + params.burstMs,
		burstTicks: 0,
		nextQuery: 0,
		nextRead: 0,
		counters: {reads: 0, queries: 0, coalesced: 0, hotReads: 0, hotQueries: 0, burstReads: 0, answered: 0, failed: 0},
		latency: Array(LATENCY_BUCKETS).fill(0),
		delivered: [],
		news: {arrived: 0, burstArrived: 0, queries: 0, joined: 0, answered: 0, failed: 0, gcStarted: [], writes: 0},
		note: null,
	};
}

function tick(s: HotPartitionState): HotPartitionState {
	const p = s.params;
	const t = s.tick;
	const random = new Random(s.random);
	const traffic = t < p.durationMs;
	const burst = inBurst(s);
	const c = {...s.counters};

	// Stop-the-world pauses: a Poisson process per Cassandra node.
	const gcStarted: number[] = [];
	let nodes = s.nodes;
	if (p.db === 'cassandra' && p.gcPauseMs > 0) {
		nodes = nodes.map((n, i) => {
			if (n.pausedUntil > t || random.float() >= 1 / p.gcEveryMs) return n;
			gcStarted.push(i);
			return paused(n, t, p.gcPauseMs);
		});
	}

	// New messages make newer versions of their channel's current bucket; @everyone is one of them.
	const cdf = zipfCdf(p.channels, p.zipfExponent);
	const writes = traffic ? poisson(random, p.writeRate) + (burst && t === s.burstFrom ? 1 : 0) : 0;
	const written: number[] = [];
	for (let i = 0; i < writes; i++) written.push(burst && t === s.burstFrom && i === writes - 1 ? 0 : zipfChannel(random, cdf));
	let versions = s.versions;
	if (written.length > 0) {
		const next = new Map(versions);
		for (const ch of written) next.set(ch, (next.get(ch) ?? 0) + 1);
		versions = next;
	}
	const versionOf = (channel: number, bucket: number) => (bucket === 0 ? (versions.get(channel) ?? 0) : 0);

	// Reads: each to an instance, which joins a query in flight or sends a new one to a replica.
	const base = traffic ? poisson(random, p.readRate) : 0;
	const extra = burst ? poisson(random, p.burstRate) : 0;
	const ring = tokenRing(s.nodeCount, p.vnodes);
	const rf = Math.min(p.replicationFactor, s.nodeCount);
	const inflight = s.inflight.slice();
	const added = new Map<number, Query[][]>();
	let nextQuery = s.nextQuery;
	let nextRead = s.nextRead;
	let queries = 0;
	let joined = 0;
	for (let i = 0; i < base + extra; i++) {
		const fromBurst = i >= base;
		const channel = fromBurst ? 0 : zipfChannel(random, cdf);
		const bucket = !fromBurst && random.float() < p.historyShare ? random.int(1, p.historyBuckets) : 0;
		const key = partitionKey(channel, bucket);
		const instance = p.routing === 'random' ? random.int(0, p.instances - 1) : instanceFor(channel, p.instances);
		const read: Read = {id: nextRead++, at: t, seen: versionOf(channel, bucket)};
		c.reads++;
		if (fromBurst) c.burstReads++;
		if (key === HOT_KEY) c.hotReads++;
		if (p.coalescing) {
			const list = inflight[instance]!;
			const at = list.findIndex((f) => f.key === key);
			if (at >= 0) {
				const f = list[at]!;
				inflight[instance] = list.with(at, {...f, readers: [...f.readers, read]});
				c.coalesced++;
				joined++;
				continue;
			}
		}
		const token = tokenOf(key);
		const replicas = replicasOf(ring, token, rf);
		const node = replicas[random.int(0, replicas.length - 1)]!;
		const lane = p.db === 'scylla' ? shardOf(token, p.coresPerNode) : 0;
		const service = lognormalMs(random, p.readP50Ms, p.readP99Ms);
		const fields = {id: nextQuery++, instance, channel, bucket, key, node, lane, created: t, service};
		const query: Query = p.coalescing ? fields : {id: fields.id, instance, channel, bucket, key, node, lane, created: t, service, read};
		if (p.coalescing) inflight[instance] = [...inflight[instance]!, {query: query.id, key, readers: [read]}];
		let lanes = added.get(node);
		if (!lanes) {
			lanes = Array.from({length: lanesOf(p)}, () => []);
			added.set(node, lanes);
		}
		lanes[lane]!.push(query);
		c.queries++;
		queries++;
		if (key === HOT_KEY) c.hotQueries++;
	}

	// The nodes work; finished queries answer every read waiting for them, with the row as it is now.
	const delivered: Delivery[] = [];
	const answer = (q: Query, ok: boolean) => {
		let readers: readonly Read[] = q.read ? [q.read] : [];
		if (!q.read) {
			const list = inflight[q.instance]!;
			const at = list.findIndex((f: InFlight) => f.query === q.id);
			readers = list[at]?.readers ?? [];
			inflight[q.instance] = list.filter((_, j) => j !== at);
		}
		const version = versionOf(q.channel, q.bucket);
		for (const r of readers) delivered.push({query: q.id, instance: q.instance, key: q.key, version, seen: r.seen, latency: t - r.at, ok});
	};
	const burstWindow = traffic ? {from: s.burstFrom, until: Math.min(s.burstUntil, p.durationMs)} : {from: 0, until: 0};
	nodes = nodes.map((n, i) => {
		const stepped = stepNode(n, t, perLaneOf(p), added.get(i), p, burstWindow);
		for (const q of stepped.rejected) answer(q, false);
		for (const q of stepped.done) answer(q, true);
		for (const q of stepped.dropped) answer(q, false);
		return stepped.node;
	});
	const latency = withLatencies(
		s.latency,
		delivered.map((d) => (d.ok ? d.latency : Math.max(d.latency, p.timeoutMs))),
	);
	const answered = delivered.filter((d) => d.ok).length;
	c.answered += answered;
	c.failed += delivered.length - answered;
	return {
		...s,
		tick: t + 1,
		random: random.state,
		nodes,
		inflight,
		versions,
		burstTicks: s.burstTicks + (burst ? 1 : 0),
		nextQuery,
		nextRead,
		counters: c,
		latency,
		delivered,
		news: {arrived: base + extra, burstArrived: extra, queries, joined, answered, failed: delivered.length - answered, gcStarted, writes},
		note: null,
	};
}

function act(s: HotPartitionState, action: HotPartitionAction): HotPartitionState {
	const p = s.params;
	if (action.type === 'everyone') {
		if (p.burstMs === 0 || p.burstRate === 0 || s.tick >= p.durationMs) return s;
		return {...s, burstFrom: s.tick, burstUntil: s.tick + p.burstMs, note: 'burst'};
	}
	if (action.type === 'add-node') {
		if (s.nodeCount >= 200) return s;
		return {...s, nodeCount: s.nodeCount + 1, nodes: [...s.nodes, emptyNode(lanesOf(p))], note: 'node-added'};
	}
	const node = s.nodes[action.node];
	if (!node || p.db !== 'cassandra' || p.gcPauseMs === 0 || node.pausedUntil > s.tick) return s;
	const nodes = s.nodes.with(action.node, paused(node, s.tick, p.gcPauseMs));
	return {...s, nodes, note: 'gc'};
}

/** Whether any read is still waiting for an answer. */
export const busy = (s: HotPartitionState): boolean => s.nodes.some((n) => n.running.length > 0 || queued(n) > 0);

export const hotPartition: SimEngine<HotPartitionParams, HotPartitionState, HotPartitionAction, HotPartitionSummary> = {
	id: 'hot-partition',
	chapter: 49,
	params: hotPartitionParams,
	paramHelp: hotPartitionParamHelp,
	init,
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (s) => s.tick >= s.params.durationMs && (!busy(s) || s.tick >= s.params.durationMs + s.params.timeoutMs + DRAIN_SLACK_MS),
	summary: summarize,
};
