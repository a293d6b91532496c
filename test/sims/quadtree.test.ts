import {describe, expect, it} from 'vitest';
import {type QuadtreeAction, type QuadtreeState, quadtree} from '../../source/sims/quadtree/engine.js';
import {quadtreeSim} from '../../source/sims/quadtree/index.js';
import {leaf, QUADRANTS, quadrant} from '../../source/sims/quadtree/tree.js';
import {Random, seedRandom} from '../../source/sims/random.js';
import {deepFreeze} from '../support/sims.js';

function run(input: unknown, seed = 1): QuadtreeState {
	let s = quadtree.init(quadtree.params.parse(input), seed);
	while (!quadtree.done(s)) s = quadtree.step(s, {type: 'tick'});
	return s;
}
const summarize = (input: unknown, seed = 1) => quadtree.summary(run(input, seed));

describe('quadtree: hand-worked case', () => {
	/*
	 * Capacity 1. (10,10) fills the root; (60,10) splits it at 50: NW gets
	 * (10,10), NE (60,10). (10,60) → SW, (60,60) → SE. (50,50) sits on both
	 * midlines, so it goes to the higher quadrant, SE, which is full: SE
	 * [50,100)² splits at 75 and both points fall in its NW [50,75)², which
	 * splits at 62.5, both again in NW [50,62.5)², which splits at 56.25:
	 * (50,50) → NW [50,56.25)², (60,60) → SE [56.25,62.5)². Depth 4.
	 * Leaves: 4 → 7 → 10 → 13 (each split adds 3); 4 inner nodes → 17 nodes.
	 */
	const points = [
		{x: 10, y: 10},
		{x: 60, y: 10},
		{x: 10, y: 60},
		{x: 60, y: 60},
		{x: 50, y: 50},
	];
	const r = (x: number, y: number, w: number, depth: number, count: number) => ({x, y, w, h: w, depth, count});
	it('splits down to depth 4 with 13 leaves', () => {
		const s = summarize({points, capacity: 1, query: {x: 0, y: 0, w: 50, h: 50}});
		expect(s).toMatchObject({pointCount: 5, depth: 4, leafCount: 13, nodeCount: 17});
		expect(s.rects).toEqual([
			r(0, 0, 50, 1, 1),
			r(50, 0, 50, 1, 1),
			r(0, 50, 50, 1, 1),
			r(50, 50, 6.25, 4, 1),
			r(56.25, 50, 6.25, 4, 0),
			r(50, 56.25, 6.25, 4, 0),
			r(56.25, 56.25, 6.25, 4, 1),
			r(62.5, 50, 12.5, 3, 0),
			r(50, 62.5, 12.5, 3, 0),
			r(62.5, 62.5, 12.5, 3, 0),
			r(75, 50, 25, 2, 0),
			r(50, 75, 25, 2, 0),
			r(75, 75, 25, 2, 0),
		]);
		// [0,50)² overlaps only the root and its NW leaf: (10,10) is the one check.
		expect(s).toMatchObject({found: 1, foundPoints: [{x: 10, y: 10}], pointsChecked: 1, bruteForceChecked: 5});
		expect(s).toMatchObject({nodesVisited: 2, wastedChecks: 0, precision: 1, checkedFraction: 0.2});
	});
	/*
	 * Query [40,60)²: overlaps all four root quadrants. NW, NE, SW leaves: 3
	 * checks, none inside. In SE only [50,75)² and then [50,62.5)² overlap
	 * (62.5 and 75 lie past 60); all four of its leaves overlap: (50,50) is
	 * inside, (60,60) is not (upper edge exclusive). Checks 5, found 1.
	 * Visited: root + 3 leaves + SE + [50,75)² + [50,62.5)² + 4 leaves = 11.
	 */
	it('answers a query across the midlines', () => {
		const s = summarize({points, capacity: 1, query: {x: 40, y: 40, w: 20, h: 20}});
		expect(s).toMatchObject({found: 1, foundPoints: [{x: 50, y: 50}], pointsChecked: 5, nodesVisited: 11});
		expect(s).toMatchObject({wastedChecks: 4, precision: 0.2, checkedFraction: 1});
	});
	it('puts midline points in the higher quadrant', () => {
		const root = leaf(0, 0, 100, 0);
		const at = (x: number, y: number) => QUADRANTS[quadrant(root, {x, y})];
		expect([at(49.99, 49.99), at(50, 49.99), at(49.99, 50), at(50, 50), at(0, 99.99)]).toEqual(['NW', 'NE', 'SW', 'SE', 'SW']);
	});
	/*
	 * Five copies of (30,30), capacity 1, maxDepth 3: the root splits (→ NW
	 * [0,50)²), that splits (→ SE [25,50)², as 30 ≥ 25), that splits (→ NW
	 * [25,37.5)², as 30 < 37.5) at depth 3, which may not split, so it keeps
	 * all five. 3 splits → 10 leaves.
	 */
	it('stops splitting at maxDepth', () => {
		const s = summarize({points: Array(5).fill({x: 30, y: 30}), capacity: 1, maxDepth: 3});
		expect(s).toMatchObject({depth: 3, leafCount: 10});
		expect(s.rects.filter((x) => x.count > 0)).toEqual([{x: 25, y: 25, w: 12.5, h: 12.5, depth: 3, count: 5}]);
	});
	it('an empty tree is one empty leaf', () => {
		expect(summarize({points: 0})).toMatchObject({found: 0, pointsChecked: 0, precision: 0, depth: 0, leafCount: 1});
	});
});

