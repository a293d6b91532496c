import {toArray} from './log.js';
import type {Algorithm, ServerSpec} from './params.js';
import type {RunState} from './run.js';

export interface ServerSummary {
	name: string;
	weight: number;
	capacity: number;
	speed: number;
	down: boolean;
	/** Requests the balancer sent here, dropped ones included. */
	requests: number;
	served: number;
	dropped: number;
	/** True once the server had to drop a request for being at capacity. */
	overloaded: boolean;
	open: number;
	maxConcurrent: number;
	meanResponseMs: number;
}

export interface RunSummary {
	algorithm: Algorithm;
	timeMs: number;
	/** Requests that have arrived so far. */
	requests: number;
	served: number;
	/** Dropped at a full server plus unrouted. */
	dropped: number;
	/** Arrived when no server was up (or, for ip-hash, every server was down or full). */
	unrouted: number;
	droppedFraction: number;
	meanResponseMs: number;
	p95ResponseMs: number;
	maxResponseMs: number;
	/** Largest share of all routed requests that any one server got. */
	maxShare: number;
	/** Server name per request in arrival order; "-" when none was chosen. */
	picks: string[];
	servers: ServerSummary[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Nearest-rank percentile: the smallest value with at least p% of the samples at or below it. */
export function percentileNearestRank(values: readonly number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarizeRun(run: RunState, specs: readonly ServerSpec[]): RunSummary {
	const responses = toArray(run.responses);
	const servers = run.servers.map((s, i): ServerSummary => {
		const spec = specs[i]!;
		return {
			name: spec.name,
			weight: spec.weight,
			capacity: spec.capacity,
			speed: spec.speed,
			down: s.down,
			requests: s.requests,
			served: s.served,
			dropped: s.dropped,
			overloaded: s.dropped > 0,
			open: s.open.length,
			maxConcurrent: s.maxConcurrent,
			meanResponseMs: s.served ? round2(s.totalResponseMs / s.served) : 0,
		};
	});
	const routed = servers.reduce((a, s) => a + s.requests, 0);
	const dropped = servers.reduce((a, s) => a + s.dropped, 0) + run.unrouted;
	const total = responses.reduce((a, b) => a + b, 0);
	return {
		algorithm: run.algorithm,
		timeMs: run.time,
		requests: run.next,
		served: responses.length,
		dropped,
		unrouted: run.unrouted,
		droppedFraction: run.next ? round4(dropped / run.next) : 0,
		meanResponseMs: responses.length ? round2(total / responses.length) : 0,
		p95ResponseMs: percentileNearestRank(responses, 95),
		maxResponseMs: responses.reduce((a, b) => Math.max(a, b), 0),
		maxShare: routed ? round4(Math.max(...servers.map((s) => s.requests)) / routed) : 0,
		picks: toArray(run.picks).map((p) => specs[p]?.name ?? '-'),
		servers,
	};
}
