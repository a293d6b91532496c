/**
 * Where the keys sit, kept up to date a change at a time. A key's owner is
 * the first ring point at or after its hash, so when a server joins, only
 * the keys in the arcs that end at its points can move (to it), and when one
 * leaves, only the keys in the arcs that ended at its points (to the next
 * point on). Keys are indexed by hash once, so a change costs the keys in
 * those arcs plus a binary search per arc, not a pass over every key.
 */
import {ownerOf, type Ring, successor} from './ring.js';

/** Keys sorted by hash: key `order[i]` sits at `hashes[i]`, ascending. */
export interface KeyIndex {
	readonly order: readonly number[];
	readonly hashes: readonly number[];
}

export function indexKeys(keyHashes: readonly number[]): KeyIndex {
	// Hash × 2^17 + index packs both exactly in a double (hash < 2^32, index < 2^17), so a numeric sort orders them.
	const packed = new Float64Array(keyHashes.length);
	keyHashes.forEach((h, i) => {
		packed[i] = h * 131_072 + i;
	});
	packed.sort();
	const order = new Array<number>(packed.length);
	const hashes = new Array<number>(packed.length);
	packed.forEach((x, i) => {
		order[i] = x % 131_072;
		hashes[i] = Math.floor(x / 131_072);
	});
	return {order, hashes};
}

/** First position whose hash is above `value`. */
function above(hashes: readonly number[], value: number): number {
	let lo = 0;
	let hi = hashes.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (hashes[mid]! <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Positions (in the index) of the keys in the arc (from, to], wrapping past 2^32 when from >= to (from == to: the whole circle). */
export function positionsInArc(index: KeyIndex, from: number, to: number): [number, number][] {
	const a = above(index.hashes, from);
	const b = above(index.hashes, to);
	return from < to
		? [[a, b]]
		: [
				[a, index.hashes.length],
				[0, b],
			];
}

/** The arc (previous point, point] that ends at `point` on `ring`; [point, point] (the whole circle) when no other point differs. */
export function arcEndingAt(ring: Ring, point: number): [number, number] {
	const j = successor(ring.points, point);
	return [ring.points[(j - 1 + ring.points.length) % ring.points.length] ?? point, point];
}

export type Reassigned = {owners: number[]; moved: number[]};

/**
 * Owners after the ring became `ring`: only keys in `arcs` are looked up
 * again. `moved` lists the keys whose owner changed, by key index ascending.
 */
export function reassign(ring: Ring, arcs: readonly [number, number][], index: KeyIndex, owners: readonly number[]): Reassigned {
	const next = owners.slice();
	const moved: number[] = [];
	for (const [from, to] of arcs) {
		for (const [start, end] of positionsInArc(index, from, to)) {
			for (let i = start; i < end; i++) {
				const key = index.order[i]!;
				const owner = ownerOf(ring, index.hashes[i]!);
				if (next[key] !== owner) {
					next[key] = owner;
					moved.push(key);
				}
			}
		}
	}
	return {owners: next, moved: moved.sort((a, b) => a - b)};
}
