/**
 * One tick of the API-styles run: every happening in a window of seconds, in
 * time order. Pull styles in a notify scenario poll with a cursor (nothing is
 * lost, only late); WebSocket pushes over its open connection (an event
 * pushed while the receiver is away is gone); a webhook POSTs each event and
 * retries a failure `retries` times, the delay doubling from `retryBaseS`; a
 * call (a screen, a lookup) waits for its answer and is retried the same way.
 */
import {Random, type RandomState} from '../random.js';
import type {Encoding} from './encode.js';
import type {ApiStylesParams} from './params.js';
import {type EventRecord, SCENARIO_SPECS} from './scenarios.js';
import {addCost, type Cost, callCost, handshakeCost, pollCost, pushCost, type Wire} from './wire.js';

export type Outage = {readonly from: number; readonly to: number};
export type LostWhy = 'no-url' | 'no-answer' | 'down' | 'retries';
export type Happening =
	| {kind: 'poll'; at: number; count: number; cost: Cost}
	| {kind: 'push' | 'call'; at: number; id: number; cost: Cost; again: boolean}
	| {kind: 'ignored'; at: number; id: number}
	| {kind: 'handshake'; at: number}
	| {kind: 'fail'; at: number; id: number; retryAt: number | null}
	| {kind: 'slow'; at: number; id: number; retryAt: number | null}
	| {kind: 'lost'; at: number; id: number; why: LostWhy}
	| {kind: 'outage'; at: number; to: number}
	| {kind: 'burst'; at: number; count: number};
export type Attempt = {readonly id: number; readonly at: number; readonly attempt: number};

export interface ApiStylesState {
	readonly params: ApiStylesParams;
	readonly encoding: Encoding;
	readonly tick: number;
	/** Seconds since the start: the end of the window last handled. */
	readonly t: number;
	readonly endS: number;
	readonly events: readonly {readonly at: number; readonly records: EventRecord}[];
	readonly emittedCount: number;
	/** Per event: times the receiver acted on it, when it first did (-1: not yet), whether its fate is sealed. */
	readonly processed: readonly number[];
	readonly firstAt: readonly number[];
	readonly settled: readonly boolean[];
	/** Retries (and calls) waiting, earliest first. */
	readonly pending: readonly Attempt[];
	/** Pull in a notify scenario: the first event the client has not fetched yet, and its next poll. */
	readonly cursor: number;
	readonly nextPollAt: number;
	/** A WebSocket open, or an HTTP/2 connection whose headers HPACK has indexed. */
	readonly connected: boolean;
	readonly outages: readonly Outage[];
	/** Bytes for one client. */
	readonly bytes: Cost;
	readonly requests: number;
	/** What this step did, for the narration and the drawing. */
	readonly log: readonly Happening[];
	readonly random: RandomState;
}

export const isDown = (outages: readonly Outage[], t: number) => outages.some((o) => t >= o.from && t < o.to);

const PULL = new Set(['soap', 'rest', 'graphql', 'grpc']);

/** The first poll at or after `t` that falls outside every outage (the client is the receiver: it cannot poll while down). */
function pollAfter(s: {outages: readonly Outage[]; params: ApiStylesParams}, t: number): number {
	let at = t;
	for (let guard = 0; guard < 1000; guard++) {
		const o = s.outages.find((x) => at >= x.from && at < x.to);
		if (!o) return at;
		at += Math.ceil((o.to - at) / s.params.pollIntervalS) * s.params.pollIntervalS;
	}
	return at;
}

