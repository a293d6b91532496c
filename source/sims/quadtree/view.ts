import type {Lang} from '../../content/text.js';
import type {QuadtreeState} from './engine.js';
import {inRect, type QNode, type QPoint, qtLeaves, type Rect} from './tree.js';
import type {ViewLine} from '../types.js';
import {clip} from '../view-kit.js';

/**
 * The quadtree as a map of the region [0, 100)², north up, squashed into the
 * rows available (so squares look wide), with the numbers beside it. Lines
 * `│ ─ ┼` are the splits, each square's midlines as far as the map is fine
 * enough to show them (vertical ones go deeper: there are more columns than
 * rows), so the grid gets finer where points crowd. `░` shades the query
 * rectangle. Each point is a mark: `•` one the query never looked at, `✗` one
 * it checked in vain (its leaf overlaps the query but the point lies
 * outside), `✓` one it found; a cell with several points shows the most
 * telling (✓ over ✗ over •). Beside the map: points checked against the
 * brute-force scan of every point, found, wasted checks, the legend, then
 * tree size and depth and the query rectangle, as rows allow.
 */
export function quadtreeView(state: QuadtreeState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const a: Analysis = {stats: query(state), leaves: qtLeaves(state.tree)};
	const side = sideLines(state, a, t);
	// Two columns per row would draw true squares; four leaves room for points.
	const sideRoom = Math.min(SIDE_MIN, Math.max(0, width - 2 * rows - 2));
	const cols = Math.max(1, Math.min(5 * rows, width - sideRoom - 2));
	const map = drawMap(state, a, cols, rows);
	const textRoom = width - cols - 2;
	return map.map((line, i) => {
		const note = side[i];
		if (note === undefined || textRoom < 4) return {text: clip(`${line}│`, width)};
		return {text: `${line}│ ${clip(note, textRoom - 1)}`.trimEnd()};
	});
}

const SIDE_MIN = 24;

const TEXT = {
	en: {
		checked: 'checked',
		brute: 'brute',
		found: 'found',
		wasted: 'wasted',
		points: 'pts',
		depth: 'depth',
		leaves: 'leaves',
		nodes: 'nodes',
		legend: '• point ░ query',
		query: 'query',
	},
	ko: {
		checked: '검사',
		brute: '전수',
		found: '찾음',
		wasted: '헛검사',
		points: '점',
		depth: '깊이',
		leaves: '리프',
		nodes: '노드',
		legend: '• 점 ░ 질의',
		query: '질의',
	},
};
type Text = (typeof TEXT)['en'];

const num = (v: number): string => String(Math.round(v * 10) / 10);

function overlaps(node: QNode, r: Rect): boolean {
	if (r.w <= 0 || r.h <= 0) return false;
	return node.x < r.x + r.w && r.x < node.x + node.size && node.y < r.y + r.h && r.y < node.y + node.size;
}

/** The leaves a range query reaches (the same descent as `qtQuery`); their points are the ones it checks. */
function reached(node: QNode, r: Rect, out: QNode[] = []): QNode[] {
	if (!overlaps(node, r)) return out;
	if (node.children) for (const child of node.children) reached(child, r, out);
	else out.push(node);
	return out;
}

type Stats = {checked: Set<QPoint>; found: number};

function query(s: QuadtreeState): Stats {
	const checked = new Set<QPoint>();
	let found = 0;
	for (const leaf of reached(s.tree, s.query)) {
		for (const p of leaf.points) {
			checked.add(p);
			if (inRect(p, s.query)) found++;
		}
	}
	return {checked, found};
}

type Analysis = {stats: Stats; leaves: QNode[]};

function sideLines(s: QuadtreeState, {stats, leaves}: Analysis, t: Text): string[] {
	const n = s.points.length;
	const checked = stats.checked.size;
	const depth = leaves.reduce((d, l) => Math.max(d, l.depth), 0);
	const nodes = Math.round((leaves.length - 1) / 3) + leaves.length;
	const q = s.query;
	return [
		`${t.checked} ${checked} · ${t.brute} ${n}`,
		`✓ ${t.found} ${stats.found}`,
		`✗ ${t.wasted} ${checked - stats.found}`,
		t.legend,
		`${n} ${t.points} · ${t.depth} ${depth}`,
		`${leaves.length} ${t.leaves} · ${nodes} ${t.nodes}`,
		`${t.query} ${num(q.x)},${num(q.y)} ${num(q.w)}×${num(q.h)}`,
	];
}

const REGION = 100;
/** A split draws its horizontal line when its square spans this many rows, its vertical one at this many columns. */
const LINE_ROWS = 4;
const LINE_COLS = 4;

function drawMap(s: QuadtreeState, {stats}: Analysis, cols: number, rows: number): string[] {
	const colOf = (x: number) => Math.min(cols - 1, Math.floor((x / REGION) * cols));
	const rowOf = (y: number) => Math.min(rows - 1, Math.floor((y / REGION) * rows));
	const grid: string[][] = Array.from({length: rows}, () => Array.from({length: cols}, () => ' '));
	// Splits: each internal node draws the midlines of its square that the
	// map is fine enough to show, so crowded parts get a finer grid.
	const edges = new Map<number, number>(); // cell -> bit 1 vertical, 2 horizontal
	const walk = (node: QNode): void => {
		if (!node.children) return;
		const tall = (node.size / REGION) * rows >= LINE_ROWS;
		const wide = (node.size / REGION) * cols >= LINE_COLS;
		if (!wide) return;
		const r0 = rowOf(node.y);
		const r1 = Math.min(rows, Math.ceil(((node.y + node.size) / REGION) * rows));
		const c0 = colOf(node.x);
		const c1 = Math.min(cols, Math.ceil(((node.x + node.size) / REGION) * cols));
		const mr = rowOf(node.y + node.size / 2);
		const mc = colOf(node.x + node.size / 2);
		for (let r = r0; r < r1; r++) edges.set(r * cols + mc, (edges.get(r * cols + mc) ?? 0) | 1);
		if (tall) for (let c = c0; c < c1; c++) edges.set(mr * cols + c, (edges.get(mr * cols + c) ?? 0) | 2);
		for (const child of node.children) walk(child);
	};
	walk(s.tree);
	for (const [at, bits] of edges) grid[Math.floor(at / cols)]![at % cols] = bits === 3 ? '┼' : bits === 1 ? '│' : '─';
	// The query rectangle: every cell whose area it overlaps.
	const q = s.query;
	if (q.w > 0 && q.h > 0) {
		for (let r = 0; r < rows; r++) {
			const y0 = (r * REGION) / rows;
			const y1 = ((r + 1) * REGION) / rows;
			if (!(y0 < q.y + q.h && q.y < y1)) continue;
			for (let c = 0; c < cols; c++) {
				const x0 = (c * REGION) / cols;
				const x1 = ((c + 1) * REGION) / cols;
				if (x0 < q.x + q.w && q.x < x1) grid[r]![c] = '░';
			}
		}
	}
	// Points last, the most telling mark winning a shared cell.
	const rank = {'•': 1, '✗': 2, '✓': 3} as const;
	const marks = new Map<number, '•' | '✗' | '✓'>();
	for (const p of s.points) {
		const mark = !stats.checked.has(p) ? '•' : inRect(p, q) ? '✓' : '✗';
		const at = rowOf(p.y) * cols + colOf(p.x);
		const was = marks.get(at);
		if (!was || rank[mark] > rank[was]) marks.set(at, mark);
	}
	for (const [at, mark] of marks) grid[Math.floor(at / cols)]![at % cols] = mark;
	return grid.map((line) => line.join(''));
}
