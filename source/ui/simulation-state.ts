/**
 * The simulation screen's state as a pure reducer (no React, no Ink): the run
 * being watched, what it has said (narration), what the keys are doing now
 * (the mode), which panel shows and the row of the parameter panel. Every key
 * is one action reduced against the state the last key left, so several keys
 * in one chunk ("llll", "p0.1⏎") act in order.
 */
import type {Localized} from '../content/schema.js';
import {messages} from '../content/messages.js';
import {changeParam} from '../sims/param-input.js';
import {nudgeBy, paramInfo, paramMeta} from '../sims/param-meta.js';
import {type Playback, startPlayback, stepBack} from '../sims/playback.js';
import {MAX_STEPS, valueAt} from '../sims/run.js';
import type {AnySim} from '../sims/types.js';
import {type Action, actionOf} from './keys.js';
import {type CommandMode, openCommand, reduceCommand} from './simulation-command.js';
import {type CodeMode, openCodeField, reduceCodeField, reduceShareView, type ShareContext} from './simulation-share.js';
import type {SimRun} from '../sims/sim-run.js';
import {defaultSpeed, SPEEDS} from './simulation-speed.js';
import {forward, frame, live, paused, restart} from './simulation-steps.js';

export {defaultSpeed, frameOf, SPEEDS, stepsPerSecond} from './simulation-speed.js';

export type SimMode =
	/** Paused: the keys change parameters, step the run and take live actions. */
	| {kind: 'params'}
	/** Playing: each frame advances the run; the same keys as paused. */
	| {kind: 'running'}
	/** A parameter's value being typed; Enter applies it (or says why not), Esc leaves it. */
	| {kind: 'typing'; param: string; text: string; error?: Localized}
	/** A prediction being typed before the run; Enter keeps it, Esc cancels only the prompt. */
	| {kind: 'predicting'; text: string}
	/** A simulation's command line (simulation-command.ts). */
	| CommandMode
	/** A share code being typed or pasted (simulation-share.ts). */
	| CodeMode;

export type Said = {readonly step: number; readonly line: Localized};

export type SimScreenState = {
	readonly sim: AnySim;
	/** The pack's params: what "reset to defaults" goes back to. */
	readonly initial: unknown;
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
	/** The last thing said on the notice line (a challenge met, a value not taken). */
	readonly notice: string | Localized | undefined;
	/** Narration so far, each line with the step it happened at. */
	readonly said: readonly Said[];
	/** What shows below the drawing: the run's panel, the legend; or full screen, the challenges or the run's share code. */
	readonly panel: 'run' | 'legend' | 'challenges' | 'share';
	/** First line shown of the challenges view or the legend. */
	readonly scroll: number;
	/** Lines run on the command line (a simulation that has one), oldest first, for ↑↓. */
	readonly typed: readonly string[];
	/** What reading a share code needs (simulation-share.ts); without it, o does nothing. */
	readonly share?: ShareContext;
	/** A code read here that holds a run of another simulation: the screen opens it. */
	readonly elsewhere?: SimRun;
	/** The run the screen was opened with, if any (use-simulation-state.ts starts there once). */
	readonly from?: SimRun;
};

export type SimScreenAction =
	| {type: 'key'; key: Action}
	/**
	 * A printable character: typed in a field, or 1–9 for a live action.
	 * `captured`: a field had the keys when it was read, so no action came with
	 * it; if the field has closed since (keys typed in one chunk), it acts as its key.
	 */
	| {type: 'text'; text: string; captured?: boolean}
	| {type: 'frame'}
	/** Something to say; `revealed` also forgets the prediction (it has been scored). */
	| {type: 'notice'; text: string; revealed?: boolean};

const both = (key: 'simReset'): Localized => ({en: messages.en[key], ko: messages.ko[key]});

export function initialSimulationState(sim: AnySim, params: unknown, predictMetric?: string): SimScreenState {
	return {
		sim,
		initial: params,
		predictMetric,
		playback: startPlayback(sim.engine, params, 1),
		mode: {kind: 'params'},
		speed: defaultSpeed(sim),
		selected: 0,
		prediction: undefined,
		notice: undefined,
		said: [],
		panel: 'run',
		scroll: 0,
		typed: [],
	};
}

/** Whether a text field (or the challenges view) has the keys: q, ? and digits are typed, Esc stays on the screen. */
export const isTyping = (s: SimScreenState): boolean =>
	s.mode.kind === 'typing' || s.mode.kind === 'predicting' || s.mode.kind === 'command' || s.mode.kind === 'code';
export const capturesKeys = (s: SimScreenState): boolean => isTyping(s) || s.panel === 'challenges' || s.panel === 'share';

