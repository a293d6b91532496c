import type {RandomState} from '../random.js';
import type {ConsistentHashingParams} from './params.js';
import type {KeyIndex} from './placement.js';
import type {Ring} from './ring.js';

export interface ChServer {
	readonly id: number;
	readonly name: string;
	readonly points: readonly number[];
}

export type ChChange = {readonly kind: 'add' | 'remove'; readonly name: string};

export type ConsistentHashingAction = {type: 'add-server'; name?: string} | {type: 'remove-server'; name: string};

export interface ConsistentHashingState {
	readonly params: ConsistentHashingParams;
	readonly tick: number;
	/** Server id → name; append-only, so a name keeps its id (and its points) if it returns. */
	readonly names: readonly string[];
	/** Ids of the servers of the first placement, in order (what hash mod N indexes). */
	readonly initial: readonly number[];
	/** Current servers in joining order. */
	readonly servers: readonly ChServer[];
	readonly ring: Ring;
	/** Each key's position on the ring ("key-<i>" at index i). */
	readonly keyHashes: readonly number[];
	/** The keys sorted by position, so a change looks up only the keys in the arcs it touched. */
	readonly keyIndex: KeyIndex;
	/** Owner server id per key: at the first placement, before the last change, now. */
	readonly initialOwners: readonly number[];
	readonly previousOwners: readonly number[];
	readonly owners: readonly number[];
	/** Kept up to date with each change (never a pass over every key per frame): */
	/** keys each server id owns now; */
	readonly keyCounts: readonly number[];
	/** the keys the last change moved, by key index; */
	readonly lastMoved: readonly number[];
	/** how many keys sit elsewhere than at the first placement; */
	readonly movedFromInitial: number;
	/** how many keys hash mod N would have moved from the first placement to the servers now. */
	readonly moduloMoved: number;
	readonly pending: readonly ChChange[];
	readonly applied: readonly ChChange[];
	/** Why the last action was refused, or null. */
	readonly note: string | null;
	readonly random: RandomState;
}
