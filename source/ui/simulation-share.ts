/**
 * Share codes on the simulation screen, pure like the rest of its state: s
 * shows the run's code (a view of its own: the code whole, wrapped where it
 * must be), o opens a field for a code. The field takes every printable key
 * (a paste of a whole code in one write too); spaces and line breaks are left
 * out, so a code copied over several lines pastes whole; Enter reads it: the
 * run it holds replaces this one (the same params, seed, live actions and
 * step), or the field says why not and the run stays; Esc leaves the field.
 */
import {messages} from '../content/messages.js';
import type {Lang} from '../content/text.js';
import {act, advance, startPlayback} from '../sims/playback.js';
import {decodeRun, type ShareProblem, type ShareRegistry} from '../sims/share-code.js';
import type {SimRun} from '../sims/sim-run.js';
import type {Said, SimScreenAction, SimScreenState} from './simulation-state.js';

export type CodeMode = {kind: 'code'; text: string; problem?: ShareProblem};

/** What reading a code needs: the pack simulation on screen, the packs a code may name, the language to say it in. */
export type ShareContext = {pack: string; sim: string; registry: ShareRegistry; lang: Lang};

const SAID_KEPT = 200;

export function openCodeField(s: SimScreenState): SimScreenState {
	return s.share ? {...s, panel: 'run', mode: {kind: 'code', text: ''}} : s;
}

/**
 * A run put on the screen as it was: replayed from its seed with each action at
 * its step, narrated as if it had been watched, paused. A run of another pack
 * simulation is left for the screen to open (`elsewhere`).
 */
export function loadRun(s: SimScreenState, run: SimRun): SimScreenState {
	const paused = {...s, mode: {kind: 'params'} as const};
	if (!s.share || run.pack !== s.share.pack || run.sim !== s.share.sim) return {...paused, elsewhere: run};
	const {engine, narrate} = s.sim;
	let p = startPlayback(engine, run.params, run.seed);
	const said: Said[] = [];
	const tell = (before: unknown, after: unknown, action: {type: string}, step: number) => {
		for (const line of narrate?.(before, after, action) ?? []) said.push({step, line});
		if (said.length > SAID_KEPT * 2) said.splice(0, said.length - SAID_KEPT);
	};
	const tickTo = (step: number) => {
		while (p.steps < step && !p.done) {
			const next = advance(engine, p, 1);
			tell(p.state, next.state, {type: 'tick'}, next.steps);
			p = next;
		}
	};
	for (const {at, action} of run.actions) {
		tickTo(at);
		const next = act(engine, p, action);
		tell(p.state, next.state, action, next.steps);
		p = next;
	}
	tickTo(run.steps);
	const notice = messages[s.share.lang].shareLoaded(run.seed, run.steps);
	return {...paused, playback: p, said: said.slice(-SAID_KEPT), prediction: undefined, notice, panel: 'run', scroll: 0};
}

/** Keys while the code field has them. */
export function reduceCodeField(s: SimScreenState, mode: CodeMode, a: SimScreenAction): SimScreenState {
	// The "o" that opened the field, read in the same chunk as it (so with its action too), is not typed.
	if (a.type === 'text') {
		if (a.captured === false && mode.text === '' && a.text === 'o') return s;
		return a.text > ' ' ? {...s, mode: {kind: 'code', text: mode.text + a.text}} : s;
	}
	if (a.type !== 'key') return s;
	switch (a.key) {
		case 'erase':
			return {...s, mode: {kind: 'code', text: mode.text.slice(0, -1)}};
		case 'back':
			return {...s, mode: {kind: 'params'}};
		case 'open': {
			if (mode.text === '' || !s.share) return {...s, mode: {kind: 'params'}};
			const result = decodeRun(mode.text, s.share.registry);
			// A line break in the middle of a pasted code reads as Enter: the field keeps the text, and the rest of the paste goes on after it.
			return result.ok ? loadRun(s, result.run) : {...s, mode: {...mode, problem: result.problem}};
		}
		default:
			return s;
	}
}

/** The code view: Esc or s closes it, o opens the field for a code, ↑↓ scroll a code longer than the screen. */
export function reduceShareView(s: SimScreenState, a: SimScreenAction): SimScreenState {
	if (a.type === 'text') {
		if (!a.captured) return s;
		if (a.text === 's') return {...s, panel: 'run'};
		return a.text === 'o' ? openCodeField(s) : s;
	}
	if (a.type !== 'key') return s;
	if (a.key === 'back' || a.key === 'share') return {...s, panel: 'run'};
	if (a.key === 'loadCode') return openCodeField(s);
	if (a.key === 'up') return {...s, scroll: Math.max(0, s.scroll - 1)};
	if (a.key === 'down') return {...s, scroll: s.scroll + 1};
	return s;
}
