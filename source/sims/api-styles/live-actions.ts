import type {LiveAction} from '../types.js';
import type {ApiStylesState} from './engine.js';

/** Take the receiver down for five minutes; a burst of 50 events at once. */
export const apiStylesLiveActions: readonly LiveAction<ApiStylesState>[] = [
	{label: {ko: '수신자 5분 다운', en: 'receiver down 5 min'}, make: () => ({type: 'receiver-down', minutes: 5})},
	{label: {ko: '이벤트 50개 폭주', en: 'burst of 50 events'}, make: () => ({type: 'burst', events: 50})},
];
