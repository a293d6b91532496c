/**
 * A seeded package graph in three layers: the core library, shared
 * libraries that all depend on it, and services that each use a few shared
 * libraries and, some of them, core directly. Before the fix, every
 * repository pins one of the last few core versions (polyrepo skew).
 */
import type {Random} from '../random.js';
import type {RepoStrategyParams} from './params.js';

export type Graph = {
	/** libsOf[s]: the shared libraries service s depends on. */
	readonly libsOf: readonly (readonly number[])[];
	/** Whether service s depends on core directly. */
	readonly direct: readonly boolean[];
	/** Core version pinned before the fix (1 = the oldest in use, skewVersions = the newest), per library and per service. */
	readonly libPin: readonly number[];
	readonly servicePin: readonly number[];
};

export function buildGraph(p: RepoStrategyParams, r: Random): Graph {
	const libsOf: number[][] = [];
	const direct: boolean[] = [];
	for (let s = 0; s < p.services; s++) {
		const want = Math.min(p.libsPerService, p.libraries);
		const picked = new Set<number>();
		while (picked.size < want) picked.add(r.int(0, p.libraries - 1));
		libsOf.push([...picked].sort((a, b) => a - b));
		// A service that uses no shared library reaches core directly.
		direct.push(want === 0 || r.float() < p.directCoreShare);
	}
	const pin = () => (p.mode === 'monorepo' || p.oneVersion ? p.skewVersions : r.int(1, p.skewVersions));
	const libPin = Array.from({length: p.libraries}, pin);
	const servicePin = Array.from({length: p.services}, pin);
	return {libsOf, direct, libPin, servicePin};
}

/** The core versions a service's build pulls in: its own pin (if direct) and each library's. */
export function pinsOf(g: Graph, s: number, libPin: readonly number[], servicePin: readonly number[]): number[] {
	const pins = g.libsOf[s]!.map((l) => libPin[l]!);
	if (g.direct[s]) pins.push(servicePin[s]!);
	return pins;
}

/** A diamond conflict: the service's dependencies want different versions of core. */
export const isDiamond = (pins: readonly number[]): boolean => pins.length > 1 && pins.some((v) => v !== pins[0]);

/** Libraries used by at least one service, plus every library (all depend on core). */
export const directDependents = (p: RepoStrategyParams, g: Graph): number => p.libraries + g.direct.filter(Boolean).length;
