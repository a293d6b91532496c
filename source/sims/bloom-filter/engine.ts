/**
 * Bloom filter (chapter 58): m cells, k positions per item by double hashing
 * over MurmurHash3 (the seed picks the two murmur seeds). Ticks insert
 * "item-<i>" in chunks, delete the first `deletes` of them (counting variant
 * only), check every member (false negatives), then look up "probe-<i>",
 * which are never inserted, to measure the false-positive rate.
 */
import {bloomFilterParamHelp, type BloomFilterParams, bloomFilterParams} from './params.js';
import {addTo, cellPositions, mightContain, removeFrom} from './cells.js';
import {type BloomFilterSummary, summarize} from './summary.js';
import {Random, type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';

export {type BloomFilterParams, bloomFilterParams} from './params.js';

export type {BloomFilterSummary} from './summary.js';

export type BloomPhase = 'insert' | 'delete' | 'verify' | 'probe' | 'done';

export type BloomFilterAction = {type: 'insert'; item: string} | {type: 'query'; item: string} | {type: 'delete'; item: string};

export interface BloomOp {
	readonly kind: 'insert' | 'query' | 'delete';
	readonly item: string;
	readonly positions: readonly number[];
	/** For a query or delete: whether the filter said "possibly present" before the operation. */
	readonly maybePresent: boolean;
	/** Whether the item really is (was) a member. */
	readonly member: boolean;
}

export interface BloomFilterState {
	readonly params: BloomFilterParams;
	readonly tick: number;
	readonly seeds: readonly [number, number];
	/** One byte per cell: a bit, or a counter 0–15. Never written after it is stored in a state. */
	readonly cells: Uint8Array;
	/** The items really in the set (a multiset, insertion order): the ground truth. */
	readonly members: readonly string[];
	readonly phase: BloomPhase;
	/** Progress inside the phase. */
	readonly cursor: number;
	readonly inserted: number;
	readonly deleted: number;
	readonly falseNegatives: number;
	readonly probed: number;
	readonly falsePositives: number;
	readonly lastOp: BloomOp | null;
	readonly note: string | null;
	readonly random: RandomState;
}

const CHUNKS = 16;
const chunk = (total: number) => Math.max(1, Math.ceil(total / CHUNKS));

const positionsOf = (state: BloomFilterState, item: string) => cellPositions(item, state.params.bits, state.params.hashes, state.seeds);

function countFalseNegatives(state: BloomFilterState, cells: Uint8Array, members: readonly string[]): number {
	return members.filter((item) => !mightContain(cells, positionsOf(state, item))).length;
}

/** Members without the first occurrence of each name in `names`. */
function withoutFirst(members: readonly string[], names: readonly string[]): string[] {
	const left = new Map<string, number>();
	for (const name of names) left.set(name, (left.get(name) ?? 0) + 1);
	return members.filter((m) => {
		const n = left.get(m) ?? 0;
		if (n === 0) return true;
		left.set(m, n - 1);
		return false;
	});
}

function tick(s: BloomFilterState): BloomFilterState {
	const {params} = s;
	const next = {...s, tick: s.tick + 1, note: null};
	if (s.phase === 'insert') {
		const end = Math.min(params.items, s.cursor + chunk(params.items));
		const cells = s.cells.slice();
		const added: string[] = [];
		for (let i = s.cursor; i < end; i++) {
			addTo(cells, positionsOf(s, `item-${i}`), params.counting);
			added.push(`item-${i}`);
		}
		const phase = end < params.items ? 'insert' : params.deletes > 0 ? 'delete' : 'verify';
		const members = [...s.members, ...added];
		return {...next, cells, members, inserted: s.inserted + added.length, phase, cursor: phase === 'insert' ? end : 0};
	}
	if (s.phase === 'delete') {
		const end = Math.min(params.deletes, s.cursor + chunk(params.deletes));
		const cells = s.cells.slice();
		const present = new Set(s.members);
		const removed: string[] = [];
		for (let i = s.cursor; i < end; i++) {
			if (!present.has(`item-${i}`)) continue; // already deleted by hand
			removeFrom(cells, positionsOf(s, `item-${i}`));
			removed.push(`item-${i}`);
		}
		const members = withoutFirst(s.members, removed);
		const phase = end < params.deletes ? 'delete' : 'verify';
		return {...next, cells, members, deleted: s.deleted + removed.length, phase, cursor: phase === 'delete' ? end : 0};
	}
	if (s.phase === 'verify') {
		const falseNegatives = countFalseNegatives(s, s.cells, s.members);
		return {...next, falseNegatives, phase: params.probes > 0 ? 'probe' : 'done', cursor: 0};
	}
	if (s.phase === 'probe') {
		const end = Math.min(params.probes, s.cursor + chunk(params.probes));
		let falsePositives = s.falsePositives;
		for (let i = s.cursor; i < end; i++) if (mightContain(s.cells, positionsOf(s, `probe-${i}`))) falsePositives++;
		const phase = end < params.probes ? 'probe' : 'done';
		return {...next, falsePositives, probed: end, phase, cursor: end};
	}
	return next;
}

function act(s: BloomFilterState, action: BloomFilterAction): BloomFilterState {
	const item = action.item;
	if (item.length === 0 || item.length > 64) return {...s, note: 'an item is 1–64 characters'};
	const positions = positionsOf(s, item);
	const maybePresent = mightContain(s.cells, positions);
	const member = s.members.includes(item);
	const lastOp: BloomOp = {kind: action.type, item, positions, maybePresent, member};
	if (action.type === 'query') return {...s, lastOp, note: null};
	if (action.type === 'insert') {
		// The probes must stay absent for the measured rate to mean anything.
		if (item.startsWith('probe-')) return {...s, note: '"probe-…" names are kept for the absent-item lookups'};
		const cells = s.cells.slice();
		addTo(cells, positions, s.params.counting);
		return {...s, cells, members: [...s.members, item], inserted: s.inserted + 1, lastOp, note: null};
	}
	if (!s.params.counting) return {...s, note: 'a plain Bloom filter cannot delete: clearing bits would drop other items'};
	if (!maybePresent) return {...s, note: `${item} is certainly not in the filter`};
	// A false positive can be "deleted" too: that lowers other items' counters, as in a real counting filter.
	const cells = s.cells.slice();
	removeFrom(cells, positions);
	const members = member ? withoutFirst(s.members, [item]) : s.members;
	const falseNegatives = countFalseNegatives(s, cells, members);
	return {...s, cells, members, deleted: s.deleted + 1, falseNegatives, lastOp, note: null};
}

export const bloomFilter: SimEngine<BloomFilterParams, BloomFilterState, BloomFilterAction, BloomFilterSummary> = {
	id: 'bloom-filter',
	chapter: 58,
	params: bloomFilterParams,
	paramHelp: bloomFilterParamHelp,
	init(params, seed) {
		const random = new Random(seedRandom(seed));
		const s1 = random.int(0, 0xffffffff);
		let s2 = random.int(0, 0xffffffff);
		while (s2 === s1) s2 = random.int(0, 0xffffffff);
		return {
			params,
			tick: 0,
			seeds: [s1, s2],
			cells: new Uint8Array(params.bits),
			members: [],
			phase: 'insert',
			cursor: 0,
			inserted: 0,
			deleted: 0,
			falseNegatives: 0,
			probed: 0,
			falsePositives: 0,
			lastOp: null,
			note: null,
			random: random.state,
		};
	},
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.phase === 'done',
	summary: summarize,
};
