/**
 * A point-region quadtree (Finkel & Bentley 1974; Samet, "The Quadtree and
 * Related Hierarchical Data Structures", 1984): every node is a square, a
 * leaf holds up to `capacity` points, and inserting into a full leaf splits
 * it into four equal quadrants and pushes its points down. Immutable: an
 * insert copies only the nodes on its path.
 *
 * Screen coordinates: y grows downward, so north = smaller y. Squares are
 * half-open, [x, x+size) × [y, y+size): a point on a midline goes to the
 * east (x) and south (y) side, the higher quadrant.
 */
export interface QPoint {
	readonly id: number;
	readonly x: number;
	readonly y: number;
}

export interface QNode {
	readonly x: number;
	readonly y: number;
	readonly size: number;
	readonly depth: number;
	readonly points: readonly QPoint[];
	/** NW, NE, SW, SE; null for a leaf. */
	readonly children: readonly [QNode, QNode, QNode, QNode] | null;
}

export interface Rect {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

export interface QueryResult {
	found: QPoint[];
	pointsChecked: number;
	nodesVisited: number;
}

export const QUADRANTS = ['NW', 'NE', 'SW', 'SE'] as const;

export function leaf(x: number, y: number, size: number, depth: number): QNode {
	return {x, y, size, depth, points: [], children: null};
}

export function quadrant(node: QNode, p: {x: number; y: number}): 0 | 1 | 2 | 3 {
	const half = node.size / 2;
	const east = p.x >= node.x + half ? 1 : 0;
	const south = p.y >= node.y + half ? 2 : 0;
	return (east + south) as 0 | 1 | 2 | 3;
}

function split(node: QNode): QNode {
	const h = node.size / 2;
	const d = node.depth + 1;
	const {x, y} = node;
	const children = [leaf(x, y, h, d), leaf(x + h, y, h, d), leaf(x, y + h, h, d), leaf(x + h, y + h, h, d)] as const;
	return {...node, points: [], children};
}

/** At `maxDepth` a leaf stops splitting and holds any number of points. */
export function qtInsert(node: QNode, p: QPoint, capacity: number, maxDepth: number): QNode {
	if (node.children) {
		const i = quadrant(node, p);
		const children = [...node.children] as [QNode, QNode, QNode, QNode];
		children[i] = qtInsert(children[i], p, capacity, maxDepth);
		return {...node, children};
	}
	if (node.points.length < capacity || node.depth >= maxDepth) return {...node, points: [...node.points, p]};
	let out = split(node);
	for (const q of [...node.points, p]) out = qtInsert(out, q, capacity, maxDepth);
	return out;
}

function overlaps(node: QNode, r: Rect): boolean {
	if (r.w <= 0 || r.h <= 0) return false;
	return node.x < r.x + r.w && r.x < node.x + node.size && node.y < r.y + r.h && r.y < node.y + node.size;
}

export function inRect(p: {x: number; y: number}, r: Rect): boolean {
	return p.x >= r.x && p.x < r.x + r.w && p.y >= r.y && p.y < r.y + r.h;
}

/** Descends only into squares that overlap `r`; checks every point of the leaves reached. */
export function qtQuery(node: QNode, r: Rect, out: QueryResult = {found: [], pointsChecked: 0, nodesVisited: 0}): QueryResult {
	if (!overlaps(node, r)) return out;
	out.nodesVisited++;
	if (node.children) {
		for (const child of node.children) qtQuery(child, r, out);
		return out;
	}
	for (const p of node.points) {
		out.pointsChecked++;
		if (inRect(p, r)) out.found.push(p);
	}
	return out;
}

export function qtLeaves(node: QNode, out: QNode[] = []): QNode[] {
	if (node.children) for (const child of node.children) qtLeaves(child, out);
	else out.push(node);
	return out;
}

export function qtNodeCount(node: QNode): number {
	return node.children ? node.children.reduce((n, c) => n + qtNodeCount(c), 1) : 1;
}
