import type {LiveAction} from '../types.js';
import type {ScaleUpVsOutState} from './engine.js';
import {deployedServers} from './model.js';

/** Take one more web server down (a failure domain at work), or bring them all back. */
export const scaleUpVsOutLiveActions: readonly LiveAction<ScaleUpVsOutState>[] = [
	{
		label: {ko: '서버 한 대 멈춤', en: 'take a server down'},
		make: (s) => (s.failed < deployedServers(s.params) ? {type: 'fail-server'} : undefined),
	},
	{label: {ko: '모두 복구', en: 'restore all'}, make: (s) => (s.failed > 0 ? {type: 'restore'} : undefined)},
];