/** Keys while a field has them: characters go into it; Enter, Backspace and Esc act on it; nothing else does. */
function reduceTyping(s: SimScreenState, mode: Extract<SimMode, {kind: 'typing' | 'predicting'}>, a: SimScreenAction): SimScreenState {
	if (a.type === 'text') {
		const accepted = mode.kind === 'typing' ? a.text >= ' ' : /^[\d.eE-]$/.test(a.text);
		return accepted ? {...s, mode: {...mode, text: mode.text + a.text}} : s;
	}
	if (a.type !== 'key') return s;
	switch (a.key) {
		case 'erase':
			return {...s, mode: {...mode, text: mode.text.slice(0, -1)}};
		// Esc leaves the field only: the parameters and the run stay.
		case 'back':
			return paused(s);
		case 'open': {
			if (mode.kind === 'typing') {
				const meta = paramMeta(s.sim.engine, s.playback.params as Record<string, unknown>).find((m) => m.name === mode.param);
				if (!meta) return paused(s);
				const change = changeParam(s.sim, s.playback.params, meta, {text: mode.text});
				if (!change.ok) return {...s, mode: {...mode, error: change.reason}};
				return {...restart(s, change.params, s.playback.seed), notice: undefined};
			}
			const value = Number(mode.text);
			return mode.text !== '' && Number.isFinite(value) ? {...paused(s), prediction: value} : paused(s);
		}
		default:
			return s;
	}
}

/** The challenges view: ↑↓ scroll, Esc or c closes it. */
function reduceChallenges(s: SimScreenState, a: SimScreenAction): SimScreenState {
	// A c typed while the view had the keys closes it (one that opened it came with its key, not typed).
	if (a.type === 'text') return a.captured && a.text === 'c' ? {...s, panel: 'run'} : s;
	if (a.type !== 'key') return s;
	if (a.key === 'back' || a.key === 'challenges') return {...s, panel: 'run'};
	if (a.key === 'up') return {...s, scroll: Math.max(0, s.scroll - 1)};
	if (a.key === 'down') return {...s, scroll: s.scroll + 1};
	return s;
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
			return paused(forward(s, 1));
		case 'stepBack': {
			const back = stepBack(engine, p);
			return {...paused(s), playback: back, said: s.said.filter((x) => x.step <= back.steps)};
		}
		case 'toEnd':
			return paused(forward(s, MAX_STEPS));
		case 'restart':
			return restart(s, p.params, p.seed);
		case 'newSeed':
			return restart(s, p.params, p.seed + 1);
		case 'reset':
			return {...restart(s, s.initial, 1), speed: defaultSpeed(s.sim), selected: 0, notice: both('simReset')};
		case 'legend':
			return {...s, panel: s.panel === 'legend' ? 'run' : 'legend', scroll: 0};
		case 'challenges':
			return {...s, panel: 'challenges', scroll: 0};
		// With the legend in the parameters' place, ↑↓ scroll it.
		case 'up':
			if (s.panel === 'legend') return {...s, scroll: Math.max(0, s.scroll - 1)};
			return {...s, selected: (s.selected - 1 + metas.length) % metas.length};
		case 'down':
			if (s.panel === 'legend') return {...s, scroll: s.scroll + 1};
			return {...s, selected: (s.selected + 1) % metas.length};
		case 'prev':
		case 'next': {
			if (!meta || meta.kind === 'fixed' || meta.kind === 'text') return s;
			const value = nudgeBy(meta, valueAt(p.params, meta.name), key === 'next' ? 1 : -1, paramInfo(s.sim, meta.name)?.step);
			const change = changeParam(s.sim, p.params, meta, {value});
			if (!change.ok) return {...s, notice: change.reason};
			return {...restart(s, change.params, p.seed), notice: undefined};
		}
		case 'open':
			if (!meta || meta.kind === 'fixed') return s;
			// A text is edited from what it is; a number or a choice is typed afresh.
			return {...s, mode: {kind: 'typing', param: meta.name, text: meta.kind === 'text' ? String(valueAt(p.params, meta.name) ?? '') : ''}};
		case 'predict':
			// Before the run, and (on a command line) before the first command.
			if (!s.predictMetric || p.steps > 0 || (s.sim.command && p.actions.length > 0)) return s;
			return {...s, mode: {kind: 'predicting', text: ''}};
		case 'command':
			return openCommand(s);
		// The code is of the run as it stands: it stops, so the code stays still to be copied.
		case 'share':
			return {...paused(s), panel: 'share', scroll: 0};
		case 'loadCode':
			return openCodeField(s);
		default:
			return s;
	}
}

export function simulationReducer(s: SimScreenState, a: SimScreenAction): SimScreenState {
	if (a.type === 'frame') return s.mode.kind === 'running' ? frame(s) : s;
	if (a.type === 'notice') return {...s, notice: a.text, prediction: a.revealed ? undefined : s.prediction};
	if (s.mode.kind === 'command') return reduceCommand(s, s.mode, a);
	if (s.mode.kind === 'code') return reduceCodeField(s, s.mode, a);
	if (s.mode.kind === 'typing' || s.mode.kind === 'predicting') return reduceTyping(s, s.mode, a);
	if (s.panel === 'challenges') return reduceChallenges(s, a);
	if (s.panel === 'share') return reduceShareView(s, a);
	if (a.type === 'key') return reduceKey(s, a.key);
	const key = a.captured ? actionOf(a.text, {} as Parameters<typeof actionOf>[1], 'sim') : undefined;
	return key ? reduceKey(s, key) : live(s, a.text);
}
