import {Random, type RandomState} from '../random.js';

/**
 * Seeded points for the quadtree engine, on a 0.01 grid inside [0, 100)².
 * Uniform: each coordinate uniform. Clustered: three hot spots (like city
 * centres on a map); a point picks one and lands at a triangular-distributed
 * offset of up to ±16 around it, clamped to the region.
 */
export type Distribution = 'uniform' | 'clustered';

/** Hot-spot centre, in hundredths (1500-8500 → 15.00-85.00). */
export interface Hotspot {
	readonly x: number;
	readonly y: number;
}

const CLUSTERS = 3;
const SPREAD = 800; // in hundredths, per uniform term; two terms make ±16

export function pickHotspots(rng: RandomState): [Hotspot[], RandomState] {
	const r = new Random(rng);
	const spots = Array.from({length: CLUSTERS}, () => ({x: r.int(1500, 8500), y: r.int(1500, 8500)}));
	return [spots, r.state];
}

const clamp = (v: number): number => Math.min(9999, Math.max(0, v));

export function nextPoint(
	rng: RandomState,
	distribution: Distribution,
	hotspots: readonly Hotspot[],
): [{x: number; y: number}, RandomState] {
	const r = new Random(rng);
	if (distribution === 'uniform') return [{x: r.int(0, 9999) / 100, y: r.int(0, 9999) / 100}, r.state];
	const spot = hotspots[r.int(0, hotspots.length - 1)]!;
	const offset = (): number => r.int(-SPREAD, SPREAD) + r.int(-SPREAD, SPREAD);
	const x = clamp(spot.x + offset());
	const y = clamp(spot.y + offset());
	return [{x: x / 100, y: y / 100}, r.state];
}