function randomInput(seed: number) {
	const r = new Random(seedRandom(seed));
	// Every fourth seed uses points on a 6.25 grid, so many lie on midlines.
	const points =
		seed % 4 === 0 ? Array.from({length: r.int(0, 200)}, () => ({x: r.int(0, 15) * 6.25, y: r.int(0, 15) * 6.25})) : r.int(0, 300);
	const x = r.int(0, 100);
	const y = r.int(0, 100);
	return {
		points,
		distribution: r.int(0, 1) === 0 ? 'uniform' : 'clustered',
		capacity: r.int(1, 8),
		maxDepth: r.int(1, 12),
		query: {x, y, w: r.int(0, 100 - x), h: r.int(0, 100 - y)},
	};
}

describe('quadtree: invariants over 200 seeds', () => {
	it('the query finds exactly what a brute-force scan finds', () => {
		for (let seed = 0; seed < 200; seed++) {
			const input = randomInput(seed);
			const state = run(input, seed);
			const s = quadtree.summary(state);
			const q = input.query;
			const brute = state.points.filter((p) => p.x >= q.x && p.x < q.x + q.w && p.y >= q.y && p.y < q.y + q.h);
			expect(s.foundPoints, `seed ${seed}`).toEqual(brute.map(({x, y}) => ({x, y})));
			expect(s.bruteForceChecked).toBe(state.points.length);
			// Checks = points in the leaves that overlap the query.
			const overlapping = s.rects.filter(
				(l) => q.w > 0 && q.h > 0 && l.x < q.x + q.w && q.x < l.x + l.w && l.y < q.y + q.h && q.y < l.y + l.h,
			);
			expect(s.pointsChecked).toBe(overlapping.reduce((n, l) => n + l.count, 0));
		}
	});
	it('leaves tile the region, hold every point once, and respect capacity', () => {
		for (let seed = 0; seed < 200; seed++) {
			const input = randomInput(seed);
			const state = run(input, seed);
			const s = quadtree.summary(state);
			expect(s.rects.reduce((a, l) => a + l.w * l.h, 0)).toBe(10_000);
			expect(s.rects.reduce((a, l) => a + l.count, 0)).toBe(s.pointCount);
			expect(s.leafCount).toBe(1 + 3 * (s.nodeCount - s.leafCount));
			for (const l of s.rects) if (l.depth < input.maxDepth) expect(l.count).toBeLessThanOrEqual(input.capacity);
			expect(s.depth).toBeLessThanOrEqual(input.maxDepth);
			for (const p of state.points) {
				const homes = s.rects.filter((l) => p.x >= l.x && p.x < l.x + l.w && p.y >= l.y && p.y < l.y + l.h);
				expect(homes).toHaveLength(1);
			}
			for (const p of state.points) expect(p.x >= 0 && p.x < 100 && p.y >= 0 && p.y < 100).toBe(true);
		}
	});
});

