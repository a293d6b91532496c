/**
 * API evolution (chapter 52): one screen that needs N dependencies, loaded
 * many times under one of four architectures (monolith, direct calls from
 * the client, a gateway, federated GraphQL). Each tick samples a batch of
 * screen loads from the seeded generator; the summary sets the measured
 * latency, tail and availability beside their formulas, and adds the round
 * trips and the gateway team's change queue.
 */
import {type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {type ApiEvolutionParams, apiEvolutionParamHelp, apiEvolutionParams} from './params.js';
import {FastRandom} from './fast-random.js';
import {type Screen, ScreenSampler} from './sample.js';
import {type ApiEvolutionSummary, summarize} from './summary.js';

export type ApiEvolutionAction = {type: 'slow-dependency'; dependency: number} | {type: 'recover'};

/** What the last tick's batch looked like, for narration and the drawing. */
export interface Batch {
	readonly from: number;
	readonly to: number;
	readonly slowestMs: number;
	readonly slowestCall: number;
	readonly slowestWasTail: boolean;
	readonly failed: number;
	readonly degraded: number;
}

export interface ApiEvolutionState {
	readonly params: ApiEvolutionParams;
	readonly tick: number;
	readonly random: RandomState;
	readonly sampled: number;
	/** Latency of each served screen, in sampling order. */
	readonly latencies: readonly number[];
	readonly failed: number;
	readonly degraded: number;
	readonly slow: number;
	readonly calls: number;
	readonly hedges: number;
	/** Dependencies made slow on every call by a live action. */
	readonly alwaysSlow: readonly number[];
	readonly last: Batch | null;
	readonly note: string | null;
}

const TICKS = 20;

function tick(s: ApiEvolutionState): ApiEvolutionState {
	const {params} = s;
	const batch = Math.min(params.screens - s.sampled, Math.ceil(params.screens / TICKS));
	if (batch <= 0) return {...s, tick: s.tick + 1};
	const random = new FastRandom(s.random);
	const sampler = new ScreenSampler(params, random, new Set(s.alwaysSlow));
	const screen: Screen = {ms: 0, failed: false, degraded: false, slow: false, slowestCall: 0, hedges: 0};
	const served: number[] = [];
	let {failed, degraded, slow, hedges} = s;
	let worst = {ms: -1, call: 0, tail: false};
	let batchFailed = 0;
	let batchDegraded = 0;
	for (let i = 0; i < batch; i++) {
		sampler.screen(screen);
		hedges += screen.hedges;
		if (screen.slow) slow++;
		if (screen.failed) {
			failed++;
			batchFailed++;
			continue;
		}
		if (screen.degraded) {
			degraded++;
			batchDegraded++;
		}
		served.push(screen.ms);
		if (screen.ms > worst.ms) worst = {ms: screen.ms, call: screen.slowestCall, tail: screen.slow};
	}
	const latencies = s.latencies.concat(served);
	const last: Batch = {
		from: s.sampled + 1,
		to: s.sampled + batch,
		slowestMs: Math.max(0, worst.ms),
		slowestCall: worst.call,
		slowestWasTail: worst.tail,
		failed: batchFailed,
		degraded: batchDegraded,
	};
	return {
		...s,
		tick: s.tick + 1,
		random: random.state,
		sampled: s.sampled + batch,
		latencies,
		failed,
		degraded,
		slow,
		hedges,
		calls: s.calls + batch * params.dependencies,
		last,
		note: null,
	};
}

function act(s: ApiEvolutionState, action: ApiEvolutionAction): ApiEvolutionState {
	if (action.type === 'recover') return {...s, alwaysSlow: [], note: null};
	const d = action.dependency;
	if (!Number.isInteger(d) || d < 0 || d >= s.params.dependencies) {
		return {...s, note: `dependency must be 0–${s.params.dependencies - 1}`};
	}
	if (s.alwaysSlow.includes(d)) return {...s, note: null};
	return {...s, alwaysSlow: [...s.alwaysSlow, d], note: null};
}

export const apiEvolution: SimEngine<ApiEvolutionParams, ApiEvolutionState, ApiEvolutionAction, ApiEvolutionSummary> = {
	id: 'api-evolution',
	chapter: 52,
	params: apiEvolutionParams,
	paramHelp: apiEvolutionParamHelp,
	init: (params, seed) => ({
		params,
		tick: 0,
		random: seedRandom(seed),
		sampled: 0,
		latencies: [],
		failed: 0,
		degraded: 0,
		slow: 0,
		calls: 0,
		hedges: 0,
		alwaysSlow: [],
		last: null,
		note: null,
	}),
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.sampled >= state.params.screens,
	summary: summarize,
};
