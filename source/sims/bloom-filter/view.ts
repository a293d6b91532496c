import type {Lang} from '../../content/text.js';
import {truncate, width as widthOf} from '../../content/text.js';
import type {BloomFilterState} from './engine.js';
import {cellPositions, mightContain, theoreticalFpr} from './cells.js';
import type {ViewLine} from '../types.js';
import {clip, type Tone, tone} from '../view-kit.js';

/**
 * The filter's cells, row after row, filling up as items go in. With a cell
 * per character (rows of a power of two when they take several), · is an empty cell and █ a set bit (counting variant: the
 * counter in hex, 1–f, f meaning stuck at 15); with more cells than room,
 * each character stands for a run of cells and shows how full it is (░ ▒ ▓ █
 * by the share set; counting variant: the highest counter in the run). The
 * k cells of the last operation are marked ✓ (set) or ✗ (empty), and the
 * line under the cells names it: the item inserted, deleted or looked up,
 * its cell numbers (with the counters), and for a lookup the answer: "no"
 * (an empty cell: certainly absent) or "maybe", a false positive (red) when
 * the item was never inserted. The top line is the phase and its progress,
 * the share of cells set, and the false-positive rate measured so far next
 * to the formula (1 − e^(−kn/m))^k (≈). A test run's last operation is the
 * last item its latest tick inserted, deleted or probed; an operation by
 * hand (insert, query, delete), once made, stays the one shown.
 */
export function bloomFilterView(state: BloomFilterState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const {bits: m} = state.params;
	const header = rows >= 2;
	const opLine = rows >= 3;
	const legend = rows >= 6;
	const room = Math.max(1, rows - (header ? 1 : 0) - (opLine ? 1 : 0) - (legend ? 1 : 0));
	const perRow = cellsPerRow(m, width);
	const exact = Math.ceil(m / perRow) <= room;
	const lines = exact ? Math.ceil(m / perRow) : room;
	const chars = exact ? m : width * lines;
	const rowWidth = exact ? perRow : width;
	const op = lastOperation(state);

	const out: ViewLine[] = [];
	if (header) out.push(headerLine(state, width, t));
	const text = drawCells(state, chars, op?.positions ?? []);
	for (let i = 0; i < lines; i++) out.push({text: text.slice(i * rowWidth, (i + 1) * rowWidth)});
	if (opLine) out.push(op ? opText(state, op, width, t) : {text: clip(t.idle(state.params.hashes, m), width), color: tone.muted});
	if (legend) {
		const scale = exact ? '' : `  ${t.perChar(m / chars)}`;
		out.push({text: clip((state.params.counting ? t.legendCounting : t.legendBits) + scale, width), color: tone.muted});
	}
	return out;
}

/**
 * Cells on one row when each has its own character: all of them if they fit,
 * else a power of two (64 on a wide screen), so a row starts at a round cell
 * number and "bit 417" is easy to find (row 6, column 33 of 64).
 */
function cellsPerRow(m: number, width: number): number {
	if (m <= width) return m;
	let n = 1;
	while (n * 2 <= width) n *= 2;
	return n;
}

const TEXT = {
	en: {
		phase: {insert: 'insert', delete: 'delete', verify: 'verify', probe: 'probe', done: 'done'},
		fill: 'fill',
		fp: 'FP',
		fn: 'FN',
		stuck: 'stuck',
		no: 'no',
		falsePositive: 'maybe: false positive',
		member: 'maybe: a member',
		idle: (k: number, m: number) => `each item sets k=${k} of m=${m} cells`,
		legendBits: '█ set  · empty  ░▒▓ partly  ✓✗ last item',
		legendCounting: '1-f counter  · empty  ✓✗ last item',
		perChar: (n: number) => `${n.toFixed(1)} cells/char`,
	},
	ko: {
		phase: {insert: '삽입', delete: '삭제', verify: '확인', probe: '조회', done: '완료'},
		fill: '채움',
		fp: '오탐',
		fn: '미탐',
		stuck: '고정',
		no: '없음',
		falsePositive: '있을 수도: 오탐',
		member: '있을 수도: 실제로 있음',
		idle: (k: number, m: number) => `항목마다 m=${m}칸 중 k=${k}칸을 켠다`,
		legendBits: '█ 켜짐  · 빔  ░▒▓ 일부  ✓✗ 마지막 항목',
		legendCounting: '1-f 카운터  · 빔  ✓✗ 마지막 항목',
		perChar: (n: number) => `한 글자 ${n.toFixed(1)}칸`,
	},
};
type Text = (typeof TEXT)['en'];

const HEX = '·123456789abcdef';
const COUNTER_MAX = 15;

const percent = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;

type Op = {kind: 'insert' | 'delete' | 'query'; item: string; positions: readonly number[]; maybe: boolean; member: boolean};

