import type {LiveAction} from '../types.js';
import {HOT_KEY, replicasNow} from './cluster.js';
import type {HotPartitionState} from './types.js';

/** Post @everyone now, add a node to the ring, pause the hot partition's first node for GC. */
export const hotPartitionLiveActions: readonly LiveAction<HotPartitionState>[] = [
	{
		label: {ko: '@everyone 보내기', en: 'post @everyone'},
		make: (s) => (s.params.burstMs > 0 && s.params.burstRate > 0 && s.tick < s.params.durationMs ? {type: 'everyone'} : undefined),
	},
	{label: {ko: 'DB 노드 추가', en: 'add a DB node'}, make: (s) => (s.nodeCount < 200 ? {type: 'add-node'} : undefined)},
	{
		label: {ko: '핫 노드 GC 멈춤', en: 'GC pause on the hot node'},
		make: (s) => {
			const node = replicasNow(s, HOT_KEY)[0];
			const can = s.params.db === 'cassandra' && s.params.gcPauseMs > 0 && node !== undefined && s.nodes[node]!.pausedUntil <= s.tick;
			return can ? {type: 'gc-pause', node} : undefined;
		},
	},
];
