import type {LiveAction} from '../types.js';
import type {MonthState} from './engine.js';

/** Ship a bad change, or make the freeze call by hand. */
export const monthLiveActions: readonly LiveAction<MonthState>[] = [
	{label: {ko: '나쁜 변경 배포(오류 5%)', en: 'ship a bad change (5% errors)'}, make: () => ({type: 'bad-change'})},
	{label: {ko: '배포 동결', en: 'freeze releases'}, make: (s) => (s.frozen ? undefined : {type: 'freeze', on: true})},
	{label: {ko: '동결 해제', en: 'lift the freeze'}, make: (s) => (s.frozen ? {type: 'freeze', on: false} : undefined)},
];
