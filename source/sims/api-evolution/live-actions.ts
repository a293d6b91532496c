import type {Localized} from '../../content/schema.js';
import type {ApiEvolutionAction, ApiEvolutionState} from './engine.js';

/** Something a learner can do from the simulation screen: make one dependency slow on every call, or recover. */
export type ApiEvolutionLiveAction = {readonly label: Localized; make(state: ApiEvolutionState): ApiEvolutionAction | undefined};

export const apiEvolutionLiveActions: readonly ApiEvolutionLiveAction[] = [
	{
		label: {ko: '의존성 하나 느리게', en: 'slow a dependency'},
		make: (s) => {
			const next = Array.from({length: s.params.dependencies}, (_, i) => i).find((i) => !s.alwaysSlow.includes(i));
			return next === undefined ? undefined : {type: 'slow-dependency', dependency: next};
		},
	},
	{label: {ko: '모두 복구', en: 'recover all'}, make: (s) => (s.alwaysSlow.length > 0 ? {type: 'recover'} : undefined)},
];
