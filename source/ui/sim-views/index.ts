import type {Lang} from '../../content/text.js';
import {bloomFilterView} from './bloom-filter.js';
import {consistentHashingView} from './consistent-hashing.js';
import {kafkaView} from './kafka.js';
import {loadBalancerView} from './load-balancer.js';
import {quadtreeView} from './quadtree.js';
import {raftView} from './raft.js';
import {rateLimiterView} from './rate-limiter.js';
import {trieView} from './trie.js';
import type {ViewLine} from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each view takes its own engine's state
type View = (state: any, width: number, rows: number, lang: Lang) => ViewLine[];

/** The drawing of each engine's state, by engine id. */
const VIEWS: Record<string, View> = {
	'load-balancer': loadBalancerView,
	'consistent-hashing': consistentHashingView,
	'bloom-filter': bloomFilterView,
	'rate-limiter': rateLimiterView,
	trie: trieView,
	quadtree: quadtreeView,
	raft: raftView,
	kafka: kafkaView,
};

export function viewFor(engine: string): View | undefined {
	return VIEWS[engine];
}
