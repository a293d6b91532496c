import type {LiveAction} from '../types.js';
import type {KafkaState} from './engine.js';

/** Add or remove a consumer, fail or recover a broker. */
export const kafkaLiveActions: readonly LiveAction<KafkaState>[] = [
	{label: {ko: '컨슈머 추가', en: 'add a consumer'}, make: () => ({type: 'add-consumer'})},
	{label: {ko: '컨슈머 제거', en: 'remove a consumer'}, make: () => ({type: 'remove-consumer'})},
	{
		label: {ko: '브로커 장애', en: 'fail a broker'},
		make: (s) => {
			const up = Array.from({length: s.params.brokers}, (_, b) => b).find((b) => !s.failedBrokers.includes(b));
			return up === undefined ? undefined : {type: 'fail-broker', broker: up};
		},
	},
	{
		label: {ko: '브로커 복구', en: 'recover a broker'},
		make: (s) => {
			const broker = s.failedBrokers[0];
			return broker === undefined ? undefined : {type: 'recover-broker', broker};
		},
	},
];
