/** The simulation screen's play speeds: the ladder, where a simulation starts on it, and what a frame of play takes. */
import type {AnySim} from '../sims/types.js';
import type {SimScreenState} from './simulation-state.js';

/** Steps per second while playing; 0 is "as fast as it goes" (speeding up as the run goes on). */
export const SPEEDS = [1, 2, 5, 10, 20, 40, 100, 200, 500, 1000, 0];
/** Where play starts for a simulation that does not say. */
const DEFAULT_PACE = 20;

/** The speed a simulation starts at: the ladder's closest to the pace it declares. */
export function defaultSpeed(sim: AnySim): number {
	const want = sim.stepsPerSecond ?? DEFAULT_PACE;
	let best = 0;
	SPEEDS.forEach((v, i) => {
		if (v > 0 && Math.abs(v - want) < Math.abs((SPEEDS[best] ?? 0) - want)) best = i;
	});
	return best;
}

/** Steps per second while playing, undefined for "as fast as it goes". */
export const stepsPerSecond = (s: Pick<SimScreenState, 'speed' | 'playback'>): number | undefined => SPEEDS[s.speed] || undefined;

/** How often the play timer fires at this speed (ms), and how many steps each firing takes. */
export function frameOf(s: Pick<SimScreenState, 'speed' | 'playback'>): {ms: number; steps: number} {
	const rate = stepsPerSecond(s);
	if (rate === undefined) return {ms: 50, steps: Math.ceil(s.playback.steps / 10) + 1};
	return rate < 20 ? {ms: 1000 / rate, steps: 1} : {ms: 50, steps: rate / 20};
}
