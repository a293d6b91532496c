/**
 * The continuum of consistent hashing (Karger et al., 1997, as libketama
 * builds it): every server's points sorted on a 2^32 circle; a key belongs
 * to the first point at or after its hash, wrapping to the first point.
 */

export interface RingServer {
	readonly id: number;
	readonly points: readonly number[];
}

/** Parallel arrays sorted by point: `points[i]` belongs to server `ids[i]`. */
export interface Ring {
	readonly points: readonly number[];
	readonly ids: readonly number[];
}

export function buildRing(servers: readonly RingServer[]): Ring {
	const entries: [number, number][] = [];
	for (const server of servers) for (const point of server.points) entries.push([point, server.id]);
	// Array.prototype.sort is stable, so on a collision the earlier server keeps the point.
	entries.sort((a, b) => a[0] - b[0]);
	return {points: entries.map((e) => e[0]), ids: entries.map((e) => e[1])};
}

/**
 * The ring with one more server, its points merged in (linear, no re-sort). It
 * joins last, so on a collision a server already on the ring keeps the point,
 * as `buildRing` over the servers in joining order would.
 */
export function withServer(ring: Ring, server: RingServer): Ring {
	const extra = [...server.points].sort((a, b) => a - b);
	const points: number[] = [];
	const ids: number[] = [];
	let i = 0;
	for (const p of extra) {
		while (i < ring.points.length && ring.points[i]! <= p) {
			points.push(ring.points[i]!);
			ids.push(ring.ids[i]!);
			i++;
		}
		points.push(p);
		ids.push(server.id);
	}
	for (; i < ring.points.length; i++) {
		points.push(ring.points[i]!);
		ids.push(ring.ids[i]!);
	}
	return {points, ids};
}

/** The ring without one server's points; the others keep their order. */
export function withoutServer(ring: Ring, id: number): Ring {
	const points: number[] = [];
	const ids: number[] = [];
	ring.ids.forEach((owner, i) => {
		if (owner === id) return;
		points.push(ring.points[i]!);
		ids.push(owner);
	});
	return {points, ids};
}

/** Index of the first point >= hash (binary search), wrapping past the top to 0. */
export function successor(points: readonly number[], hash: number): number {
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (points[mid]! < hash) lo = mid + 1;
		else hi = mid;
	}
	return lo === points.length ? 0 : lo;
}

export function ownerOf(ring: Ring, hash: number): number {
	return ring.ids[successor(ring.points, hash)] ?? -1;
}

export function assignAll(ring: Ring, hashes: readonly number[]): number[] {
	return hashes.map((hash) => ownerOf(ring, hash));
}

/** Population standard deviation over mean, and max over mean. */
export function loadSpread(counts: readonly number[]): {cv: number; maxRatio: number} {
	if (counts.length === 0) return {cv: 0, maxRatio: 0};
	const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
	if (mean === 0) return {cv: 0, maxRatio: 0};
	const variance = counts.reduce((a, c) => a + (c - mean) ** 2, 0) / counts.length;
	return {cv: Math.sqrt(variance) / mean, maxRatio: Math.max(...counts) / mean};
}
