import {quadtreeParamHelp, type QuadtreeParams, quadtreeParams, REGION} from './params.js';
import {type Hotspot, nextPoint, pickHotspots} from './points.js';
import {leaf, type QNode, type QPoint, qtInsert, qtLeaves, qtNodeCount, qtQuery, type Rect} from './tree.js';
import {type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';

export {type QuadtreeParams, quadtreeParams} from './params.js';

/**
 * A range query on a quadtree over [0, 100)². Each tick adds the next point
 * (seeded or given); the query rectangle [x, x+w) × [y, y+h) is answered by
 * descending only into overlapping squares, and compared with a brute-force
 * scan that checks every point.
 */

export interface QuadtreeState {
	readonly params: QuadtreeParams;
	readonly rng: RandomState;
	readonly hotspots: readonly Hotspot[];
	/** How many of the param points have been added. */
	readonly added: number;
	readonly tree: QNode;
	/** Every point in insertion order: what a brute-force scan reads. */
	readonly points: readonly QPoint[];
	readonly query: Rect;
}

export type QuadtreeAction = {type: 'add'; x: number; y: number} | ({type: 'query'} & Rect);

export interface QuadtreeSummary {
	pointCount: number;
	query: Rect;
	found: number;
	/** In insertion order. */
	foundPoints: {x: number; y: number}[];
	pointsChecked: number;
	bruteForceChecked: number;
	/** Points checked that turned out to lie outside the query. */
	wastedChecks: number;
	/** found / pointsChecked (0 when nothing was checked): 1 means no check was wasted. */
	precision: number;
	checkedFraction: number;
	nodesVisited: number;
	/** Deepest leaf; the root is depth 0. */
	depth: number;
	leafCount: number;
	nodeCount: number;
	/** The leaves, for a grid view. */
	rects: {x: number; y: number; w: number; h: number; depth: number; count: number}[];
}

const paramCount = (p: QuadtreeParams): number => (typeof p.points === 'number' ? p.points : p.points.length);

function addPoint(state: QuadtreeState, x: number, y: number): Pick<QuadtreeState, 'tree' | 'points'> {
	const p: QPoint = {id: state.points.length, x, y};
	const {capacity, maxDepth} = state.params;
	return {tree: qtInsert(state.tree, p, capacity, maxDepth), points: [...state.points, p]};
}

const inRegion = (v: number): boolean => Number.isFinite(v) && v >= 0 && v < REGION;
const clampSpan = (v: number): number => (Number.isFinite(v) ? Math.min(REGION, Math.max(0, v)) : 0);

export const quadtree: SimEngine<QuadtreeParams, QuadtreeState, QuadtreeAction, QuadtreeSummary> = {
	id: 'quadtree',
	chapter: 58,
	params: quadtreeParams,
	paramHelp: quadtreeParamHelp,
	init(params, seed) {
		const [hotspots, rng] = pickHotspots(seedRandom(seed));
		return {params, rng, hotspots, added: 0, tree: leaf(0, 0, REGION, 0), points: [], query: params.query};
	},
	step(state, action) {
		switch (action.type) {
			case 'add':
				if (!inRegion(action.x) || !inRegion(action.y)) return state;
				return {...state, ...addPoint(state, action.x, action.y)};
			case 'query': {
				const {x, y, w, h} = action;
				return {...state, query: {x: clampSpan(x), y: clampSpan(y), w: clampSpan(w), h: clampSpan(h)}};
			}
			case 'tick': {
				const {points, distribution} = state.params;
				if (state.added >= paramCount(state.params)) return state;
				if (typeof points !== 'number') {
					const p = points[state.added]!;
					return {...state, ...addPoint(state, p.x, p.y), added: state.added + 1};
				}
				const [p, rng] = nextPoint(state.rng, distribution, state.hotspots);
				return {...state, ...addPoint(state, p.x, p.y), rng, added: state.added + 1};
			}
		}
	},
	done: (state) => state.added >= paramCount(state.params),
	summary(state) {
		const q = qtQuery(state.tree, state.query);
		const leaves = qtLeaves(state.tree);
		const n = state.points.length;
		const found = [...q.found].sort((a, b) => a.id - b.id);
		return {
			pointCount: n,
			query: {...state.query},
			found: found.length,
			foundPoints: found.map(({x, y}) => ({x, y})),
			pointsChecked: q.pointsChecked,
			bruteForceChecked: n,
			wastedChecks: q.pointsChecked - found.length,
			precision: q.pointsChecked === 0 ? 0 : Math.round((found.length / q.pointsChecked) * 10_000) / 10_000,
			checkedFraction: n === 0 ? 0 : Math.round((q.pointsChecked / n) * 10_000) / 10_000,
			nodesVisited: q.nodesVisited,
			depth: leaves.reduce((d, l) => Math.max(d, l.depth), 0),
			leafCount: leaves.length,
			nodeCount: qtNodeCount(state.tree),
			rects: leaves.map((l) => ({x: l.x, y: l.y, w: l.size, h: l.size, depth: l.depth, count: l.points.length})),
		};
	},
};
