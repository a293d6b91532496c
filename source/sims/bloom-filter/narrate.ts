/**
 * What a step of the Bloom filter did, one plain sentence per event: each
 * item inserted (which cells it set, which were set already), each item
 * deleted, the check of every member, and per chunk of absent lookups the
 * false positives by name (the first few) and the count.
 */
import type {Localized} from '../../content/schema.js';
import {addTo, cellPositions, COUNTER_MAX, mightContain, removeFrom} from './cells.js';
import type {BloomFilterAction, BloomFilterState} from './engine.js';

/** False positives named one by one per step; the rest are counted. */
const NAMED = 3;

const list = (xs: readonly (number | string)[]): string => xs.join(', ');
const distinct = (xs: readonly number[]): number[] => [...new Set(xs)];

/** One insert, told against the cells as they were just before it. */
function inserted(item: string, positions: readonly number[], cells: Uint8Array, counting: boolean): Localized {
	const cellsOf = distinct(positions);
	if (counting) {
		const raised = cellsOf.map((p) => `${p}→${Math.min(COUNTER_MAX, cells[p]! + positions.filter((q) => q === p).length)}`);
		return {en: `${item} inserted: counters ${list(raised)} raised`, ko: `${item} 삽입: 카운터를 올린다: ${list(raised)}`};
	}
	const fresh = cellsOf.filter((p) => cells[p] === 0);
	const already = cellsOf.filter((p) => cells[p] !== 0);
	const en = fresh.length > 0 ? `${item} inserted: bit${fresh.length > 1 ? 's' : ''} ${list(fresh)} set` : `${item} inserted: no new bit`;
	const ko = fresh.length > 0 ? `${item} 삽입: 비트 ${list(fresh)}번을 켠다` : `${item} 삽입: 새로 켠 비트가 없다`;
	if (already.length === 0) return {en, ko};
	return {en: `${en}; ${list(already)} already set`, ko: `${ko}. ${list(already)}번은 이미 켜져 있다`};
}

function deleted(item: string, positions: readonly number[], cells: Uint8Array): Localized {
	const cellsOf = distinct(positions);
	const stuck = cellsOf.filter((p) => cells[p] === COUNTER_MAX);
	const lowered = cellsOf.filter((p) => cells[p]! > 0 && cells[p]! < COUNTER_MAX);
	const en = `${item} deleted: counters ${list(lowered)} lowered`;
	const ko = `${item} 삭제: 카운터 ${list(lowered)}번을 내린다`;
	if (stuck.length === 0) return {en, ko};
	return {en: `${en}; ${list(stuck)} stuck at 15 stay`, ko: `${ko}. 15에 고정된 ${list(stuck)}번은 그대로 둔다`};
}

/** A lookup's answer and why, the state's members telling a false positive from a member. */
function lookedUp(item: string, positions: readonly number[], cells: Uint8Array, member: boolean): Localized {
	const empty = distinct(positions).filter((p) => cells[p] === 0);
	if (empty.length > 0)
		return {
			en: `${item}: cell ${empty[0]} is empty, so certainly absent`,
			ko: `${item}: ${empty[0]}번 칸이 비어 있으니 확실히 없다`,
		};
	if (member)
		return {
			en: `${item}: all ${positions.length} cells set: maybe, and it is a member`,
			ko: `${item}: ${positions.length}칸이 모두 켜져 있다. 있을 수도, 실제로 있다`,
		};
	return {
		en: `${item}: all cells ${list(distinct(positions))} set, but never inserted: a false positive`,
		ko: `${item}: ${list(distinct(positions))}번 칸이 모두 켜졌지만 넣은 적이 없다: 오탐이다`,
	};
}

