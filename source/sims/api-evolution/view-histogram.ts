/**
 * The screens' latency as a histogram on a log scale, one line per bucket
 * from the fastest to the slowest bucket that holds a screen: the range, a
 * bar as long as its share (the largest bucket fills the room), the share,
 * and which buckets hold the p50 and the p99.
 */
import {padEnd, padStart} from '../view-kit.js';
import type {ApiEvolutionSummary} from './summary.js';

/** Upper bounds of the buckets, ms (the last one is open). */
const EDGES = [50, 100, 200, 500, 1000, 2000, 5000, Number.POSITIVE_INFINITY];
const LABELS = ['<50 ms', '50–100', '100–200', '200–500', '0.5–1 s', '1–2 s', '2–5 s', '≥5 s'];

const bucketOf = (ms: number) => EDGES.findIndex((edge) => ms < edge);

export function histogram(latencies: readonly number[], sum: ApiEvolutionSummary, width: number): string[] {
	if (latencies.length === 0) return [];
	const counts = new Array<number>(EDGES.length).fill(0);
	for (const ms of latencies) counts[bucketOf(ms)]!++;
	const first = counts.findIndex((c) => c > 0);
	const last = counts.length - 1 - [...counts].reverse().findIndex((c) => c > 0);
	const most = Math.max(...counts);
	const p50 = sum.p50Ms === null ? -1 : bucketOf(sum.p50Ms);
	const p99 = sum.p99Ms === null ? -1 : bucketOf(sum.p99Ms);
	const label = Math.max(...LABELS.slice(first, last + 1).map((l) => l.length));
	// Label, bar, share and marks: "1–2 s   ████▌ 26.1% ◀ p99".
	const room = Math.min(40, Math.max(4, width - label - 1 - 7 - 10));
	const out: string[] = [];
	for (let b = first; b <= last; b++) {
		const share = counts[b]! / latencies.length;
		const eighths = Math.round((counts[b]! / most) * room * 8);
		const bar = '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 > 0 ? (' ▏▎▍▌▋▊▉'[eighths % 8] ?? '') : '');
		const marks = [b === p50 ? 'p50' : '', b === p99 ? 'p99' : ''].filter(Boolean).join(' ');
		const shown = counts[b]! > 0 && share < 0.001 ? '<0.1%' : `${(share * 100).toFixed(1)}%`;
		out.push(`${padEnd(LABELS[b]!, label)} ${padEnd(bar, room)} ${padStart(shown, 5)}${marks ? ` ◀ ${marks}` : ''}`);
	}
	return out;
}
