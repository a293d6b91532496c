import type {LiveAction} from '../types.js';
import {MAX_STREAMS, type ServerlessCostState} from './engine.js';

/** Double the streams, start a retry storm, get the Step Functions quota raised. */
export const serverlessCostLiveActions: readonly LiveAction<ServerlessCostState>[] = [
	{
		label: {ko: '스트림 두 배', en: 'double the streams'},
		make: (s) => (s.streams > 0 && s.streams < MAX_STREAMS ? {type: 'double-streams'} : undefined),
	},
	{label: {ko: '재시도 폭주', en: 'retry storm'}, make: (s) => (s.stormDays === 0 ? {type: 'retry-storm'} : undefined)},
	{label: {ko: '전환 한도 상향', en: 'raise the limit'}, make: () => ({type: 'raise-quota'})},
];