/** The operation to show: the one made by hand if any, else the last item the latest tick handled. */
function lastOperation(s: BloomFilterState): Op | null {
	if (s.lastOp) return {...s.lastOp, maybe: s.lastOp.maybePresent};
	const {deletes, bits, hashes} = s.params;
	const at = (kind: Op['kind'], item: string): Op => {
		const positions = cellPositions(item, bits, hashes, s.seeds);
		return {kind, item, positions, maybe: mightContain(s.cells, positions), member: kind === 'insert'};
	};
	if (s.probed > 0) return at('query', `probe-${s.probed - 1}`);
	if (s.phase === 'delete' && s.cursor > 0) return at('delete', `item-${s.cursor - 1}`);
	if (deletes > 0 && s.deleted > 0 && s.phase !== 'insert' && s.phase !== 'delete') return at('delete', `item-${deletes - 1}`);
	const last = s.members[s.members.length - 1];
	return last === undefined ? null : at('insert', last);
}

function headerLine(s: BloomFilterState, width: number, t: Text): ViewLine {
	const {bits: m, hashes: k, items, deletes, probes, counting} = s.params;
	let set = 0;
	let stuck = 0;
	for (const c of s.cells) {
		if (c > 0) set++;
		if (c === COUNTER_MAX) stuck++;
	}
	// The run's own progress (the cursor), which items inserted or deleted by hand do not move.
	const progress = {
		insert: `${s.cursor}/${items}`,
		delete: `${s.cursor}/${deletes}`,
		verify: '',
		probe: `${s.probed}/${probes}`,
		done: '',
	}[s.phase];
	const theory = theoreticalFpr(m, s.members.length, k);
	const fp = s.probed > 0 ? `${t.fp} ${percent(s.falsePositives / s.probed)} (≈${percent(theory)})` : `${t.fp} ≈${percent(theory)}`;
	const parts = [`${t.phase[s.phase]}${progress ? ` ${progress}` : ''}`, `n=${s.members.length}`, `${t.fill} ${percent(set / m)}`, fp];
	if (s.falseNegatives > 0) parts.push(`${t.fn} ${s.falseNegatives}`);
	if (counting && stuck > 0) parts.push(`${t.stuck} ${stuck}`);
	return {text: clip(parts.join(' · '), width), color: s.falseNegatives > 0 ? tone.bad : tone.accent};
}

/** `chars` characters for the m cells (one per cell when chars = m), the op's cells marked. */
function drawCells(s: BloomFilterState, chars: number, marked: readonly number[]): string {
	const {cells} = s;
	const m = cells.length;
	const counting = s.params.counting;
	const start = (j: number) => Math.floor((j * m) / chars);
	const out: string[] = new Array(chars);
	for (let j = 0; j < chars; j++) {
		const from = start(j);
		const to = start(j + 1);
		let set = 0;
		let most = 0;
		for (let i = from; i < to; i++) {
			const c = cells[i]!;
			if (c > 0) set++;
			if (c > most) most = c;
		}
		if (counting) out[j] = HEX[most]!;
		else if (set === 0) out[j] = '·';
		else if (set === to - from) out[j] = '█';
		else out[j] = set * 3 <= to - from ? '░' : set * 3 <= (to - from) * 2 ? '▒' : '▓';
	}
	// A character with any empty marked cell shows ✗: that cell alone rules a lookup out.
	const empty = new Set<number>();
	for (const p of marked) {
		let j = Math.min(chars - 1, Math.floor((p * chars) / m));
		while (j > 0 && start(j) > p) j--;
		while (j < chars - 1 && start(j + 1) <= p) j++;
		if (cells[p] === 0) empty.add(j);
		out[j] = empty.has(j) ? '✗' : '✓';
	}
	return out.join('');
}

function opText(s: BloomFilterState, op: Op, width: number, t: Text): ViewLine {
	const sign = {insert: '+', delete: '-', query: '?'}[op.kind];
	const cells = op.positions.map((p) =>
		s.params.counting ? `${p}:${s.cells[p]}` : op.kind === 'query' ? `${p}${s.cells[p] ? '✓' : '✗'}` : `${p}`,
	);
	let verdict = '';
	let color: Tone = op.kind === 'delete' ? tone.warn : tone.ok;
	if (op.kind === 'query') {
		verdict = op.maybe ? (op.member ? t.member : t.falsePositive) : t.no;
		if (op.maybe && !op.member) color = tone.bad;
	}
	const head = `${sign}${op.item} → `;
	const tail = verdict ? ` = ${verdict}` : '';
	// The verdict matters more than the last cell numbers: cut the numbers first.
	let list = cells.join(' ');
	const roomForList = width - widthOf(head) - widthOf(tail);
	if (widthOf(list) > roomForList) list = roomForList >= 2 ? truncate(list, roomForList) : '';
	return {text: clip(`${head}${list}${tail}`, width), color};
}
