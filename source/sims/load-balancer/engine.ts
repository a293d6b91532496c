import {type Algorithm, type Params, paramHelp, paramsSchema} from './params.js';
import {advanceRun, initRun, nextEvent, type RunState, runDone, setServerDown} from './run.js';
import {generateStream, type RequestStream} from './stream.js';
import {type RunSummary, summarizeRun} from './summary.js';
import type {SimEngine} from '../types.js';

export type {Algorithm, Params as LoadBalancerParams} from './params.js';
export type {RunSummary, ServerSummary} from './summary.js';

export interface LoadBalancerState {
	readonly params: Params;
	readonly stream: RequestStream;
	readonly time: number;
	readonly main: RunState;
	/** The `compareWith` algorithm on the same stream, or null. */
	readonly other: RunState | null;
}

/** Take a server out of (or back into) rotation; open connections still finish. */
export type LoadBalancerAction = {type: 'setDown'; server: string; down: boolean};

export interface LoadBalancerSummary extends RunSummary {
	compare: RunSummary | null;
	/** This run against `compare`: ratios below 1 mean this run was faster. */
	vsCompare: {meanResponseRatio: number; p95Ratio: number; droppedDiff: number} | null;
}

const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : 999) : Math.round((a / b) * 1000) / 1000);

export const loadBalancer: SimEngine<Params, LoadBalancerState, LoadBalancerAction, LoadBalancerSummary> = {
	id: 'load-balancer',
	chapter: 57,
	params: paramsSchema,
	paramHelp,
	init(params, seed) {
		const stream = generateStream(params, seed);
		const run = (a: Algorithm) => initRun(a, params.servers, params.clients, params.lrtCountsOpen);
		return {
			params,
			stream,
			time: 0,
			main: run(params.algorithm),
			other: params.compareWith === 'none' ? null : run(params.compareWith),
		};
	},
	step(state, action) {
		const {servers} = state.params;
		if (action.type === 'setDown') {
			const i = servers.findIndex((s) => s.name === action.server);
			if (i < 0) return state;
			const other = state.other && setServerDown(state.other, i, action.down);
			return {...state, main: setServerDown(state.main, i, action.down), other};
		}
		const times = [state.main, state.other].flatMap((r) => (r ? [nextEvent(r, servers, state.stream)] : []));
		const next = Math.min(...times.filter((t): t is number => t !== null));
		if (!Number.isFinite(next)) return state;
		const go = (r: RunState) => (nextEvent(r, servers, state.stream) === null ? r : advanceRun(r, servers, state.stream, next));
		return {...state, time: next, main: go(state.main), other: state.other && go(state.other)};
	},
	done(state) {
		return runDone(state.main, state.stream) && (!state.other || runDone(state.other, state.stream));
	},
	summary(state) {
		const main = summarizeRun(state.main, state.params.servers);
		const compare = state.other ? summarizeRun(state.other, state.params.servers) : null;
		const vsCompare = compare && {
			meanResponseRatio: ratio(main.meanResponseMs, compare.meanResponseMs),
			p95Ratio: ratio(main.p95ResponseMs, compare.p95ResponseMs),
			droppedDiff: main.dropped - compare.dropped,
		};
		return {...main, compare, vsCompare};
	},
};

/** Runs to the end, headless, as `sd-trainer sim load-balancer --json` does. */
export function runLoadBalancer(input: Partial<Params>, seed: number): LoadBalancerSummary {
	const engine = loadBalancer;
	let state = engine.init(engine.params.parse(input), seed);
	while (!engine.done(state)) state = engine.step(state, {type: 'tick'});
	return engine.summary(state);
}

/** Two algorithms on the same seeded stream: `a`'s summary, with `b` under `compare`. */
export function runBoth(input: Partial<Params>, seed: number, a: Algorithm, b: Algorithm): LoadBalancerSummary {
	return runLoadBalancer({...input, algorithm: a, compareWith: b}, seed);
}
