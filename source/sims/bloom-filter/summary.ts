/** The summary of a Bloom filter run: measured against theoretical false positives. */
import {COUNTER_MAX, optimalHashes, theoreticalFpr} from './cells.js';
import type {BloomFilterState, BloomPhase} from './engine.js';

export interface BloomFilterSummary {
	bits: number;
	hashes: number;
	counting: boolean;
	phase: BloomPhase;
	/** Members now (inserted minus deleted). */
	items: number;
	inserted: number;
	deleted: number;
	bitsPerItem: number;
	probes: number;
	falsePositives: number;
	falsePositiveRate: number;
	/** (1 − e^(−kn/m))^k with n = items now. */
	theoreticalFalsePositiveRate: number;
	/** Members the filter says are absent: 0 unless a false positive was deleted by hand. */
	falseNegatives: number;
	fillRatio: number;
	optimalHashes: number;
	saturatedCounters: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function summarize(state: BloomFilterState): BloomFilterSummary {
	const {bits: m, hashes: k, counting} = state.params;
	const n = state.members.length;
	let filled = 0;
	let saturated = 0;
	for (const c of state.cells) {
		if (c > 0) filled++;
		if (counting && c === COUNTER_MAX) saturated++;
	}
	return {
		bits: m,
		hashes: k,
		counting,
		phase: state.phase,
		items: n,
		inserted: state.inserted,
		deleted: state.deleted,
		bitsPerItem: n > 0 ? round6(m / n) : m,
		probes: state.probed,
		falsePositives: state.falsePositives,
		falsePositiveRate: state.probed > 0 ? round6(state.falsePositives / state.probed) : 0,
		theoreticalFalsePositiveRate: round6(theoreticalFpr(m, n, k)),
		falseNegatives: state.falseNegatives,
		fillRatio: round6(filled / m),
		optimalHashes: optimalHashes(m, n > 0 ? n : state.params.items),
		saturatedCounters: saturated,
	};
}
