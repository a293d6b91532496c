import {rateLimiterParamHelp, type RateLimiterParams, rateLimiterParams} from './params.js';
import {type Algorithm, type Counters, type RunLog, type SecondStats, arrive, runThrough, ticksThrough} from './run.js';
import type {SimEngine} from '../types.js';

export {type RateLimiterParams, rateLimiterParams} from './params.js';

/**
 * Rate limiting with a leaky bucket (a FIFO queue drained at a fixed rate,
 * Tanenbaum's "leaky bucket as a queue": one request leaves per clock tick)
 * or a token bucket (tokens drip in at a fixed rate, a request spends one,
 * a full bucket discards new tokens). With the same capacity and rate they
 * admit exactly the same requests; they differ in what leaves: the leaky
 * bucket smooths it (requests wait), the token bucket lets a burst through.
 */

export interface RateLimiterState extends Readonly<Omit<Counters, 'timeline'>> {
	readonly params: RateLimiterParams;
	/** The next millisecond not yet simulated. */
	readonly now: number;
	readonly timeline: readonly SecondStats[];
}

/** `count` extra requests arriving at the current time. */
export type RateLimiterAction = {type: 'burst'; count: number};

export interface RateLimiterSummary {
	algorithm: Algorithm;
	timeMs: number;
	arrived: number;
	accepted: number;
	dropped: number;
	dropRate: number;
	served: number;
	maxWaitMs: number;
	avgWaitMs: number;
	/** Leaky bucket: requests still queued. Token bucket: tokens left. */
	level: number;
	peakServedPerSecond: number;
	timeline: SecondStats[];
}

const horizon = (p: RateLimiterParams): number => p.duration * 1000;

function counters(s: RateLimiterState): Counters {
	const {level, milli, refilledTo, nextTick, nextArrival, waitTotal, maxWait} = s;
	return {level, milli, refilledTo, nextTick, nextArrival, waitTotal, maxWait, timeline: [...s.timeline]};
}

function withCounters(s: RateLimiterState, c: Counters, now: number): RateLimiterState {
	return {...s, ...c, now};
}

/**
 * One step of the engine; `log` hears each event as it happens (the
 * narration replays the step with one, so both tell the same story).
 */
export function stepWith(state: RateLimiterState, action: RateLimiterAction | {type: 'tick'}, log?: RunLog): RateLimiterState {
	const end = horizon(state.params);
	if (state.now > end) return state;
	const c = counters(state);
	if (action.type === 'burst') {
		const n = Math.max(0, Math.min(10_000, Math.floor(action.count)));
		ticksThrough(state.params, c, state.now, log);
		arrive(state.params, c, state.now, n, log);
		return withCounters(state, c, state.now);
	}
	const to = Math.min(state.now + state.params.tickMs - 1, end);
	runThrough(state.params, c, to, log);
	return withCounters(state, c, to + 1);
}

const sum = (rows: readonly SecondStats[], f: keyof Omit<SecondStats, 'second'>): number => rows.reduce((a, r) => a + r[f], 0);

export const rateLimiter: SimEngine<RateLimiterParams, RateLimiterState, RateLimiterAction, RateLimiterSummary> = {
	id: 'rate-limiter',
	chapter: 58,
	params: rateLimiterParams,
	paramHelp: rateLimiterParamHelp,
	init(params) {
		const timeline = Array.from({length: params.duration}, (_, i) => ({
			second: i + 1,
			arrived: 0,
			accepted: 0,
			dropped: 0,
			served: 0,
		}));
		const level = params.algorithm === 'token-bucket' ? params.capacity : 0;
		return {params, now: 0, level, milli: level * 1000, refilledTo: 0, nextTick: 1, nextArrival: 0, waitTotal: 0, maxWait: 0, timeline};
	},
	step: (state, action) => stepWith(state, action),
	done: (state) => state.now > horizon(state.params),
	summary(state) {
		const {timeline} = state;
		const arrived = sum(timeline, 'arrived');
		const accepted = sum(timeline, 'accepted');
		const dropped = sum(timeline, 'dropped');
		return {
			algorithm: state.params.algorithm,
			timeMs: Math.min(state.now, horizon(state.params)),
			arrived,
			accepted,
			dropped,
			dropRate: arrived === 0 ? 0 : Math.round((dropped / arrived) * 10_000) / 10_000,
			served: sum(timeline, 'served'),
			maxWaitMs: state.maxWait,
			avgWaitMs: accepted === 0 ? 0 : Math.round(state.waitTotal / accepted),
			level: state.level,
			peakServedPerSecond: timeline.reduce((m, r) => Math.max(m, r.served), 0),
			timeline: timeline.map((r) => ({...r})),
		};
	},
};
