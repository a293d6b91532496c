import {defineSim} from '../types.js';
import {legend} from './draw.js';
import {gitSandbox} from './engine.js';
import {narrateStep} from './narrate.js';
import {gitSandboxParamInfo, gitSandboxResultInfo} from './param-info.js';
import {gitSandboxView} from './view.js';

/**
 * The git sandbox (chapter 56): what the registry lists. The learner types
 * git commands on the screen's command line (`{type: 'command', text}`); a
 * tick plays the next command of the `script` param. The one live action
 * takes back the last command. One step a second: a command at a time.
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
	params: gitSandboxParamInfo,
	results: gitSandboxResultInfo,
	narrate: narrateStep,
	legend,
	stepsPerSecond: 1,
	command: {
		prompt: {en: '$ git', ko: '$ git'},
		action: (text) => ({type: 'command', text}),
	},
});
