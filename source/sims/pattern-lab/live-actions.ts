import type {LiveAction} from '../types.js';
import type {PatternLabState} from './engine.js';

/** A traffic spike now; a part crashes now. */
export const patternLabLiveActions: readonly LiveAction<PatternLabState>[] = [
	{label: {ko: '트래픽 폭증', en: 'traffic spike'}, make: () => ({type: 'spike'})},
	{label: {ko: '한 부분 장애', en: 'a part crashes'}, make: () => ({type: 'crash'})},
];
