/**
 * The command line of a simulation that declares one (the git sandbox): `:`
 * opens it, every printable key is typed (q, ?, digits and Space too), Enter
 * runs the line as a live action and leaves the line open for the next one,
 * ↑↓ bring back earlier lines, Esc clears the line, and Esc on an empty line
 * closes it. Pure, like the rest of the screen's state.
 */
import {act} from '../sims/playback.js';
import type {SimScreenAction, SimScreenState} from './simulation-state.js';

export type CommandMode = {kind: 'command'; text: string; recall: number};

/** Lines run, kept for ↑↓; narration kept for the screen. */
const TYPED_KEPT = 50;
const SAID_KEPT = 200;

export function openCommand(s: SimScreenState): SimScreenState {
	return s.sim.command ? {...s, mode: {kind: 'command', text: '', recall: s.typed.length}} : s;
}

/** Runs one line: the engine's action for it, taken now (steps back replay it), and what the simulation says it did. */
export function runLine(s: SimScreenState, text: string): SimScreenState {
	const command = s.sim.command;
	if (!command) return s;
	const action = command.action(text);
	const playback = act(s.sim.engine, s.playback, action);
	const lines = s.sim.narrate?.(s.playback.state, playback.state, action) ?? [];
	const said = [...s.said, ...lines.map((line) => ({step: playback.steps, line}))].slice(-SAID_KEPT);
	const typed = [...s.typed, text].slice(-TYPED_KEPT);
	return {...s, playback, said, typed, notice: undefined, mode: {kind: 'command', text: '', recall: typed.length}};
}

export function reduceCommand(s: SimScreenState, mode: CommandMode, a: SimScreenAction): SimScreenState {
	if (a.type === 'text') {
		// The ":" that opened the line, read in the same chunk as it (so with its action too), is not typed.
		if (a.captured === false && mode.text === '' && a.text === ':') return s;
		return a.text >= ' ' ? {...s, mode: {...mode, text: mode.text + a.text}} : s;
	}
	if (a.type !== 'key') return s;
	switch (a.key) {
		case 'erase':
			return {...s, mode: {...mode, text: mode.text.slice(0, -1)}};
		// Esc takes back the line; on an empty line it closes the command line (the run stays).
		case 'back':
			return mode.text === '' ? {...s, mode: {kind: 'params'}} : {...s, mode: {...mode, text: '', recall: s.typed.length}};
		case 'open':
			return mode.text.trim() === '' ? s : runLine(s, mode.text.trim());
		case 'up':
		case 'down': {
			const recall = Math.max(0, Math.min(s.typed.length, mode.recall + (a.key === 'up' ? -1 : 1)));
			return {...s, mode: {...mode, recall, text: s.typed[recall] ?? ''}};
		}
		default:
			return s;
	}
}
