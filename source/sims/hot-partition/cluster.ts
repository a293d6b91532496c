/** Where things are in a run: the hot partition, its replicas now, whether the burst is on, a node's lanes. */
import type {HotPartitionParams} from './params.js';
import {partitionKey, replicasOf, tokenOf, tokenRing} from './ring.js';
import type {HotPartitionState} from './types.js';

/** The partition everyone reads in the burst: the newest bucket of channel #0. */
export const HOT_KEY = partitionKey(0, 0);

export const lanesOf = (p: HotPartitionParams): number => (p.db === 'scylla' ? p.coresPerNode : 1);
export const perLaneOf = (p: HotPartitionParams): number => (p.db === 'scylla' ? 1 : p.coresPerNode);

/** The nodes holding a partition now. */
export function replicasNow(s: HotPartitionState, key: string): number[] {
	return replicasOf(tokenRing(s.nodeCount, s.params.vnodes), tokenOf(key), Math.min(s.params.replicationFactor, s.nodeCount));
}

export const inBurst = (s: HotPartitionState, t = s.tick): boolean =>
	t < s.params.durationMs && t >= s.burstFrom && t < s.burstUntil && s.params.burstRate > 0;
