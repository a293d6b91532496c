/**
 * API styles (chapter 47): one seeded stream of events (Poisson arrivals)
 * carried by the style the learner picks, for one representative client
 * (bytes are then multiplied by the clients). Each tick covers a window of
 * seconds and handles, in time order, every event emitted, poll made,
 * delivery or call attempted and retry due in it; after the last minute of
 * events, time jumps to the next retry or poll until every event is settled:
 * delivered once, lost, or delivered twice (or more).
 */
import {Random, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {apiStylesParamHelp, type ApiStylesParams, apiStylesParams} from './params.js';
import {drawRecords, SCENARIO_SPECS} from './scenarios.js';
import {type ApiStylesState, type Outage, process} from './step.js';
import {type ApiStylesSummary, summarize} from './summary.js';
import {encodingOf, NO_COST} from './wire.js';

export {type ApiStylesParams, apiStylesParams} from './params.js';
export type {ApiStylesState, Happening} from './step.js';
export type {ApiStylesSummary} from './summary.js';

export type ApiStylesAction = {type: 'receiver-down'; minutes: number} | {type: 'burst'; events: number};

const windowOf = (p: ApiStylesParams) => Math.max(5, p.minutes);

function init(params: ApiStylesParams, seed: number): ApiStylesState {
	const random = new Random(seedRandom(seed));
	const spec = SCENARIO_SPECS[params.scenario];
	const endS = params.minutes * 60;
	const events: ApiStylesState['events'][number][] = [];
	// Poisson arrivals: exponential gaps with mean 60 / rate seconds.
	if (params.eventsPerMinute > 0) {
		const mean = 60 / params.eventsPerMinute;
		for (let at = -mean * Math.log(1 - random.float()); at < endS; at += -mean * Math.log(1 - random.float())) {
			const id = events.length;
			events.push({at: Math.round(at * 10) / 10, records: drawRecords(spec, random, id)});
		}
	}
	const outages: Outage[] = spec.outage ? [{from: spec.outage.atMin * 60, to: (spec.outage.atMin + spec.outage.forMin) * 60}] : [];
	return {
		params,
		encoding: encodingOf(params.style, params.encoding),
		tick: 0,
		t: 0,
		endS,
		events,
		emittedCount: 0,
		processed: events.map(() => 0),
		firstAt: events.map(() => -1),
		settled: events.map(() => false),
		pending: [],
		cursor: 0,
		// The client's polls start at a random phase within the first interval.
		nextPollAt: random.int(1, params.pollIntervalS),
		connected: false,
		outages,
		bytes: NO_COST,
		requests: 0,
		log: [],
		random: random.state,
	};
}

function act(s: ApiStylesState, action: ApiStylesAction): ApiStylesState {
	if (action.type === 'receiver-down') {
		const outage = {from: s.t, to: s.t + action.minutes * 60};
		return {...s, outages: [...s.outages, outage], log: [{kind: 'outage', at: s.t, to: outage.to}]};
	}
	// A burst: events all at this moment (a goal, a sale), in front of those still to come.
	const random = new Random(s.random);
	const spec = SCENARIO_SPECS[s.params.scenario];
	const start = s.events.length;
	const burst = Array.from({length: action.events}, (_, i) => ({at: s.t, records: drawRecords(spec, random, start + i)}));
	const events = [...s.events.slice(0, s.emittedCount), ...burst, ...s.events.slice(s.emittedCount)];
	// Per-event arrays follow the same order.
	const insert = <T>(xs: readonly T[], v: T) => [...xs.slice(0, s.emittedCount), ...burst.map(() => v), ...xs.slice(s.emittedCount)];
	const shift = (id: number) => (id >= s.emittedCount ? id + action.events : id);
	return {
		...s,
		events,
		processed: insert(s.processed, 0),
		firstAt: insert(s.firstAt, -1),
		settled: insert(s.settled, false),
		pending: s.pending.map((p) => ({...p, id: shift(p.id)})),
		random: random.state,
		log: [{kind: 'burst', at: s.t, count: action.events}],
	};
}

export const apiStyles: SimEngine<ApiStylesParams, ApiStylesState, ApiStylesAction, ApiStylesSummary> = {
	id: 'api-styles',
	chapter: 47,
	params: apiStylesParams,
	paramHelp: apiStylesParamHelp,
	init,
	step: (state, action) => (action.type === 'tick' ? process(state, windowOf(state.params)) : act(state, action)),
	done: (s) => s.t >= s.endS && s.emittedCount === s.events.length && s.settled.every(Boolean),
	summary: summarize,
};
