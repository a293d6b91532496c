/**
 * Where a partition lives and which data-service instance handles a channel.
 * The token ring is Cassandra's: each node owns `vnodes` tokens
 * (MurmurHash3 of "node-<n>#<v>"), a partition's token is MurmurHash3 of its
 * key "<channel>:<bucket>", and its replicas are the first `rf` distinct nodes
 * met walking clockwise from it (SimpleStrategy). Channel routing uses
 * rendezvous hashing (Thaler & Ravishankar, 1998): the instance with the
 * highest MurmurHash3(channel, instance) wins, so one channel always goes to
 * one instance. Results are cached by their inputs: they are pure.
 */
import {murmur3String} from '../hash/murmur3.js';

export type TokenRing = {readonly tokens: Uint32Array; readonly owners: Uint16Array};

const rings = new Map<string, TokenRing>();

export function tokenRing(nodes: number, vnodes: number): TokenRing {
	const key = `${nodes}:${vnodes}`;
	let ring = rings.get(key);
	if (!ring) {
		const points: [number, number][] = [];
		for (let n = 0; n < nodes; n++) for (let v = 0; v < vnodes; v++) points.push([murmur3String(`node-${n}#${v}`), n]);
		points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		ring = {tokens: Uint32Array.from(points, (p) => p[0]), owners: Uint16Array.from(points, (p) => p[1])};
		rings.set(key, ring);
	}
	return ring;
}

export const partitionKey = (channel: number, bucket: number): string => `${channel}:${bucket}`;

const tokens = new Map<string, number>();

/** The partition's token: MurmurHash3 x86_32 of its key. */
export function tokenOf(key: string): number {
	let t = tokens.get(key);
	if (t === undefined) {
		t = murmur3String(key);
		tokens.set(key, t);
	}
	return t;
}

/** The first `rf` distinct nodes clockwise from `token` (fewer when there are fewer nodes). */
export function replicasOf(ring: TokenRing, token: number, rf: number): number[] {
	const {tokens: points, owners} = ring;
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (points[mid]! >= token) hi = mid;
		else lo = mid + 1;
	}
	const out: number[] = [];
	for (let i = 0; i < points.length && out.length < rf; i++) {
		const owner = owners[(lo + i) % points.length]!;
		if (!out.includes(owner)) out.push(owner);
	}
	return out;
}

const routes = new Map<string, number>();

/** The data-service instance for a channel: rendezvous (highest random weight) hashing. */
export function instanceFor(channel: number, instances: number): number {
	const key = `${instances}:${channel}`;
	let best = routes.get(key);
	if (best === undefined) {
		best = 0;
		let top = -1;
		for (let i = 0; i < instances; i++) {
			const w = murmur3String(String(channel), i);
			if (w > top) {
				top = w;
				best = i;
			}
		}
		routes.set(key, best);
	}
	return best;
}

/** ScyllaDB's shard for a token on a node with `shards` cores: ⌊token × shards / 2^32⌋ (its multiply-high rule, on 32 bits). */
export const shardOf = (token: number, shards: number): number => Math.floor((token * shards) / 2 ** 32);
