/**
 * Read latencies as a histogram with HdrHistogram-style buckets: 1 ms wide
 * below 100 ms, 10 ms wide below 1 s, 100 ms wide below 10 s, then one bucket
 * for everything slower. 281 counts whatever the run's length, so a state
 * stays small; a percentile is the lower edge of its bucket.
 */
export const LATENCY_BUCKETS = 281;

export function bucketOf(ms: number): number {
	if (ms < 100) return Math.max(0, Math.floor(ms));
	if (ms < 1000) return 100 + Math.floor((ms - 100) / 10);
	if (ms < 10_000) return 190 + Math.floor((ms - 1000) / 100);
	return LATENCY_BUCKETS - 1;
}

/** The smallest latency in bucket b, in ms. */
export function lowerEdge(b: number): number {
	if (b < 100) return b;
	if (b < 190) return 100 + (b - 100) * 10;
	if (b < 280) return 1000 + (b - 190) * 100;
	return 10_000;
}

/** The counts with one more read at each of these latencies (a new array). */
export function withLatencies(counts: readonly number[], latencies: readonly number[]): readonly number[] {
	if (latencies.length === 0) return counts;
	const next = counts.slice();
	for (const ms of latencies) next[bucketOf(ms)]!++;
	return next;
}

/** The nearest-rank percentile: the lower edge of the first bucket holding at least a share q of the reads. */
export function percentile(counts: readonly number[], q: number): number {
	let total = 0;
	for (const c of counts) total += c;
	if (total === 0) return 0;
	const rank = Math.ceil(q * total);
	let seen = 0;
	for (let b = 0; b < counts.length; b++) {
		seen += counts[b]!;
		if (seen >= rank) return lowerEdge(b);
	}
	return lowerEdge(counts.length - 1);
}
