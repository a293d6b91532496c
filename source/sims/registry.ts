import {bloomFilter} from './bloom-filter.js';
import {consistentHashing} from './consistent-hashing.js';
import {kafka} from './kafka.js';
import {loadBalancer} from './load-balancer.js';
import {quadtree} from './quadtree.js';
import {raft} from './raft.js';
import {rateLimiter} from './rate-limiter.js';
import {trie} from './trie.js';
import type {AnyEngine} from './types.js';

/** Every simulation, in chapter order: what packs name and `sd-trainer sim` runs. */
export const ENGINES: readonly AnyEngine[] = [loadBalancer, consistentHashing, rateLimiter, bloomFilter, trie, quadtree, raft, kafka];

export function engineById(id: string): AnyEngine | undefined {
	return ENGINES.find((e) => e.id === id);
}
