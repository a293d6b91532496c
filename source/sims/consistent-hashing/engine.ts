/**
 * Consistent hashing (chapter 58): N servers × V virtual nodes on a ketama
 * ring (MD5), keys "key-<i>". Each tick applies one scheduled change (the
 * `add` new servers, then the `remove` initial servers the seed picks); the
 * summary compares owners with the first placement, and with hash mod N.
 */
import {z} from 'zod';
import {assignAll, buildRing, type Ring} from './ring.js';
import {ketamaKeyHash, ketamaServerPoints} from '../hash/md5-ketama.js';
import {Random, type RandomState, seedRandom} from '../random.js';
import {type ConsistentHashingSummary, summarize} from './summary.js';
import type {SimEngine} from '../types.js';

export {type ConsistentHashingSummary, movedKeyIndexes} from './summary.js';

export const consistentHashingParams = z
	.object({
		nodes: z.int().min(1).max(50).default(10),
		vnodes: z.int().min(4).max(500).multipleOf(4).default(8),
		keys: z.int().min(1).max(100_000).default(10_000),
		add: z.int().min(0).max(20).default(1),
		remove: z.int().min(0).max(49).default(0),
	})
	.refine((p) => p.remove < p.nodes, {message: 'remove must leave at least one initial server', path: ['remove']});

export type ConsistentHashingParams = z.infer<typeof consistentHashingParams>;

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
	/** Owner server id per key: at the first placement, before the last change, now. */
	readonly initialOwners: readonly number[];
	readonly previousOwners: readonly number[];
	readonly owners: readonly number[];
	readonly pending: readonly ChChange[];
	readonly applied: readonly ChChange[];
	/** Why the last action was refused, or null. */
	readonly note: string | null;
	readonly random: RandomState;
}

function makeServer(names: readonly string[], name: string, vnodes: number): [ChServer, string[]] {
	const known = names.indexOf(name);
	const id = known >= 0 ? known : names.length;
	const nextNames = known >= 0 ? [...names] : [...names, name];
	return [{id, name, points: ketamaServerPoints(name, vnodes)}, nextNames];
}

/** A fresh "node-<k>" that no server has used and no scheduled add will use. */
function freshName(state: ConsistentHashingState): string {
	const taken = new Set([...state.names, ...state.pending.map((c) => c.name)]);
	let k = state.names.length;
	while (taken.has(`node-${k}`)) k++;
	return `node-${k}`;
}

function withServers(state: ConsistentHashingState, servers: readonly ChServer[], names: readonly string[], change: ChChange) {
	const ring = buildRing(servers);
	return {
		...state,
		names,
		servers,
		ring,
		previousOwners: state.owners,
		owners: assignAll(ring, state.keyHashes),
		applied: [...state.applied, change],
		note: null,
	};
}

function apply(state: ConsistentHashingState, change: ChChange): ConsistentHashingState {
	const present = state.servers.some((s) => s.name === change.name);
	if (change.kind === 'add') {
		if (present) return {...state, note: `${change.name} is already on the ring`};
		const [server, names] = makeServer(state.names, change.name, state.params.vnodes);
		return withServers(state, [...state.servers, server], names, change);
	}
	if (!present) return {...state, note: `${change.name} is not on the ring`};
	if (state.servers.length === 1) return {...state, note: 'the last server cannot be removed'};
	const servers = state.servers.filter((s) => s.name !== change.name);
	return withServers(state, servers, state.names, change);
}

function validName(name: string): boolean {
	return /^[\w.:-]{1,40}$/.test(name);
}

export const consistentHashing: SimEngine<
	ConsistentHashingParams,
	ConsistentHashingState,
	ConsistentHashingAction,
	ConsistentHashingSummary
> = {
	id: 'consistent-hashing',
	chapter: 58,
	params: consistentHashingParams,
	paramHelp: {
		nodes: 'servers on the ring at the first placement (1–50)',
		vnodes: 'virtual nodes (ring points) per server, a multiple of 4: one MD5 gives 4 points (4–500)',
		keys: 'keys "key-<i>" placed on the ring (1–100000)',
		add: 'new servers added one per tick after the first placement (0–20)',
		remove: 'initial servers (picked by the seed) removed one per tick after the adds (0–49, fewer than nodes)',
	},
	init(params, seed) {
		const names: string[] = [];
		const servers: ChServer[] = [];
		for (let i = 0; i < params.nodes; i++) {
			names.push(`node-${i}`);
			servers.push({id: i, name: `node-${i}`, points: ketamaServerPoints(`node-${i}`, params.vnodes)});
		}
		const random = new Random(seedRandom(seed));
		const pending: ChChange[] = [];
		for (let i = 0; i < params.add; i++) pending.push({kind: 'add', name: `node-${params.nodes + i}`});
		const pool = [...names];
		for (let i = 0; i < params.remove; i++) {
			const [name] = pool.splice(random.int(0, pool.length - 1), 1);
			pending.push({kind: 'remove', name: name!});
		}
		const keyHashes = Array.from({length: params.keys}, (_, i) => ketamaKeyHash(`key-${i}`));
		const ring = buildRing(servers);
		const owners = assignAll(ring, keyHashes);
		return {
			params,
			tick: 0,
			names,
			initial: servers.map((s) => s.id),
			servers,
			ring,
			keyHashes,
			initialOwners: owners,
			previousOwners: owners,
			owners,
			pending,
			applied: [],
			note: null,
			random: random.state,
		};
	},
	step(state, action) {
		if (action.type === 'tick') {
			const [next, ...rest] = state.pending;
			const advanced = {...state, tick: state.tick + 1, pending: rest, note: null};
			return next ? apply(advanced, next) : advanced;
		}
		if (action.type === 'add-server') {
			const name = action.name ?? freshName(state);
			if (!validName(name)) return {...state, note: `invalid server name "${name}"`};
			return apply(state, {kind: 'add', name});
		}
		return apply(state, {kind: 'remove', name: action.name});
	},
	done: (state) => state.pending.length === 0,
	summary: summarize,
};