describe('quadtree: contract', () => {
	it('defaults run deterministically', () => {
		const a = summarize({}, 1);
		expect(a).toEqual(summarize({}, 1));
		expect(summarize({}, 2)).not.toEqual(a);
		expect(a).toMatchObject({pointCount: 100, found: 14, pointsChecked: 21, depth: 3, leafCount: 52});
	});
	it('the largest allowed setup runs to done (its speed: npm run bench:sims)', () => {
		const s = summarize({points: 2000, distribution: 'clustered', capacity: 1, maxDepth: 12, query: {x: 0, y: 0, w: 100, h: 100}});
		expect(s.pointCount).toBe(2000);
	});
	it('actions add points and move the query', () => {
		let s = run({points: 0, query: {x: 0, y: 0, w: 10, h: 10}});
		s = quadtree.step(s, {type: 'add', x: 5, y: 5});
		expect(quadtree.step(s, {type: 'add', x: 100, y: 5})).toBe(s);
		expect(quadtree.summary(s)).toMatchObject({found: 1, pointCount: 1});
		s = quadtree.step(s, {type: 'query', x: 50, y: 50, w: 10, h: 10});
		// One point: the root is still a single leaf, so its point is checked.
		expect(quadtree.summary(s)).toMatchObject({found: 0, pointsChecked: 1, query: {x: 50, y: 50, w: 10, h: 10}});
	});
	it('step never mutates its input', () => {
		let s = deepFreeze(quadtree.init(quadtree.params.parse({capacity: 2, distribution: 'clustered'}), 3));
		const acts: (QuadtreeAction | {type: 'tick'})[] = [
			...Array.from({length: 40}, () => ({type: 'tick'}) as const),
			{type: 'add', x: 50, y: 50},
			{type: 'query', x: 1, y: 2, w: 3, h: 4},
		];
		for (const a of acts) {
			const copy = structuredClone(s);
			const next = quadtree.step(s, a);
			expect(s).toEqual(copy);
			s = deepFreeze(next);
		}
	});
	it('rejects out-of-range params', () => {
		for (const bad of [{capacity: 0}, {maxDepth: 13}, {points: 2001}, {points: [{x: 100, y: 0}]}, {query: {x: 0, y: 0, w: -1, h: 1}}])
			expect(quadtree.params.safeParse(bad).success).toBe(false);
		expect(Object.keys(quadtree.paramHelp).sort()).toEqual(Object.keys(quadtree.params.parse({})).sort());
	});
});

describe('quadtree: proposed challenges are reachable for every seed', () => {
	type S = ReturnType<typeof summarize>;
	it.each([
		['shallow-tree', {capacity: 20}, (s: S) => s.depth <= 2],
		['deep-cluster', {distribution: 'clustered'}, (s: S) => s.depth >= 5],
		['no-wasted-checks', {query: {x: 50, y: 0, w: 50, h: 50}}, (s: S) => s.precision === 1 && s.checkedFraction <= 0.5],
	] as const)('%s', (id, params, goal) => {
		let solved = 0;
		for (let seed = 0; seed < 200; seed++) {
			expect(goal(summarize({}, seed))).toBe(false);
			if (goal(summarize(params, seed))) solved++;
		}
		// Clustered points reach depth 5 on all but one draw of 200 (its hot spots land far apart, depth 4).
		expect(solved).toBe(id === 'deep-cluster' ? 199 : 200);
	});
});

