/**
 * Consistent hashing (chapter 58): N servers × V virtual nodes on a ketama
 * ring (MD5), keys "key-<i>". Each tick applies one scheduled change (the
 * `add` new servers, then the `remove` initial servers the seed picks); the
 * summary compares owners with the first placement, and with hash mod N.
 * A change moves only the keys in the arcs it touched (see placement.ts).
 */
import {ketamaKeyHash, ketamaServerPoints} from '../hash/md5-ketama.js';
import {Random, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {type ConsistentHashingParams, consistentHashingParamHelp, consistentHashingParams} from './params.js';
import {arcEndingAt, indexKeys, type KeyIndex, reassign} from './placement.js';
import {assignAll, buildRing, withServer, withoutServer} from './ring.js';
import {type ConsistentHashingSummary, summarize} from './summary.js';
import type {ChChange, ChServer, ConsistentHashingAction, ConsistentHashingState} from './types.js';

export {type ConsistentHashingParams, consistentHashingParams} from './params.js';
export {type ConsistentHashingSummary, movedKeyIndexes} from './summary.js';
export type * from './types.js';

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

/** Keys hash mod N would place elsewhere than at the first placement (server ids stand for names). */
function moduloMoved(keyHashes: readonly number[], initial: readonly number[], servers: readonly ChServer[]): number {
	const after = servers.map((s) => s.id);
	const [b, a] = [initial.length, after.length];
	// h mod n as (h_hi·(2^16 mod n) + h_lo) mod n: small integers all the way, several times faster than a
	// remainder of a 32-bit hash, which is a double. This pass runs on every change.
	const [fb, fa] = [65_536 % b, 65_536 % a];
	let moved = 0;
	for (const h of keyHashes) {
		const hi = h >>> 16;
		const lo = h & 0xffff;
		if (initial[(hi * fb + lo) % b] !== after[(hi * fa + lo) % a]) moved++;
	}
	return moved;
}

/** The state after the ring changed by `server` joining or leaving: only keys in its arcs are looked up again. */
function withServers(
	state: ConsistentHashingState,
	servers: readonly ChServer[],
	names: readonly string[],
	change: ChChange,
	server: ChServer,
) {
	const ring = change.kind === 'add' ? withServer(state.ring, server) : withoutServer(state.ring, server.id);
	// A joining server's arcs end at its points on the new ring; a leaving one's ended at them on the old ring.
	const arcs = server.points.map((p) => arcEndingAt(change.kind === 'add' ? ring : state.ring, p));
	const {owners, moved} = reassign(ring, arcs, state.keyIndex, state.owners);
	const keyCounts = [...state.keyCounts];
	while (keyCounts.length < names.length) keyCounts.push(0);
	let movedFromInitial = state.movedFromInitial;
	for (const key of moved) {
		keyCounts[state.owners[key]!]!--;
		keyCounts[owners[key]!]!++;
		const first = state.initialOwners[key];
		movedFromInitial += (owners[key] !== first ? 1 : 0) - (state.owners[key] !== first ? 1 : 0);
	}
	return {
		...state,
		names,
		servers,
		ring,
		previousOwners: state.owners,
		owners,
		keyCounts,
		lastMoved: moved,
		movedFromInitial,
		moduloMoved: moduloMoved(state.keyHashes, state.initial, servers),
		applied: [...state.applied, change],
		note: null,
	};
}

function apply(state: ConsistentHashingState, change: ChChange): ConsistentHashingState {
	const present = state.servers.find((s) => s.name === change.name);
	if (change.kind === 'add') {
		if (present) return {...state, note: `${change.name} is already on the ring`};
		const [server, names] = makeServer(state.names, change.name, state.params.vnodes);
		return withServers(state, [...state.servers, server], names, change, server);
	}
	if (!present) return {...state, note: `${change.name} is not on the ring`};
	if (state.servers.length === 1) return {...state, note: 'the last server cannot be removed'};
	const servers = state.servers.filter((s) => s !== present);
	return withServers(state, servers, state.names, change, present);
}

/**
 * The keys' ring positions and their index, for the last key count asked for.
 * They depend on the count alone, and MD5 of 100,000 keys is most of the cost
 * of starting a run, which every parameter change and step back does again.
 * A pure function's results, kept and never changed: runs stay deterministic.
 */
let lastKeys: {count: number; hashes: readonly number[]; index: KeyIndex} | undefined;

function placedKeys(count: number): {hashes: readonly number[]; index: KeyIndex} {
	if (lastKeys?.count !== count) {
		const hashes = Array.from({length: count}, (_, i) => ketamaKeyHash(`key-${i}`));
		lastKeys = {count, hashes, index: indexKeys(hashes)};
	}
	return lastKeys;
}

function validName(name: string): boolean {
	return /^[\w.:-]{1,40}$/.test(name);
}

function init(params: ConsistentHashingParams, seed: number): ConsistentHashingState {
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
	const {hashes: keyHashes, index: keyIndex} = placedKeys(params.keys);
	const ring = buildRing(servers);
	const owners = assignAll(ring, keyHashes);
	const keyCounts = names.map(() => 0);
	for (const id of owners) keyCounts[id]!++;
	return {
		params,
		tick: 0,
		names,
		initial: servers.map((s) => s.id),
		servers,
		ring,
		keyHashes,
		keyIndex,
		initialOwners: owners,
		previousOwners: owners,
		owners,
		keyCounts,
		lastMoved: [],
		movedFromInitial: 0,
		moduloMoved: 0,
		pending,
		applied: [],
		note: null,
		random: random.state,
	};
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
	paramHelp: consistentHashingParamHelp,
	init,
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
