/**
 * The web tier as queues: each server a pool of c cores behind an even load
 * balancer, Poisson arrivals, and a page's CPU work a fixed time (M/D/c).
 * Erlang C (the M/M/c formula) gives the chance a page waits for a core;
 * the Allen–Cunneen approximation halves the M/M/c wait for a fixed service
 * time, (1 + cs²)/2 with cs = 0. Draws come from the seeded generator.
 */
import type {FastRandom} from '../api-evolution/fast-random.js';

/**
 * Erlang C: the chance an arrival waits, for c cores and offered load a = λ/μ
 * (in busy cores), through Erlang B's recursion (stable for large c). 1 when saturated.
 */
export function erlangC(c: number, a: number): number {
	if (a <= 0) return 0;
	if (a >= c) return 1;
	let b = 1;
	for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
	return b / (1 - (a / c) * (1 - b));
}

/** One server: arrivals a second, cores, CPU ms a page. */
export type Pool = {readonly lambda: number; readonly cores: number; readonly serviceMs: number};

/** Busy share of the server's cores (≥ 1: saturated). */
export const utilization = (p: Pool): number => (p.cores > 0 ? (p.lambda * p.serviceMs) / 1000 / p.cores : Number.POSITIVE_INFINITY);

/** Mean wait of those who wait, ms: 1 / (cμ − λ) for M/M/c, halved for a fixed service time (Allen–Cunneen). */
export function meanWaitOfWaiters(p: Pool): number {
	const drain = p.cores / p.serviceMs - p.lambda / 1000;
	return 0.5 / drain;
}

/** A page's time at the server, ms: it waits with probability `waitChance` (an exponential time), then is served. */
export function sojourn(p: Pool, waitChance: number, random: FastRandom): number {
	if (waitChance <= 0 || random.float() >= waitChance) return p.serviceMs;
	return p.serviceMs - meanWaitOfWaiters(p) * Math.log(1 - random.float());
}

/** A Poisson draw (Knuth's product of uniforms: fine for the small means of queries per page). */
export function poisson(mean: number, random: FastRandom): number {
	if (mean <= 0) return 0;
	const limit = Math.exp(-mean);
	let k = 0;
	let product = random.float();
	while (product > limit) {
		k++;
		product *= random.float();
	}
	return k;
}

/** Share of reads the memory serves when it holds the hottest fraction f of the data and reads follow Zipf(s): f^(1 − s). */
export const memoryHitRate = (share: number, s: number): number => Math.min(1, share ** (1 - s));