export function process(prev: ApiStylesState, windowS: number): ApiStylesState {
	const p = prev.params;
	const spec = SCENARIO_SPECS[p.scenario];
	const pull = PULL.has(p.style);
	const pollNotify = pull && spec.kind === 'notify';
	const w: Wire = {style: p.style, encoding: prev.encoding, params: p, spec};
	const random = new Random(prev.random);
	const processed = prev.processed.slice();
	const firstAt = prev.firstAt.slice();
	const settled = prev.settled.slice();
	const pending = prev.pending.slice();
	let {emittedCount, cursor, nextPollAt, connected, bytes, requests} = prev;
	const log: Happening[] = [];
	const spend = (cost: Cost, n = 1) => {
		bytes = addCost(bytes, cost);
		requests += n;
	};
	const down = (t: number) => isDown(prev.outages, t);
	/** Into the waiting list, kept in time order (then by event): after every attempt due no later. */
	const schedule = (a: Attempt) => {
		let lo = 0;
		let hi = pending.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const m = pending[mid]!;
			if (m.at < a.at || (m.at === a.at && m.id < a.id)) lo = mid + 1;
			else hi = mid;
		}
		pending.splice(lo, 0, a);
	};
	const retryAt = (at: number, attempt: number) => (attempt < p.retries ? at + p.retryBaseS * 2 ** attempt : null);
	const lose = (id: number, at: number, why: LostWhy) => {
		settled[id] = true;
		log.push({kind: 'lost', at, id, why});
	};

	/** A webhook delivery or a call reaches the receiver (or not). */
	function attempt(a: Attempt) {
		const {id, at} = a;
		if (down(at)) {
			const next = retryAt(at, a.attempt);
			log.push({kind: 'fail', at, id, retryAt: next});
			if (next !== null) schedule({id, at: next, attempt: a.attempt + 1});
			else if (processed[id] === 0) lose(id, at, a.attempt === 0 ? 'down' : 'retries');
			else settled[id] = true;
			return;
		}
		const records = prev.events[id]!.records;
		const cost = p.style === 'webhook' ? pushCost(w, records) : callCost(w, records, !connected);
		connected = true;
		spend(cost, p.style === 'graphql' || p.style === 'webhook' ? 1 : spec.resources.length);
		if (processed[id]! > 0 && p.idempotencyKey) {
			log.push({kind: 'ignored', at, id});
			settled[id] = true;
			return;
		}
		processed[id]! += 1;
		if (firstAt[id] === -1) firstAt[id] = at;
		log.push({kind: p.style === 'webhook' ? 'push' : 'call', at, id, cost, again: processed[id]! > 1});
		// A notice the receiver acted on but answered after the sender's timeout: the sender counts it failed.
		if (p.style === 'webhook' && random.float() < p.slowAckShare) {
			const next = retryAt(at, a.attempt);
			log.push({kind: 'slow', at, id, retryAt: next});
			if (next !== null) return schedule({id, at: next, attempt: a.attempt + 1});
		}
		settled[id] = true;
	}

	function emit(id: number) {
		const at = prev.events[id]!.at;
		if (pollNotify) return; // waits for the next poll
		if (p.style === 'webhook') {
			if (!spec.receiverIsServer) return lose(id, at, 'no-url');
			if (spec.kind === 'call') return lose(id, at, 'no-answer');
			return attempt({id, at, attempt: 0});
		}
		if (p.style === 'websocket') {
			if (down(at)) {
				connected = false;
				return lose(id, at, 'down');
			}
			if (!connected) {
				spend(handshakeCost(w));
				log.push({kind: 'handshake', at});
				connected = true;
			}
			const records = prev.events[id]!.records;
			const cost = spec.kind === 'call' ? callCost(w, records, false) : pushCost(w, records);
			bytes = addCost(bytes, cost);
			if (spec.kind === 'call') requests += spec.resources.length;
			processed[id] = 1;
			firstAt[id] = at;
			settled[id] = true;
			log.push({kind: spec.kind === 'call' ? 'call' : 'push', at, id, cost, again: false});
			return;
		}
		attempt({id, at, attempt: 0}); // a call
	}

	function poll(at: number) {
		const count = emittedCount - cursor;
		const fetched = prev.events.slice(cursor, emittedCount).map((e) => e.records);
		const cost = pollCost(w, fetched, !connected);
		connected = true;
		spend(cost);
		for (let id = cursor; id < emittedCount; id++) {
			processed[id] = 1;
			firstAt[id] = at;
			settled[id] = true;
		}
		cursor = emittedCount;
		log.push({kind: 'poll', at, count, cost});
		nextPollAt = pollAfter(prev, at + p.pollIntervalS);
	}

	const allEmitted = () => emittedCount === prev.events.length;
	const nextAt = () =>
		Math.min(
			allEmitted() ? Infinity : prev.events[emittedCount]!.at,
			pending[0]?.at ?? Infinity,
			pollNotify && (!allEmitted() || cursor < emittedCount || prev.t < prev.endS) ? nextPollAt : Infinity,
		);
	// Past the last minute of events, jump to the next thing that happens.
	let from = prev.t;
	const first = nextAt();
	if (from >= prev.endS && Number.isFinite(first)) from = Math.max(from, first);
	const to = from + windowS;
	// An outage in this window breaks the open connection: the next exchange opens a new one.
	if (prev.outages.some((o) => o.from < to && o.to > from)) connected = false;
	if (pollNotify) nextPollAt = pollAfter(prev, nextPollAt);
	for (let guard = 0; guard < 1_000_000; guard++) {
		const at = nextAt();
		if (!(at < to)) break;
		if (!allEmitted() && prev.events[emittedCount]!.at === at) emit(emittedCount++);
		else if (pending[0]?.at === at) attempt(pending.shift()!);
		else poll(at);
	}
	return {
		...prev,
		tick: prev.tick + 1,
		t: to,
		emittedCount,
		processed,
		firstAt,
		settled,
		pending,
		cursor,
		nextPollAt,
		connected,
		bytes,
		requests,
		log,
		random: random.state,
	};
}
