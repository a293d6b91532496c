import {MAX_STEPS} from './run.js';
import type {AnyEngine} from './types.js';

/**
 * A run being watched: where it is, and how to get back there. Stepping back
 * replays from the seed (engines are deterministic), applying the learner's
 * actions at the steps they were taken, so nothing but the current state
 * and the list of actions is kept.
 */
export type Playback = {
	params: unknown;
	seed: number;
	steps: number;
	state: unknown;
	done: boolean;
	/** Actions taken by hand, each after `at` ticks. */
	actions: {at: number; action: {type: string}}[];
};

export function startPlayback(engine: AnyEngine, params: unknown, seed: number): Playback {
	const state = engine.init(params, seed);
	return {params, seed, steps: 0, state, done: engine.done(state), actions: []};
}

export function advance(engine: AnyEngine, p: Playback, ticks: number): Playback {
	let {state, steps} = p;
	for (let i = 0; i < ticks && !engine.done(state) && steps < MAX_STEPS; i++) {
		state = engine.step(state, {type: 'tick'});
		steps++;
	}
	return {...p, state, steps, done: engine.done(state)};
}

export function toEnd(engine: AnyEngine, p: Playback): Playback {
	return advance(engine, p, MAX_STEPS);
}

/** Takes an action now (it does not move the clock). */
export function act(engine: AnyEngine, p: Playback, action: {type: string}): Playback {
	const state = engine.step(p.state, action);
	return {...p, state, done: engine.done(state), actions: [...p.actions, {at: p.steps, action}]};
}

export function stepBack(engine: AnyEngine, p: Playback): Playback {
	if (p.steps === 0) return p;
	const target = p.steps - 1;
	const kept = p.actions.filter((a) => a.at <= target);
	let replay = startPlayback(engine, p.params, p.seed);
	for (let t = 0; t <= target; t++) {
		for (const a of kept) if (a.at === t) replay = act(engine, replay, a.action);
		if (t < target) replay = advance(engine, replay, 1);
	}
	return replay;
}
