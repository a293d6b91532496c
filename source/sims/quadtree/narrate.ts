import type {Localized} from '../../content/schema.js';
import type {QuadtreeAction, QuadtreeState} from './engine.js';
import {inRect, type QNode, QUADRANTS, quadrant, type Rect} from './tree.js';

/**
 * A square is named by its path from the root: "NW.SE" is the south-east
 * quarter of the north-west quarter. Every quadrant code ends in a vowel
 * sound in Korean (에스이, 엔더블유 …) and so does 루트, so the particles
 * below are always 가/는.
 */
type Named = {node: QNode; path: string};

const name = (path: string, lang: 'en' | 'ko'): string => path || (lang === 'en' ? 'root' : '루트');
const num = (v: number): string => String(Math.round(v * 100) / 100);
const span = (from: number, size: number): string => `${num(from)}–${num(from + size)}`;
const area = (n: QNode): string => `x ${span(n.x, n.size)}, y ${span(n.y, n.size)}`;
const child = (path: string, i: number): string => (path ? `${path}.${QUADRANTS[i]}` : QUADRANTS[i]!);

/** Squares that are split in `next` but were a leaf (or did not exist) in `prev`, outermost first. */
function splits(prev: QNode | undefined, next: QNode, path = '', out: Named[] = []): Named[] {
	if (!next.children) return out;
	if (!prev?.children) out.push({node: next, path});
	next.children.forEach((c, i) => {
		splits(prev?.children?.[i], c, child(path, i), out);
	});
	return out;
}

/** The leaf a point lands in, with its path. */
function leafOf(node: QNode, p: {x: number; y: number}, path = ''): Named {
	if (!node.children) return {node, path};
	const i = quadrant(node, p);
	return leafOf(node.children[i], p, child(path, i));
}

/** The squares a range query enters (the same descent as `qtQuery`), root first. */
function visited(node: QNode, r: Rect, path = '', out: string[] = []): string[] {
	if (r.w <= 0 || r.h <= 0) return out;
	if (!(node.x < r.x + r.w && r.x < node.x + node.size && node.y < r.y + r.h && r.y < node.y + node.size)) return out;
	out.push(path);
	node.children?.forEach((c, i) => {
		visited(c, r, child(path, i), out);
	});
	return out;
}

function splitSentence({node, path}: Named, capacity: number): Localized {
	return {
		en: `square ${name(path, 'en')} (${area(node)}) holds more than ${capacity}: splits into four, its points move down`,
		ko: `사각형 ${name(path, 'ko')}(${area(node)})가 ${capacity}개를 넘어 넷으로 나뉘고, 점들이 아래로 내려간다`,
	};
}

function addSentence(state: QuadtreeState, id: number): Localized {
	const p = state.points[id]!;
	const {node, path} = leafOf(state.tree, p);
	const {capacity, maxDepth} = state.params;
	const held = node.points.length;
	const inside = inRect(p, state.query);
	const at = `#${id + 1} (${num(p.x)}, ${num(p.y)})`;
	const over =
		held > capacity
			? {en: `, over capacity: max depth ${maxDepth} stops splits`, ko: `. 용량을 넘었지만 최대 깊이(${maxDepth})라 나뉘지 않는다`}
			: {en: '', ko: ''};
	return {
		en: `point ${at} → square ${name(path, 'en')}, now ${held} of ${capacity}${over.en}${inside ? '; inside the query' : ''}`,
		ko: `점 ${at}: 사각형 ${name(path, 'ko')}가 받는다(${held}/${capacity}개)${over.ko}${inside ? '. 질의 안에 있다' : ''}`,
	};
}

function querySentence(state: QuadtreeState): Localized {
	const q = state.query;
	const paths = visited(state.tree, q);
	const where = `x ${span(q.x, q.w)}, y ${span(q.y, q.h)}`;
	if (paths.length === 0)
		return {en: `query (${where}) is empty: it visits no square`, ko: `질의(${where})는 비어 있어 어느 사각형도 방문하지 않는다`};
	let checked = 0;
	let found = 0;
	for (const p of state.points) {
		const {path} = leafOf(state.tree, p);
		if (!paths.includes(path)) continue;
		checked++;
		if (inRect(p, q)) found++;
	}
	const shown = paths.slice(0, 6);
	const more = paths.length - shown.length;
	const list = (lang: 'en' | 'ko') =>
		shown.map((p) => name(p, lang)).join(', ') + (more > 0 ? (lang === 'en' ? ` +${more} more` : ` 외 ${more}개`) : '');
	return {
		en: `query (${where}) visits ${paths.length} nodes (${list('en')}): checks ${checked} points, finds ${found}, ${checked - found} wasted`,
		ko: `질의(${where})는 노드 ${paths.length}개를 방문한다(${list('ko')}). 점 ${checked}개를 검사해 ${found}개를 찾고, ${checked - found}개는 헛검사다`,
	};
}

/** One sentence per event of the step: each square that split, where the new point landed, or what a new query visited. */
export function narrateQuadtree(prev: QuadtreeState, next: QuadtreeState, action: QuadtreeAction | {type: 'tick'}): Localized[] {
	if (action.type === 'query') return [querySentence(next)];
	if (next.points.length === prev.points.length) return [];
	const {capacity} = next.params;
	return [...splits(prev.tree, next.tree).map((s) => splitSentence(s, capacity)), addSentence(next, next.points.length - 1)];
}
