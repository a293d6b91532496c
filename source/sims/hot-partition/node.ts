/**
 * One database node for one millisecond. Cassandra: one queue, any of its
 * cores takes the next read, and a stop-the-world GC pause stops them all.
 * ScyllaDB: shard per core, so a partition's reads queue on the one core that
 * owns its token, and there is no GC. A query still queued `timeoutMs` after
 * it was sent is dropped when it reaches the head (as Cassandra drops expired
 * requests), and a query that finds its queue full is refused: its reads fail. A node with nothing to do is returned as it was.
 */
import {drop, emptyFifo, type Fifo, peek, pushAll} from './chunked.js';
import type {DbNode, Query, Running} from './types.js';

export type NodeStep = {node: DbNode; done: Query[]; dropped: Query[]; rejected: Query[]};

/** The burst as the node sees it: reads started inside [from, until) count toward the burst's utilisation. */
export type Window = {from: number; until: number};

export function emptyNode(lanes: number): DbNode {
	return {
		queues: Array.from({length: lanes}, () => emptyFifo<Query>()),
		running: [],
		pausedUntil: 0,
		busy: Array(lanes).fill(0),
		burstBusy: Array(lanes).fill(0),
		gcPauses: 0,
	};
}

/** A stop-the-world pause from now: nothing starts, and what runs finishes that much later. */
export function paused(node: DbNode, t: number, ms: number): DbNode {
	const running = node.running.map((r) => ({query: r.query, end: r.end + ms}));
	return {...node, running, pausedUntil: t + ms, gcPauses: node.gcPauses + 1};
}

const overlap = (from: number, to: number, w: Window) => Math.max(0, Math.min(to, w.until) - Math.max(from, w.from));

export function stepNode(
	node: DbNode,
	t: number,
	perLane: number,
	added: readonly (readonly Query[])[] | undefined,
	limits: {timeoutMs: number; queueLimit: number},
	burst: Window,
): NodeStep {
	const {timeoutMs, queueLimit} = limits;
	const rejected: Query[] = [];
	const queues = added
		? node.queues.map((q, lane) => {
				const more = added[lane] ?? [];
				const room = Math.max(0, queueLimit - q.size);
				rejected.push(...more.slice(room));
				return pushAll(q, more.slice(0, room));
			})
		: node.queues;
	const nothingDue = node.running.every((r) => r.end > t);
	const full = node.running.length >= perLane * queues.length;
	if (node.pausedUntil > t || (nothingDue && (full || queues.every((q) => q.size === 0))))
		return {node: queues === node.queues ? node : {...node, queues}, done: [], dropped: [], rejected};
	const done: Query[] = [];
	const running: Running[] = [];
	for (const r of node.running) {
		if (r.end <= t) done.push(r.query);
		else running.push(r);
	}
	const dropped: Query[] = [];
	const busy = node.busy.slice();
	const burstBusy = node.burstBusy.slice();
	const nextQueues = queues.map((queue, lane): Fifo<Query> => {
		let busyHere = 0;
		for (const r of running) if (r.query.lane === lane) busyHere++;
		let q = queue;
		for (let head = peek(q); head && busyHere < perLane; head = peek(q)) {
			q = drop(q, 1);
			if (t - head.created >= timeoutMs) dropped.push(head);
			else {
				running.push({query: head, end: t + head.service});
				busy[lane]! += head.service;
				burstBusy[lane]! += overlap(t, t + head.service, burst);
				busyHere++;
			}
		}
		return q;
	});
	return {node: {...node, queues: nextQueues, running, busy, burstBusy}, done, dropped, rejected};
}

export const queued = (node: DbNode): number => node.queues.reduce((n, q) => n + q.size, 0);
