import type {Lang} from '../../content/text.js';
import {width as widthOf} from '../../content/text.js';
import type {ChServer, ConsistentHashingState} from './types.js';
import {loadSpread, ownerOf, successor} from './ring.js';
import {ketamaServerPoints} from '../hash/md5-ketama.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, fitLines, tone} from '../view-kit.js';

/**
 * The hash ring cut open at 0 and laid flat, left to right up to 2^32: each
 * column of the "now" strip is a stretch of the ring, lettered by the server
 * that owns its middle (a = the first server, b = the next, …), so a run of
 * one letter is an arc and many short runs are many virtual nodes. Under it,
 * "moved" marks where the keys that changed owner in the last change sit
 * (▁ a few … █ the most in one column): after an add they gather under the
 * new server's arcs, after a remove under the arcs it left. Above the strip,
 * the last change with the keys it moved and, against the first placement,
 * the share moved here and the share hash mod N would move; before any
 * change, the setup and the change to come. With more rows: "keys", each
 * server's key count as a block whose middle height ▄ is the average (all ▄
 * is an even spread; its max/average and CV follow), the "was" strip before
 * the last change, and which letter is which server; with more still, one
 * line per server (its keys, their ratio to the average, and what the last
 * change gave or took) in place of that letters line.
 */
export function consistentHashingView(state: ConsistentHashingState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	// Labels only when the strip keeps most of a narrow screen.
	const prefix = width >= 24 ? PREFIX : 0;
	const label = (text: string): string => (prefix ? text + ' '.repeat(Math.max(1, prefix - widthOf(text))) : '');
	const columns = Math.max(1, width - prefix);
	const changed = state.applied.length > 0;
	let budget = rows - 1;
	const moved = budget-- > 0;
	const header = budget-- > 0;
	const keys = budget-- > 0;
	const was = changed && budget-- > 0;
	const legend = budget-- > 0;
	// With more rows, one line per server in place of the letters line, two rows left to the narration under the drawing.
	const listRows = legend ? budget + 1 - NARRATION : 0;
	const list = listRows >= 2 ? serverLines(state, width, listRows) : [];

	const out: ViewLine[] = [];
	if (header) out.push({text: clip(headerText(state, t), width), color: tone.accent});
	if (was) {
		const before = previousOwnerAt(state);
		out.push({text: label(t.was) + strip(columns, before), color: tone.muted});
	}
	out.push({text: label(t.now) + strip(columns, (h) => ownerOf(state.ring, h))});
	if (moved) out.push({text: (label(t.moved) + movedMarks(state, columns)).trimEnd(), color: tone.warn});
	if (keys) out.push({text: clip(label(t.keys) + keysLine(state, columns), width)});
	if (list.length > 0) out.push(...list);
	else if (legend) out.push({text: clip(legendText(state.servers), width), color: tone.muted});
	return fitLines(out, width);
}

const TEXT = {
	en: {
		now: 'now',
		was: 'was',
		moved: 'moved',
		keys: 'keys',
		setup: (n: number, v: number, k: number) => `${n} servers × ${v} vnodes · ${k} keys`,
		next: 'next',
		change: (c: string, moved: number) => `${c}: ${moved} keys moved`,
		total: 'total',
	},
	ko: {
		now: '현재',
		was: '이전',
		moved: '이동',
		keys: '키',
		setup: (n: number, v: number, k: number) => `서버 ${n} × 가상 노드 ${v} · 키 ${k}`,
		next: '다음',
		change: (c: string, moved: number) => `${c}: 키 ${moved}개 이동`,
		total: '누적',
	},
};
type Text = (typeof TEXT)['en'];

const TWO32 = 2 ** 32;
const PREFIX = 6;
/** Rows the server list leaves to the narration under the drawing. */
const NARRATION = 2;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A server's letter, by id (ids past 61 reuse letters). */
const letter = (id: number): string => (id < 0 ? '?' : LETTERS[id % LETTERS.length]!);
const percent = (part: number, whole: number): string => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;
const changeName = (c: {kind: 'add' | 'remove'; name: string}) => `${c.kind === 'add' ? '+' : '-'}${c.name}`;

function headerText(state: ConsistentHashingState, t: Text): string {
	const {params, applied, pending} = state;
	const next = pending[0] ? ` · ${t.next} ${changeName(pending[0])}` : '';
	const last = applied[applied.length - 1];
	if (!last) return `${t.setup(params.nodes, params.vnodes, params.keys)}${next}`;
	const {keyHashes, lastMoved, movedFromInitial, moduloMoved} = state;
	const keys = keyHashes.length;
	return `${t.change(changeName(last), lastMoved.length)} · ${t.total} ${percent(movedFromInitial, keys)} · mod N ${percent(moduloMoved, keys)}${next}`;
}

/** One letter per column: the owner of the column's middle point. */
function strip(columns: number, ownerAt: (hash: number) => number): string {
	let text = '';
	for (let c = 0; c < columns; c++) text += letter(ownerAt(Math.floor(((c + 0.5) * TWO32) / columns)));
	return text;
}

/**
 * Who owned a point before the last change: the ring without the server just
 * added, or with the server just removed put back (its points recomputed).
 */