function tickEvents(prev: BloomFilterState, next: BloomFilterState): Localized[] {
	const {bits, hashes, counting, probes} = prev.params;
	const at = (item: string) => cellPositions(item, bits, hashes, prev.seeds);
	if (prev.phase === 'insert') {
		const cells = prev.cells.slice();
		return next.members.slice(prev.members.length).map((item) => {
			const positions = at(item);
			const said = inserted(item, positions, cells, counting);
			addTo(cells, positions, counting);
			return said;
		});
	}
	if (prev.phase === 'delete') {
		const cells = prev.cells.slice();
		const out: Localized[] = [];
		const present = new Set(prev.members);
		const end = next.phase === 'delete' ? next.cursor : prev.params.deletes;
		for (let i = prev.cursor; i < end; i++) {
			// As the engine: an item already deleted by hand is skipped.
			if (!present.has(`item-${i}`)) continue;
			const positions = at(`item-${i}`);
			out.push(deleted(`item-${i}`, positions, cells));
			removeFrom(cells, positions);
		}
		return out;
	}
	if (prev.phase === 'verify') {
		const n = next.members.length;
		const fn = next.falseNegatives;
		if (fn === 0)
			return [
				{en: `all ${n} members checked: every one found, no false negative`, ko: `항목 ${n}개를 모두 확인했다. 전부 찾았고 미탐은 없다`},
			];
		return [{en: `${fn} of ${n} members read as absent: false negatives`, ko: `항목 ${n}개 중 ${fn}개가 없다고 나온다: 미탐이다`}];
	}
	if (prev.phase === 'probe') {
		const out: Localized[] = [];
		for (let i = prev.probed; i < next.probed && out.length < NAMED; i++) {
			const positions = at(`probe-${i}`);
			if (mightContain(prev.cells, positions)) out.push(lookedUp(`probe-${i}`, positions, prev.cells, false));
		}
		const looked = next.probed - prev.probed;
		const found = next.falsePositives - prev.falsePositives;
		out.push({
			en: `${looked} absent items looked up (${next.probed}/${probes}): ${found} false positive${found === 1 ? '' : 's'}`,
			ko: `없는 항목 ${looked}개 조회(${next.probed}/${probes}): 오탐 ${found}개`,
		});
		return out;
	}
	return [];
}

function noteEvent(state: BloomFilterState, action: BloomFilterAction): Localized {
	if (action.item.length === 0 || action.item.length > 64) return {en: 'an item is 1–64 characters', ko: '항목은 1–64자다'};
	if (action.type === 'insert')
		return {en: '"probe-…" names are kept for the absent-item lookups', ko: '"probe-…" 이름은 없는 항목 조회용으로 남겨 둔다'};
	if (!state.params.counting)
		return {
			en: 'a plain Bloom filter cannot delete: clearing bits would drop other items',
			ko: '일반 블룸 필터는 지울 수 없다. 비트를 끄면 다른 항목까지 사라진다',
		};
	return {
		en: `${action.item} is certainly not in the filter: nothing to delete`,
		ko: `${action.item}: 확실히 필터에 없으니 지울 것이 없다`,
	};
}

/** One sentence per item inserted or deleted, per member check and per chunk of absent lookups; a hand-made operation tells its result. */
export function narrateBloomFilter(
	prev: BloomFilterState,
	next: BloomFilterState,
	action: BloomFilterAction | {type: 'tick'},
): Localized[] {
	if (action.type === 'tick') return tickEvents(prev, next);
	if (next.note !== null) return [noteEvent(prev, action)];
	const positions = cellPositions(action.item, prev.params.bits, prev.params.hashes, prev.seeds);
	if (action.type === 'insert') return [inserted(action.item, positions, prev.cells, prev.params.counting)];
	if (action.type === 'delete') {
		const said = deleted(action.item, positions, prev.cells);
		if (next.members.length < prev.members.length) return [said];
		return [
			{
				en: `${said.en} (never inserted: a false positive, so other items' counters drop)`,
				ko: `${said.ko}(넣은 적 없는 오탐이라 다른 항목의 카운터가 내려간다)`,
			},
		];
	}
	return [lookedUp(action.item, positions, prev.cells, prev.members.includes(action.item))];
}
