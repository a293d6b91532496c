/**
 * The simulation screen's state as a pure reducer (no React, no Ink): the run
 * being watched, what the keys are doing now (the mode) and the row of the
 * parameter panel. Every key is one action reduced against the state the last
 * key left, so several keys in one chunk ("llll", "p0.1⏎") act in order
 * without any copy of the state kept aside for them.
 */
import {nudge, paramMeta, setParam} from '../sims/param-meta.js';
import {act, advance, type Playback, startPlayback, stepBack, toEnd} from '../sims/playback.js';
import {valueAt} from '../sims/run.js';
import type {AnySim} from '../sims/types.js';
import type {Action} from './keys.js';

/** Steps per frame while running; 0 speeds up as the run goes on, so long runs end in seconds. */
export const SPEEDS = [1, 5, 25, 0];

export type SimMode =
	/** Paused: the keys change parameters, step the run and take live actions. */
	| {kind: 'params'}
	/** Playing: each frame advances the run; the same keys as paused. */
	| {kind: 'running'}
	/** A text parameter being typed; Enter applies it, Esc leaves it. */
	| {kind: 'typing'; param: string; text: string}
	/** A prediction being typed before the run; Enter keeps it, Esc cancels. */
	| {kind: 'predicting'; text: string};

export type SimScreenState = {
	readonly sim: AnySim;
	/** The summary figure a prediction is about, when the pack's challenges give one. */
	readonly predictMetric: string | undefined;
	readonly playback: Playback;
	readonly mode: SimMode;
	/** Index into SPEEDS. */
	readonly speed: number;
	/** The selected row of the parameter panel. */
	readonly selected: number;
	/** The learner's prediction for this run, until it is revealed. */
	readonly prediction: number | undefined;
	/** The last thing said on the notice line (a challenge met, a prediction scored). */
	readonly notice: string | undefined;
};

export type SimScreenAction =
	/** A key from the key table. */
	| {type: 'key'; key: Action}
	/** A printable character: typed in a field, or 1–9 for a live action. */
	| {type: 'text'; text: string}
	/** The play timer. */
	| {type: 'frame'}
	/** Something to say; `revealed` also forgets the prediction (it has been scored). */
	| {type: 'notice'; text: string; revealed?: boolean};

export function initialSimulationState(sim: AnySim, params: unknown, predictMetric?: string): SimScreenState {
	return {
		sim,
		predictMetric,
		playback: startPlayback(sim.engine, params, 1),
		mode: {kind: 'params'},
		speed: SPEEDS.length - 1,
		selected: 0,
		prediction: undefined,
		notice: undefined,
	};
}

/** Whether a text field has the keys (q, ? and digits are typed). */
export const isTyping = (s: SimScreenState): boolean => s.mode.kind === 'typing' || s.mode.kind === 'predicting';

/** Steps taken by one frame of playing. */
export const pace = (s: SimScreenState): number => SPEEDS[s.speed] ?? 0;

const paused = (s: SimScreenState, playback: Playback): SimScreenState => ({...s, playback, mode: {kind: 'params'}});

/** A new run from step 0 (paused); it forgets the prediction made for the old one. */
function restart(s: SimScreenState, params: unknown, seed: number): SimScreenState {
	return {...paused(s, startPlayback(s.sim.engine, params, seed)), prediction: undefined};
}

/** The params with one changed, if the engine's schema takes them; otherwise the state as it was. */
function withParam(s: SimScreenState, name: string, value: unknown): SimScreenState {
	const parsed = s.sim.engine.params.safeParse(setParam(s.playback.params as Record<string, unknown>, name, value));
	return parsed.success ? restart(s, parsed.data, s.playback.seed) : s;
}

function frame(s: SimScreenState): SimScreenState {
	const p = s.playback;
	const next = advance(s.sim.engine, p, pace(s) || Math.ceil(p.steps / 10) + 1);
	return {...s, playback: next, mode: next.done ? {kind: 'params'} : s.mode};
}

/** Keys while a field has them: characters go into the field; Enter, Backspace and Esc act on it; nothing else does. */
function reduceTyping(s: SimScreenState, mode: Extract<SimMode, {kind: 'typing' | 'predicting'}>, a: SimScreenAction): SimScreenState {
	if (a.type === 'text') {
		const accepted = mode.kind === 'typing' ? a.text >= ' ' : /^[\d.-]$/.test(a.text);
		return accepted ? {...s, mode: {...mode, text: mode.text + a.text}} : s;
	}
	if (a.type !== 'key') return s;
	switch (a.key) {
		case 'erase':
			return {...s, mode: {...mode, text: mode.text.slice(0, -1)}};
		// Esc leaves the field only: the parameters and the run stay.
		case 'back':
			return {...s, mode: {kind: 'params'}};
		case 'open': {
			const left = {...s, mode: {kind: 'params'} as const};
			if (mode.kind === 'typing') return withParam(left, mode.param, mode.text);
			const value = Number(mode.text);
			return mode.text !== '' && Number.isFinite(value) ? {...left, prediction: value} : left;
		}
		default:
			return s;
	}
}

function reduceKey(s: SimScreenState, key: Action): SimScreenState {
	const {engine} = s.sim;
	const p = s.playback;
	const metas = paramMeta(engine, p.params as Record<string, unknown>);
	const meta = metas[s.selected];
	switch (key) {
		case 'toggle':
			if (p.done) return s;
			return {...s, mode: {kind: s.mode.kind === 'running' ? 'params' : 'running'}};
		case 'slower':
			return {...s, speed: Math.max(0, s.speed - 1)};
		case 'faster':
			return {...s, speed: Math.min(SPEEDS.length - 1, s.speed + 1)};
		case 'stepNext':
			return paused(s, advance(engine, p, 1));
		case 'stepBack':
			return paused(s, stepBack(engine, p));
		case 'toEnd':
			return paused(s, toEnd(engine, p));
		case 'restart':
			return restart(s, p.params, p.seed);
		case 'newSeed':
			return restart(s, p.params, p.seed + 1);
		case 'up':
			return {...s, selected: (s.selected - 1 + metas.length) % metas.length};
		case 'down':
			return {...s, selected: (s.selected + 1) % metas.length};
		case 'prev':
		case 'next':
			if (!meta || meta.kind === 'fixed') return s;
			return withParam(s, meta.name, nudge(meta, valueAt(p.params, meta.name), key === 'next' ? 1 : -1));
		case 'open':
			if (meta?.kind !== 'text') return s;
			return {...s, mode: {kind: 'typing', param: meta.name, text: String(valueAt(p.params, meta.name) ?? '')}};
		case 'predict':
			return s.predictMetric && p.steps === 0 ? {...s, mode: {kind: 'predicting', text: ''}} : s;
		default:
			return s;
	}
}

export function simulationReducer(s: SimScreenState, a: SimScreenAction): SimScreenState {
	switch (a.type) {
		case 'frame':
			return s.mode.kind === 'running' ? frame(s) : s;
		case 'notice':
			return {...s, notice: a.text, prediction: a.revealed ? undefined : s.prediction};
		default:
			break;
	}
	if (s.mode.kind === 'typing' || s.mode.kind === 'predicting') return reduceTyping(s, s.mode, a);
	if (a.type === 'key') return reduceKey(s, a.key);
	// 1–9: the simulation's live actions (crash the leader, add a consumer…), while the run is not over.
	const live = s.sim.liveActions[Number(a.text) - 1]?.make(s.playback.state);
	return live && !s.playback.done ? {...s, playback: act(s.sim.engine, s.playback, live)} : s;
}
