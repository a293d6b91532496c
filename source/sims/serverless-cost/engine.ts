/**
 * The Prime Video bill (chapter 46): one monitoring job per live stream, run
 * three ways over the same month: orchestrated serverless steps (Step
 * Functions Standard, billed per state transition and retry, frames passed
 * through S3, Lambda compute), the same steps as Express workflows, and one
 * process per stream in Fargate containers. One step is one day: each design
 * adds the day's usage to its bill, so the bills grow on screen. The learner
 * picks the design the fleet runs; the other two are drawn beside it.
 */
import {addUsage, type Day, NO_USAGE, simulateDay, type Usage} from './billing.js';
import {type Design, DESIGNS, serverlessCostParamHelp, type ServerlessCostParams, serverlessCostParams} from './params.js';
import {type ServerlessCostSummary, summarize} from './summary.js';
import {Random, type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';

export {type ServerlessCostParams, serverlessCostParams} from './params.js';
export type {ServerlessCostSummary} from './summary.js';

/** A retry storm: for this many days this share of transitions fails and is retried. */
export const STORM_DAYS = 2;
export const STORM_RETRY_RATE = 0.3;
/** Doubling stops here: far beyond any account's limits. */
export const MAX_STREAMS = 100_000;

export type ServerlessCostAction = {type: 'double-streams'} | {type: 'retry-storm'} | {type: 'raise-quota'};

export interface ServerlessCostState {
	readonly params: ServerlessCostParams;
	/** Days billed so far. */
	readonly day: number;
	/** Streams now (doubled by a live action). */
	readonly streams: number;
	/** The Standard state-transition refill rate now (raised by a live action). */
	readonly sfnTransitionLimit: number;
	/** Days of retry storm still to come. */
	readonly stormDays: number;
	readonly usage: Readonly<Record<Design, Usage>>;
	/** Stream-days each design monitored (throttled streams are not monitored, and not billed). */
	readonly streamDays: Readonly<Record<Design, number>>;
	/** The most streams each design could not take on one day. */
	readonly peakThrottled: Readonly<Record<Design, number>>;
	/** State transitions retried so far in the orchestrated design (each billed again). */
	readonly retries: number;
	/** The last day billed, for the narration and the drawing. */
	readonly lastDay: Day | null;
	readonly random: RandomState;
}

const perDesign = <T>(value: T): Record<Design, T> => ({standard: value, express: value, 'in-process': value});

/** The retry rate of the next day: the storm's while it lasts. */
export const retryRateOf = (s: ServerlessCostState): number =>
	s.stormDays > 0 ? Math.max(s.params.retryRate, STORM_RETRY_RATE) : s.params.retryRate;

function tick(s: ServerlessCostState): ServerlessCostState {
	if (s.day >= s.params.days) return s;
	const random = new Random(s.random);
	const day = simulateDay(
		{params: s.params, streams: s.streams, retryRate: retryRateOf(s), sfnTransitionLimit: s.sfnTransitionLimit},
		random,
	);
	const usage = {...s.usage};
	const streamDays = {...s.streamDays};
	const peakThrottled = {...s.peakThrottled};
	for (const d of DESIGNS) {
		usage[d] = addUsage(s.usage[d], day[d].usage);
		streamDays[d] = s.streamDays[d] + day[d].served;
		peakThrottled[d] = Math.max(s.peakThrottled[d], day[d].throttled);
	}
	return {
		...s,
		day: s.day + 1,
		stormDays: Math.max(0, s.stormDays - 1),
		usage,
		streamDays,
		peakThrottled,
		retries: s.retries + day.standard.retries,
		lastDay: day,
		random: random.state,
	};
}

function act(s: ServerlessCostState, action: ServerlessCostAction): ServerlessCostState {
	switch (action.type) {
		case 'double-streams':
			return {...s, streams: Math.min(MAX_STREAMS, s.streams * 2)};
		case 'retry-storm':
			return {...s, stormDays: STORM_DAYS};
		case 'raise-quota':
			// A quota increase request, granted: twice the refill rate (the default when it was 0).
			return {...s, sfnTransitionLimit: s.sfnTransitionLimit > 0 ? s.sfnTransitionLimit * 2 : 1500};
	}
}

export const serverlessCost: SimEngine<ServerlessCostParams, ServerlessCostState, ServerlessCostAction, ServerlessCostSummary> = {
	id: 'serverless-cost',
	chapter: 46,
	params: serverlessCostParams,
	paramHelp: serverlessCostParamHelp,
	init(params, seed) {
		return {
			params,
			day: 0,
			streams: params.streams,
			sfnTransitionLimit: params.sfnTransitionLimit,
			stormDays: 0,
			usage: perDesign(NO_USAGE),
			streamDays: perDesign(0),
			peakThrottled: perDesign(0),
			retries: 0,
			lastDay: null,
			random: seedRandom(seed),
		};
	},
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.day >= state.params.days,
	summary: summarize,
};
