/**
 * The cell array of a Bloom filter (Bloom, 1970) and of its counting variant
 * (Fan, Cao, Almeida & Broder, "Summary Cache", 2000): one byte per cell,
 * holding a bit (0/1) or a 4-bit counter that sticks at 15 once it overflows.
 * Positions use enhanced double hashing (Dillinger & Manolios, "Bloom Filters
 * in Probabilistic Verification", 2004; analysed by Kirsch & Mitzenmacher,
 * "Less Hashing, Same Performance", 2006): g_i(x) = h1 + i·h2 + (i³ − i)/6
 * mod m, h1 and h2 being MurmurHash3 x86_32 with two seeds. Plain double
 * hashing (h1 + i·h2) puts all k positions on one cell whenever h2 is a
 * multiple of m, which at small m happens often enough to lift the
 * false-positive rate above the formula; the cubic term breaks that.
 */
import {murmur3x86_32, utf8} from '../hash/murmur3.js';

export const COUNTER_MAX = 15;

export function cellPositions(item: string, m: number, k: number, seeds: readonly [number, number]): number[] {
	const bytes = utf8(item);
	const h1 = murmur3x86_32(bytes, seeds[0]);
	const h2 = murmur3x86_32(bytes, seeds[1]);
	const positions: number[] = [];
	// Dillinger & Manolios' loop: x steps by y, and y by 1, 2, 3 …, adding the (i³ − i)/6 term; all below m.
	let x = h1 % m;
	let y = h2 % m;
	for (let i = 0; i < k; i++) {
		positions.push(x);
		x = (x + y) % m;
		y = (y + i + 1) % m;
	}
	return positions;
}

/** Sets the bits, or raises the counters (saturating), in `cells`, which the caller owns. */
export function addTo(cells: Uint8Array, positions: readonly number[], counting: boolean): void {
	for (const p of positions) cells[p] = counting ? Math.min(COUNTER_MAX, cells[p]! + 1) : 1;
}

/** Lowers the counters in `cells`, which the caller owns; a saturated counter stays, as its true count is lost. */
export function removeFrom(cells: Uint8Array, positions: readonly number[]): void {
	for (const p of positions) {
		const c = cells[p]!;
		if (c > 0 && c < COUNTER_MAX) cells[p] = c - 1;
	}
}

/** "Possibly in the set" when every cell is non-zero; false means certainly absent. */
export function mightContain(cells: Uint8Array, positions: readonly number[]): boolean {
	for (const p of positions) if (cells[p] === 0) return false;
	return true;
}

/** (1 − e^(−kn/m))^k, the classic estimate of the false-positive rate. */
export function theoreticalFpr(m: number, n: number, k: number): number {
	return (1 - Math.exp((-k * n) / m)) ** k;
}

/** round((m/n)·ln 2), at least 1: the k that minimises that estimate. */
export function optimalHashes(m: number, n: number): number {
	return n > 0 ? Math.max(1, Math.round((m / n) * Math.LN2)) : 1;
}
