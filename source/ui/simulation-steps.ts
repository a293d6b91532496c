/**
 * How the simulation screen's run moves: forward by steps (keeping each
 * step's narration), paused, restarted from step 0, one frame while playing,
 * and the live actions (1–9). Pure functions over the screen state, used by
 * its reducer (simulation-state.ts).
 */
import {act, advance, startPlayback} from '../sims/playback.js';
import type {SimScreenState} from './simulation-state.js';
import {frameOf} from './simulation-speed.js';

/** Narration kept for the screen (it shows the last few). */
const SAID_KEPT = 200;

/** The run moved on by up to `ticks` steps, each step's narration kept. */
export function forward(s: SimScreenState, ticks: number): SimScreenState {
	const {engine, narrate} = s.sim;
	if (!narrate) return {...s, playback: advance(engine, s.playback, ticks)};
	let p = s.playback;
	const said = [...s.said];
	for (let i = 0; i < ticks && !p.done; i++) {
		const next = advance(engine, p, 1);
		for (const line of narrate(p.state, next.state, {type: 'tick'})) said.push({step: next.steps, line});
		p = next;
	}
	return {...s, playback: p, said: said.slice(-SAID_KEPT)};
}

export const paused = (s: SimScreenState): SimScreenState => ({...s, mode: {kind: 'params'}});

/** A new run from step 0 (paused); it forgets the prediction and the narration of the old one. */
export function restart(s: SimScreenState, params: unknown, seed: number): SimScreenState {
	return {...s, playback: startPlayback(s.sim.engine, params, seed), mode: {kind: 'params'}, prediction: undefined, said: []};
}

export function frame(s: SimScreenState): SimScreenState {
	const next = forward(s, frameOf(s).steps);
	return next.playback.done ? paused(next) : next;
}

/** 1–9: the simulation's live actions (crash the leader, take a server down…), while the run is not over. */
export function live(s: SimScreenState, text: string): SimScreenState {
	const action = s.sim.liveActions[Number(text) - 1]?.make(s.playback.state);
	// Where commands go on after a run's end (a level's goal met), so do live actions (undo).
	if (!action || (s.playback.done && !s.sim.command)) return s;
	const playback = act(s.sim.engine, s.playback, action);
	const lines = s.sim.narrate?.(s.playback.state, playback.state, action) ?? [];
	return {...s, playback, said: [...s.said, ...lines.map((line) => ({step: playback.steps, line}))].slice(-SAID_KEPT)};
}
