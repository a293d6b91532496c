/**
 * The formulas the request model stands on: a Zipf law for which page is
 * asked for, the Poisson number of requests already in the database (M/M/∞),
 * Erlang C for the chance and length of a wait for a pooled connection
 * (M/M/c), HikariCP's pool-size rule and a processor-sharing slowdown past it.
 */

const zipfTables = new Map<string, Float64Array>();

/** Cumulative Zipf(s) probabilities over pages 1..n (memoized: the same n and s give the same table). */
export function zipfCdf(n: number, s: number): Float64Array {
	const key = `${n}:${s}`;
	let table = zipfTables.get(key);
	if (!table) {
		table = new Float64Array(n);
		let sum = 0;
		for (let i = 0; i < n; i++) {
			sum += 1 / (i + 1) ** s;
			table[i] = sum;
		}
		for (let i = 0; i < n; i++) table[i]! /= sum;
		zipfTables.set(key, table);
	}
	return table;
}

/** The page (1-based) a uniform u in [0, 1) picks under the Zipf law: inverse CDF by binary search. */
export function zipfPage(cdf: Float64Array, u: number): number {
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cdf[mid]! > u) hi = mid;
		else lo = mid + 1;
	}
	return lo + 1;
}

/** The mean page number under the Zipf law. */
export function zipfMeanPage(cdf: Float64Array): number {
	let mean = 0;
	let prev = 0;
	for (let i = 0; i < cdf.length; i++) {
		mean += (i + 1) * (cdf[i]! - prev);
		prev = cdf[i]!;
	}
	return mean;
}

/** A Poisson(a) draw from a uniform u (exact inverse CDF), or from a standard normal z when a is large. */
export function poisson(a: number, u: number, z: number): number {
	if (a <= 0) return 0;
	if (a > 40) return Math.max(0, Math.round(a + Math.sqrt(a) * z));
	let k = 0;
	let p = Math.exp(-a);
	let cdf = p;
	while (cdf <= u && k < 500) {
		k++;
		p *= a / k;
		cdf += p;
	}
	return k;
}

/**
 * Erlang C: the probability that a request finds all c connections busy
 * when a Erlangs of work arrive (a < c), from the Erlang B recursion.
 */
export function erlangC(c: number, a: number): number {
	if (a <= 0) return 0;
	if (a >= c) return 1;
	let b = 1;
	for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
	return (c * b) / (c - a * (1 - b));
}

/**
 * The wait for a pooled connection in an M/M/c queue, from a uniform u:
 * with probability C it waits, exponentially with rate (c − a)/T.
 */
export function poolWait(c: number, a: number, holdMs: number, u: number): number {
	if (a >= c) return 0; // saturated: the fluid backlog carries the wait
	const C = erlangC(c, a);
	if (u >= C || C === 0) return 0;
	return (holdMs / (c - a)) * Math.log(C / Math.max(u, 1e-12));
}

/** HikariCP's starting point for a pool: connections = cores × 2 + effective spindles. */
export const optimalPool = (cores: number, spindles: number): number => cores * 2 + spindles;

/**
 * How much slower each query runs with k connections working at once: past
 * the optimal count they share the cores (k / optimal) and each extra one
 * adds context-switch and lock overhead (the contention parameter).
 */
export function slowdown(k: number, optimal: number, contention: number): number {
	if (k <= optimal) return 1;
	return (k / optimal) * (1 + contention * (k - optimal));
}

/** The q-quantile (nearest rank) of values already sorted ascending; 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return 0;
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
	return sorted[rank - 1]!;
}

/** A lognormal factor with median-preserving mean 1: exp(σz − σ²/2). */
export const jitterFactor = (sigma: number, z: number): number => Math.exp(sigma * z - (sigma * sigma) / 2);
