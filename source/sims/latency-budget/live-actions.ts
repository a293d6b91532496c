import type {LiveAction} from '../types.js';
import type {LatencyBudgetState} from './engine.js';

/** Run the profiler now, send a traffic spike, crash the process (losing what the async logger holds). */
export const latencyBudgetLiveActions: readonly LiveAction<LatencyBudgetState>[] = [
	{
		label: {ko: '프로파일러 실행', en: 'run the profiler'},
		make: (s) => (s.profiledAt === null ? {type: 'profile'} : undefined),
	},
	{
		label: {ko: '트래픽 급증', en: 'traffic spike'},
		make: (s) => (s.tick < s.spikeUntil ? undefined : {type: 'spike'}),
	},
	{label: {ko: '프로세스 크래시', en: 'crash the process'}, make: () => ({type: 'crash'})},
];
