/**
 * The random draws of the traffic: Poisson arrivals (Knuth's multiplication
 * method, TAOCP vol. 2 §3.4.1), Zipf channel ranks by inverse transform over
 * the exact CDF, and lognormal read times (Box–Muller normal, e^(μ+σz)).
 * All draws come from the seeded `Random` given.
 */
import type {Random} from '../random.js';

/** One Poisson count with mean `mean`; large means are split (a sum of Poissons is Poisson). */
export function poisson(random: Random, mean: number): number {
	let n = 0;
	let left = mean;
	while (left > 0) {
		const part = Math.min(left, 30);
		left -= part;
		const limit = Math.exp(-part);
		let p = random.float();
		while (p > limit) {
			n++;
			p *= random.float();
		}
	}
	return n;
}

const cdfs = new Map<string, Float64Array>();

/** P(rank ≤ k+1) for ranks 1…n with weight 1/k^s, normalised by the generalised harmonic number. */
export function zipfCdf(n: number, s: number): Float64Array {
	const key = `${n}:${s}`;
	let cdf = cdfs.get(key);
	if (!cdf) {
		cdf = new Float64Array(n);
		let sum = 0;
		for (let k = 1; k <= n; k++) {
			sum += 1 / k ** s;
			cdf[k - 1] = sum;
		}
		for (let i = 0; i < n; i++) cdf[i] = cdf[i]! / sum;
		cdf[n - 1] = 1;
		cdfs.set(key, cdf);
	}
	return cdf;
}

/** A channel index (0 = rank 1, the most popular): the first k with CDF(k) > u. */
export function zipfChannel(random: Random, cdf: Float64Array): number {
	const u = random.float();
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cdf[mid]! > u) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** z such that P(Z ≤ z) = 0.99 for a standard normal. */
const Z99 = 2.326347874;

/** A read time in whole ms (at least 1) from a lognormal with this median and 99th percentile. */
export function lognormalMs(random: Random, p50: number, p99: number): number {
	const mu = Math.log(p50);
	const sigma = Math.log(p99 / p50) / Z99;
	// Box–Muller: 1 − u keeps the logarithm finite.
	const z = Math.sqrt(-2 * Math.log(1 - random.float())) * Math.cos(2 * Math.PI * random.float());
	return Math.max(1, Math.round(Math.exp(mu + sigma * z)));
}
