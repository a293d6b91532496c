import type {LiveAction} from '../types.js';
import type {RepoStrategyState} from './engine.js';

/** Send a team on vacation: in a polyrepo its bump waits vacationDays more days (a monorepo change does not wait for it). */
export const repoStrategyLiveActions: readonly LiveAction<RepoStrategyState>[] = [
	{
		label: {ko: '한 팀이 휴가', en: 'a team goes on vacation'},
		make: (s) => (s.params.mode === 'polyrepo' && s.plan.serviceDone.some((d) => d > s.hour) ? {type: 'vacation'} : undefined),
	},
];
