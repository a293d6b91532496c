/**
 * What one event of the year costs a pattern: this simulation's own
 * estimates (assumed), each derived from the pattern's ratings so that the
 * scorecard shows in the numbers. A change touching k modules costs k × 1–2
 * engineer-days by ease of development, plus a release: one per service
 * touched (0.5 day each) where deployment rates high, else one release of
 * the whole app whose cost grows with the people sharing it (0.5 + 1 day per
 * 100 engineers). Distributed patterns pay a day per extra service a change
 * crosses (contracts move together) and 1.5 days a week of platform work.
 * A layered change also crosses two more layers. A spike takes down what
 * cannot scale out (3 h low, 1 h medium); a crash takes the whole app down
 * unless the pattern isolates its parts.
 */
import type {Pattern} from './params.js';
import {PROFILES} from './profiles.js';

const DISTRIBUTED = new Set<Pattern>(['event-driven', 'microservices', 'space-based']);
export const isDistributed = (p: Pattern) => DISTRIBUTED.has(p);

export function changeDays(p: Pattern, k: number, engineers: number): number {
	const r = PROFILES[p];
	const perModule = r.development === 2 ? 1 : r.development === 1 ? 1.5 : 2;
	const release = r.deployment === 2 ? 0.5 * k : 0.5 + engineers / 100;
	const crossing = isDistributed(p) ? k - 1 : p === 'layered' ? 2 : 0;
	return perModule * k + release + crossing;
}

/** A new plug-in: against the microkernel's contract with no core release, else a change in two modules. */
export const pluginDays = (p: Pattern, engineers: number) => (p === 'microkernel' ? 0.5 : changeDays(p, 2, engineers));

export const platformDaysPerWeek = (p: Pattern) => (isDistributed(p) ? 1.5 : 0);

export const spikeOutageHours = (p: Pattern) => [3, 1, 0][PROFILES[p].scalability]!;

/** A crash of one part: does it take the whole application down? */
export const crashIsWhole = (p: Pattern) => p === 'layered' || p === 'modular-monolith';
