import type {LiveAction} from '../types.js';
import type {ApiEvolutionState} from './engine.js';

/** Make one more dependency slow on every call (an injected slow service), or recover them all. */
export const apiEvolutionLiveActions: readonly LiveAction<ApiEvolutionState>[] = [
	{
		label: {ko: '의존성 하나 느리게', en: 'slow a dependency'},
		make: (s) => {
			const next = Array.from({length: s.params.dependencies}, (_, i) => i).find((i) => !s.alwaysSlow.includes(i));
			return next === undefined ? undefined : {type: 'slow-dependency', dependency: next};
		},
	},
	{label: {ko: '모두 복구', en: 'recover all'}, make: (s) => (s.alwaysSlow.length > 0 ? {type: 'recover'} : undefined)},
];
