import {type BalancerState, initBalancer, pickers, updateSrtt} from './algorithms.js';
import {append, type Log} from './log.js';
import type {Algorithm, ServerSpec} from './params.js';
import type {RequestStream} from './stream.js';

/**
 * One algorithm's run over the stream. Servers share their speed among open
 * connections (processor sharing): with k open, each gets speed/k work per ms.
 * A server's virtual time (work each open connection has received) is
 * vBase + (t - since) * speed/k, re-based only when k changes, so it comes out
 * the same however the clock was stepped; a connection finishes when it
 * reaches its `finishV`. Time jumps from event to event, in whole ms.
 */
export interface Connection {
	readonly id: number;
	readonly arrival: number;
	readonly finishV: number;
}

export interface ServerState {
	/** Open connections, sorted by finishV then id. */
	readonly open: readonly Connection[];
	readonly vBase: number;
	readonly since: number;
	readonly down: boolean;
	readonly requests: number;
	readonly dropped: number;
	readonly served: number;
	readonly maxConcurrent: number;
	readonly totalResponseMs: number;
	readonly srtt: number | null;
}

export interface RunState {
	readonly algorithm: Algorithm;
	readonly lrtCountsOpen: boolean;
	readonly time: number;
	/** Index of the next request in the stream still to arrive. */
	readonly next: number;
	readonly servers: readonly ServerState[];
	readonly balancer: BalancerState;
	readonly unrouted: number;
	/** Chosen server per request in arrival order (-1: none could take it). */
	readonly picks: Log<number>;
	readonly responses: Log<number>;
}

// A connection whose remaining time is under a microsecond counts as done.
const EPS = 1e-6;

export function initRun(algorithm: Algorithm, specs: readonly ServerSpec[], clients: number, lrtCountsOpen = false): RunState {
	return {
		algorithm,
		lrtCountsOpen,
		time: 0,
		next: 0,
		servers: specs.map((s) => ({
			open: [],
			vBase: 0,
			since: 0,
			down: s.down,
			requests: 0,
			dropped: 0,
			served: 0,
			maxConcurrent: 0,
			totalResponseMs: 0,
			srtt: null,
		})),
		balancer: initBalancer(specs.length, clients),
		unrouted: 0,
		picks: null,
		responses: null,
	};
}

export function runDone(run: RunState, stream: RequestStream): boolean {
	return run.next >= stream.requests.length && run.servers.every((s) => s.open.length === 0);
}

const share = (s: ServerState, spec: ServerSpec) => spec.speed / Math.max(1, s.open.length);
const vtimeAt = (s: ServerState, spec: ServerSpec, t: number) => (s.open.length ? s.vBase + (t - s.since) * share(s, spec) : s.vBase);

/** When the next arrival or completion happens, or null when the run is over. */
export function nextEvent(run: RunState, specs: readonly ServerSpec[], stream: RequestStream): number | null {
	let t = stream.requests[run.next]?.at ?? Number.POSITIVE_INFINITY;
	run.servers.forEach((s, i) => {
		const first = s.open[0];
		if (!first) return;
		const due = s.since + Math.ceil((first.finishV - s.vBase) / share(s, specs[i]!) - EPS);
		t = Math.min(t, Math.max(run.time + 1, due));
	});
	return Number.isFinite(t) ? t : null;
}

/** Serve until `t` (no event may lie before it), finish what is due, then admit arrivals at `t`. */
export function advanceRun(run: RunState, specs: readonly ServerSpec[], stream: RequestStream, t: number): RunState {
	let responses = run.responses;
	const servers = run.servers.map((s, i) => {
		const spec = specs[i]!;
		const vt = vtimeAt(s, spec, t);
		let done = 0;
		let {served, totalResponseMs, srtt} = s;
		while (done < s.open.length && (s.open[done]!.finishV - vt) / share(s, spec) <= EPS) {
			const ms = t - s.open[done]!.arrival;
			responses = append(responses, ms);
			served++;
			totalResponseMs += ms;
			srtt = updateSrtt(srtt, ms);
			done++;
		}
		if (done === 0) return s;
		return {...s, vBase: vt, since: t, open: s.open.slice(done), served, totalResponseMs, srtt};
	});
	let state: RunState = {...run, time: t, servers, responses};
	while (state.next < stream.requests.length && stream.requests[state.next]!.at <= t) state = dispatch(state, specs, stream);
	return state;
}

function dispatch(run: RunState, specs: readonly ServerSpec[], stream: RequestStream): RunState {
	const req = stream.requests[run.next]!;
	const pick = pickers[run.algorithm](
		{
			weights: specs.map((s) => s.weight),
			capacity: specs.map((s) => s.capacity),
			down: run.servers.map((s) => s.down),
			active: run.servers.map((s) => s.open.length),
			srtt: run.servers.map((s) => s.srtt),
			client: req.client,
			ip: stream.ips[req.client]!,
			lrtCountsOpen: run.lrtCountsOpen,
		},
		run.balancer,
	);
	const base = {...run, next: run.next + 1, balancer: pick.balancer};
	const p = pick.server;
	if (p === null) return {...base, unrouted: run.unrouted + 1, picks: append(run.picks, -1)};
	const servers = run.servers.slice();
	const s = servers[p]!;
	if (s.open.length >= specs[p]!.capacity) {
		servers[p] = {...s, requests: s.requests + 1, dropped: s.dropped + 1};
	} else {
		const vt = vtimeAt(s, specs[p]!, run.time);
		const open = insertSorted(s.open, {id: req.id, arrival: req.at, finishV: vt + req.cost});
		const maxConcurrent = Math.max(s.maxConcurrent, open.length);
		servers[p] = {...s, open, vBase: vt, since: run.time, requests: s.requests + 1, maxConcurrent};
	}
	return {...base, servers, picks: append(run.picks, p)};
}

function insertSorted(open: readonly Connection[], c: Connection): Connection[] {
	let i = open.length;
	while (i > 0 && open[i - 1]!.finishV > c.finishV) i--;
	return [...open.slice(0, i), c, ...open.slice(i)];
}

export function setServerDown(run: RunState, index: number, down: boolean): RunState {
	const servers = run.servers.slice();
	servers[index] = {...servers[index]!, down};
	return {...run, servers};
}