function previousOwnerAt(state: ConsistentHashingState): (hash: number) => number {
	const {ring} = state;
	const last = state.applied[state.applied.length - 1];
	if (!last) return (h) => ownerOf(ring, h);
	const id = state.names.indexOf(last.name);
	if (last.kind === 'add') {
		return (h) => {
			let j = successor(ring.points, h);
			for (let k = 0; k < ring.ids.length && ring.ids[j] === id; k++) j = (j + 1) % ring.ids.length;
			return ring.ids[j] ?? -1;
		};
	}
	const extra = ketamaServerPoints(last.name, state.params.vnodes).sort((a, b) => a - b);
	const ahead = (point: number, h: number) => (point - h + TWO32) % TWO32;
	return (h) => {
		if (ring.points.length === 0) return id;
		const a = successor(ring.points, h);
		const b = successor(extra, h);
		return ahead(extra[b]!, h) < ahead(ring.points[a]!, h) ? id : ring.ids[a]!;
	};
}

function movedMarks(state: ConsistentHashingState, columns: number): string {
	const counts = new Array<number>(columns).fill(0);
	const {lastMoved, keyHashes} = state;
	let most = 0;
	for (const i of lastMoved) {
		const c = Math.min(columns - 1, Math.floor((keyHashes[i]! / TWO32) * columns));
		counts[c]!++;
		most = Math.max(most, counts[c]!);
	}
	return counts.map((n) => (n === 0 ? ' ' : BLOCKS[Math.min(7, Math.ceil((n / most) * 8) - 1)]!)).join('');
}

function keysLine(state: ConsistentHashingState, columns: number): string {
	const values = state.servers.map((s) => state.keyCounts[s.id] ?? 0);
	const mean = state.keyHashes.length / Math.max(1, state.servers.length);
	const block = (n: number) => (n === 0 ? '·' : BLOCKS[Math.max(0, Math.min(7, Math.round((n / mean) * 4) - 1))]!);
	const cells = state.servers.map((s, i) => ({letter: letter(s.id), block: block(values[i]!)}));
	const spread = loadSpread(values);
	const stats = ` max ${spread.maxRatio.toFixed(2)}× cv ${spread.cv.toFixed(2)}`;
	// Letter and block with a space, without, or blocks alone: whichever fits.
	const forms = [
		cells.map((c) => `${c.letter}${c.block}`).join(' '),
		cells.map((c) => `${c.letter}${c.block}`).join(''),
		cells.map((c) => c.block).join(''),
	];
	const body = firstFit(forms, columns);
	return widthOf(body + stats) <= columns ? body + stats : body;
}

/** Which letter is which server: "a=node-0", runs of node-<id> in a row folded to "a-j=node-0..9". */
function legendText(servers: readonly ChServer[]): string {
	const parts: string[] = [];
	const numbered = (k: number) => servers[k]?.name === `node-${servers[k]?.id}` && servers[k]!.id < LETTERS.length;
	for (let i = 0; i < servers.length; ) {
		const first = servers[i]!;
		let j = i;
		while (numbered(i) && numbered(j + 1) && servers[j + 1]!.id === servers[j]!.id + 1) j++;
		const last = servers[j]!;
		parts.push(j - i >= 2 ? `${letter(first.id)}-${letter(last.id)}=node-${first.id}..${last.id}` : `${letter(first.id)}=${first.name}`);
		if (j - i < 2) j = i;
		i = j + 1;
	}
	return parts.join(' ');
}

/** Keys each server gained (+) or lost (-) in the last change, by id. */
function lastChange(state: ConsistentHashingState): Map<number, number> {
	const delta = new Map<number, number>();
	for (const key of state.lastMoved) {
		const [from, to] = [state.previousOwners[key]!, state.owners[key]!];
		delta.set(from, (delta.get(from) ?? 0) - 1);
		delta.set(to, (delta.get(to) ?? 0) + 1);
	}
	return delta;
}

/**
 * One line per server, in joining order: its letter and name, a bar of its
 * keys (the busiest fills it), the count, the count over the average, and the
 * keys it gained or lost in the last change. Servers past the rows fold into
 * a last line of letters and names.
 */
function serverLines(state: ConsistentHashingState, width: number, rows: number): ViewLine[] {
	const {servers, keyCounts} = state;
	const shown = servers.length <= rows ? servers : servers.slice(0, rows - 1);
	const counts = servers.map((s) => keyCounts[s.id] ?? 0);
	const mean = state.keyHashes.length / Math.max(1, servers.length);
	const most = Math.max(1, ...counts);
	const delta = lastChange(state);
	const nameWidth = Math.max(...shown.map((s) => widthOf(s.name)));
	const countWidth = String(most).length;
	const deltaText = (id: number) => {
		const d = delta.get(id) ?? 0;
		return d === 0 ? '' : d > 0 ? `+${d}` : `${d}`;
	};
	const deltaWidth = Math.max(0, ...shown.map((s) => deltaText(s.id).length));
	const barWidth = width - (2 + nameWidth + 1) - (1 + countWidth + 7 + (deltaWidth ? deltaWidth + 1 : 0));
	const out: ViewLine[] = shown.map((s) => {
		const n = keyCounts[s.id] ?? 0;
		const bar = barWidth >= 4 ? `${'█'.repeat(Math.round((n / most) * barWidth)).padEnd(barWidth)} ` : '';
		const ratio = `${(n / mean).toFixed(2)}×`.padStart(6);
		const text = `${letter(s.id)} ${s.name.padEnd(nameWidth)} ${bar}${String(n).padStart(countWidth)} ${ratio} ${deltaText(s.id)}`;
		return {text: clip(text.trimEnd(), width)};
	});
	const hidden = servers.slice(shown.length);
	if (hidden.length > 0) out.push({text: clip(`+${hidden.length} ${legendText(hidden)}`, width), color: tone.muted});
	return out;
}
