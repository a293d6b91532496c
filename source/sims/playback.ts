import {MAX_STEPS} from './run.js';
import type {AnyEngine} from './types.js';

/**
 * A run being watched: where it is, and how to get back there. Stepping back
 * replays from the seed (engines are deterministic), so nothing but the
 * current state is kept.
 */
export type Playback = {params: unknown; seed: number; steps: number; state: unknown; done: boolean};

export function startPlayback(engine: AnyEngine, params: unknown, seed: number): Playback {
	const state = engine.init(params, seed);
	return {params, seed, steps: 0, state, done: engine.done(state)};
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

export function stepBack(engine: AnyEngine, p: Playback): Playback {
	if (p.steps === 0) return p;
	return advance(engine, startPlayback(engine, p.params, p.seed), p.steps - 1);
}
