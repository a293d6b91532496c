import type {Action, ScreenName} from '../keys.js';
import type {SimScreenState} from '../simulation-state.js';

/** The keys each mode of the simulation screen answers to (as its help line lists them); the reducer says what they do. */
const RUN_KEYS: Action[] = [
	'toggle',
	'slower',
	'faster',
	'stepNext',
	'stepBack',
	'toEnd',
	'restart',
	'newSeed',
	'reset',
	'up',
	'down',
	'prev',
	'next',
	'open',
	'predict',
	'legend',
	'challenges',
	'share',
	'loadCode',
];
const FIELD_KEYS: Action[] = ['erase', 'open', 'back'];
const COMMAND_KEYS: Action[] = [...FIELD_KEYS, 'up', 'down'];
const VIEW_KEYS: Action[] = ['up', 'down', 'back'];

/** Which of the screen's key declarations is in force (for the help line and `?`), and the keys it hands to the reducer. */
export function simulationKeys(state: SimScreenState, captured: boolean, hasCommand: boolean): {name: ScreenName; keys: Action[]} {
	const {mode, panel} = state;
	if (mode.kind === 'command') return {name: 'sim-command-line', keys: COMMAND_KEYS};
	if (mode.kind === 'code') return {name: 'sim-code', keys: FIELD_KEYS};
	if (mode.kind === 'typing' || mode.kind === 'predicting') return {name: 'sim-predict', keys: FIELD_KEYS};
	if (panel === 'share') return {name: 'sim-share', keys: VIEW_KEYS};
	if (captured) return {name: 'sim-challenges', keys: VIEW_KEYS};
	return hasCommand ? {name: 'sim-command', keys: [...RUN_KEYS, 'command']} : {name: 'sim', keys: RUN_KEYS};
}
