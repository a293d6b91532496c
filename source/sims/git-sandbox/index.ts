import {defineSim} from '../types.js';
import {gitSandbox} from './engine.js';
import {gitSandboxView} from './view.js';

/**
 * The git sandbox (chapter 56): what the registry lists. Its action is a
 * typed command, `{type: 'command', text: 'merge feature'}`; a tick plays the
 * next command of the level's solution. The one live action takes back the
 * last command.
 */
export const gitSandboxSim = defineSim({
	engine: gitSandbox,
	view: gitSandboxView,
	liveActions: [
		{
			label: {en: 'undo the last command', ko: '마지막 명령 되돌리기'},
			make: (state) => (state.past.length > 0 ? {type: 'command', text: 'undo'} : undefined),
		},
	],
});
