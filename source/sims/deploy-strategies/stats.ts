/**
 * The arithmetic of error budgets and canary checks, exact: budgets from the
 * objective, binomial tails summed term by term in log space (so n in the
 * thousands neither underflows nor loses the small terms).
 */

/** Minutes of full outage an objective allows over a window: (1 − slo) × days × 1,440 (99.9% over 30 days: 43.2). */
export function errorBudgetMinutes(slo: number, days: number): number {
	return Number(((1 - slo) * days * 24 * 60).toPrecision(12));
}

function logChoose(n: number, k: number): number {
	let s = 0;
	for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
	return s;
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(n: number, k: number, p: number): number {
	if (k < 0 || k > n) return 0;
	if (p <= 0) return k === 0 ? 1 : 0;
	if (p >= 1) return k === n ? 1 : 0;
	return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X ≥ k) for X ~ Binomial(n, p), summing the shorter side exactly. */
export function binomialAtLeast(n: number, k: number, p: number): number {
	if (k <= 0) return 1;
	if (k > n) return 0;
	if (p <= 0) return 0;
	if (p >= 1) return 1;
	// Walk the pmf with its ratio from the starting term: pmf(i+1) = pmf(i) × (n−i)/(i+1) × p/(1−p).
	const ratio = p / (1 - p);
	if (k > n * p) {
		let term = binomialPmf(n, k, p);
		let sum = 0;
		for (let i = k; i <= n && term > 0; i++) {
			sum += term;
			term *= ((n - i) / (i + 1)) * ratio;
			if (term < sum * 1e-17) break;
		}
		return Math.min(1, sum);
	}
	let term = binomialPmf(n, k - 1, p);
	let below = 0;
	for (let i = k - 1; i >= 0 && term > 0; i--) {
		below += term;
		term *= i / (n - i + 1) / ratio;
		if (term < below * 1e-17) break;
	}
	return Math.max(0, 1 - below);
}

/** The fewest failed requests out of n that fail a check: more than `threshold` of them (so ⌊threshold × n⌋ + 1). */
export function failingCount(n: number, threshold: number): number {
	return Math.floor(threshold * n + 1e-9) + 1;
}

/** A request's chance to fail on a version with a bug of `bug` on top of the base rate. */
export function failChance(base: number, bug: number): number {
	return 1 - (1 - base) * (1 - bug);
}

export type CanaryOdds = {
	/** Requests the cohort sends per check (one a minute). */
	requestsPerCheck: number;
	/** Failed requests in one check that fail it. */
	failingRequests: number;
	/** One check fails on a good release / on the bad one. */
	checkFalseAlarm: number;
	checkDetect: number;
	/** Over the bake window: a good release rolled back / the bad one promoted. */
	falseAlarm: number;
	missed: number;
};

/**
 * The canary's verdict as chance: each minute's check sees n = round(rpm × share)
 * requests and fails at ⌊threshold·n⌋+1 failures (Binomial(n, p) per check);
 * the release is rolled back after `failed` failed checks out of `bake`
 * (Binomial(bake, q)). A good release fails requests at the base rate, the bad
 * one at 1 − (1 − base)(1 − bug).
 */
export function canaryOdds(o: {
	rpm: number;
	share: number;
	threshold: number;
	base: number;
	bug: number;
	bake: number;
	failed: number;
}): CanaryOdds {
	const n = Math.round(o.rpm * o.share);
	const k = failingCount(n, o.threshold);
	const checkFalseAlarm = binomialAtLeast(n, k, o.base);
	const checkDetect = binomialAtLeast(n, k, failChance(o.base, o.bug));
	return {
		requestsPerCheck: n,
		failingRequests: k,
		checkFalseAlarm,
		checkDetect,
		falseAlarm: binomialAtLeast(o.bake, o.failed, checkFalseAlarm),
		missed: 1 - binomialAtLeast(o.bake, o.failed, checkDetect),
	};
}