describe('quadtree: narration', () => {
	// The hand-worked case above, point by point: what each step says.
	const points = [
		{x: 10, y: 10},
		{x: 60, y: 10},
		{x: 10, y: 60},
		{x: 60, y: 60},
		{x: 50, y: 50},
	];
	const said = (prev: QuadtreeState, action: QuadtreeAction | {type: 'tick'}) => {
		const next = quadtree.step(prev, action);
		return [next, quadtreeSim.narrate!(prev, next, action)] as const;
	};
	it('names the square that split into four, then where the point went', () => {
		let s = quadtree.init(quadtree.params.parse({points, capacity: 1, query: {x: 0, y: 0, w: 50, h: 50}}), 1);
		const lines: {en: string; ko: string}[][] = [];
		while (!quadtree.done(s)) {
			const [next, out] = said(s, {type: 'tick'});
			lines.push(out);
			s = next;
		}
		expect(lines[0]).toEqual([
			{
				en: 'point #1 (10, 10) → square root, now 1 of 1; inside the query',
				ko: '점 #1 (10, 10): 사각형 루트가 받는다(1/1개). 질의 안에 있다',
			},
		]);
		expect(lines[1]).toEqual([
			{
				en: 'square root (x 0–100, y 0–100) holds more than 1: splits into four, its points move down',
				ko: '사각형 루트(x 0–100, y 0–100)가 1개를 넘어 넷으로 나뉘고, 점들이 아래로 내려간다',
			},
			{en: 'point #2 (60, 10) → square NE, now 1 of 1', ko: '점 #2 (60, 10): 사각형 NE가 받는다(1/1개)'},
		]);
		// (50, 50) joins (60, 60) in SE: three splits, outermost first, before it lands.
		expect(lines[4]!.map((l) => l.en)).toEqual([
			'square SE (x 50–100, y 50–100) holds more than 1: splits into four, its points move down',
			'square SE.NW (x 50–75, y 50–75) holds more than 1: splits into four, its points move down',
			'square SE.NW.NW (x 50–62.5, y 50–62.5) holds more than 1: splits into four, its points move down',
			'point #5 (50, 50) → square SE.NW.NW.NW, now 1 of 1',
		]);
		expect(lines).toHaveLength(5);
		// Done: a further tick adds nothing and says nothing.
		expect(said(s, {type: 'tick'})[1]).toEqual([]);
	});
	it('says which nodes a query visited and what it checked', () => {
		const s = run({points, capacity: 1});
		// The [40,60)² case above: 11 nodes, 5 checks, 1 found.
		const [, out] = said(s, {type: 'query', x: 40, y: 40, w: 20, h: 20});
		expect(out).toEqual([
			{
				en: 'query (x 40–60, y 40–60) visits 11 nodes (root, NW, NE, SW, SE, SE.NW +5 more): checks 5 points, finds 1, 4 wasted',
				ko: '질의(x 40–60, y 40–60)는 노드 11개를 방문한다(루트, NW, NE, SW, SE, SE.NW 외 5개). 점 5개를 검사해 1개를 찾고, 4개는 헛검사다',
			},
		]);
		expect(said(s, {type: 'query', x: 40, y: 40, w: 0, h: 20})[1]).toEqual([
			{
				en: 'query (x 40–40, y 40–60) is empty: it visits no square',
				ko: '질의(x 40–40, y 40–60)는 비어 있어 어느 사각형도 방문하지 않는다',
			},
		]);
	});
	it('says when max depth keeps a square from splitting', () => {
		// Depth 1: (1,1) and (2,2) split the root into NW, then NW holds every point that follows.
		const s = quadtree.init(quadtree.params.parse({points: [{x: 1, y: 1}], capacity: 1, maxDepth: 1}), 1);
		const three = quadtree.step(quadtree.step(quadtree.step(s, {type: 'tick'}), {type: 'add', x: 2, y: 2}), {type: 'add', x: 3, y: 3});
		const [, out] = said(three, {type: 'add', x: 4, y: 4});
		expect(out).toEqual([
			{
				en: 'point #4 (4, 4) → square NW, now 4 of 1, over capacity: max depth 1 stops splits',
				ko: '점 #4 (4, 4): 사각형 NW가 받는다(4/1개). 용량을 넘었지만 최대 깊이(1)라 나뉘지 않는다',
			},
		]);
	});
});
