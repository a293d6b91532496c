import {act, advance, type Playback, startPlayback} from './playback.js';
import type {AnyEngine} from './types.js';

/** An engine action a learner took by hand (a live action or a command), after `at` ticks. */
export type RunAction = {readonly at: number; readonly action: {type: string}};

/**
 * One run of a pack's simulation, whole: which simulation (the pack and its
 * entry in the pack's `simulations:`), the engine params, the seed, the live
 * actions with the tick each came at, and the tick the run has reached. It is
 * everything the simulation screen needs to show the run exactly as it was
 * (it replays from the seed, as stepping back does): what a share code holds,
 * and what the screen can be opened with (a preset: a scenario's params and
 * seed, `steps` 0 and no actions).
 */
export type SimRun = {
	readonly pack: string;
	readonly sim: string;
	readonly params: unknown;
	readonly seed: number;
	readonly steps: number;
	readonly actions: readonly RunAction[];
};

/** The run a playback is, in a pack's simulation. */
export function runOf(pack: string, sim: string, p: Playback): SimRun {
	return {pack, sim, params: p.params, seed: p.seed, steps: p.steps, actions: p.actions};
}

/**
 * The playback of a run: from the seed, each action taken at its tick (in
 * order), then on to the run's step. The run is taken as it is (a share code
 * is checked when it is read); a tick the engine never reaches stops it at its end.
 */
export function replayRun(engine: AnyEngine, run: Pick<SimRun, 'params' | 'seed' | 'steps' | 'actions'>): Playback {
	let p = startPlayback(engine, run.params, run.seed);
	for (const {at, action} of run.actions) {
		p = act(engine, advance(engine, p, at - p.steps), action);
	}
	return advance(engine, p, run.steps - p.steps);
}
