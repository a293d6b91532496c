import {describe, expect, it} from 'vitest';
import {width as widthOf} from '../../source/content/text.js';
import {type QuadtreeState, quadtree} from '../../source/sims/quadtree/engine.js';
import {quadtreeView} from '../../source/sims/quadtree/view.js';
import {expectViewLeavesStateAlone} from '../support/sims.js';

/** The states after 0, 1, 2, … ticks, up to done. */
function states(input: unknown, seed = 1): QuadtreeState[] {
	let s = quadtree.init(quadtree.params.parse(input), seed);
	const out = [s];
	while (!quadtree.done(s)) {
		s = quadtree.step(s, {type: 'tick'});
		out.push(s);
	}
	return out;
}

/*
 * Capacity 1: the second point splits the root, the fourth splits NW. The
 * query [0,30)² reaches NW's NW (holding (10,10), found) and NW's SE (holding
 * (40,40), checked in vain); (60,10) and (80,80) are never looked at.
 * On a 4 × 14 map a column is 100/14 ≈ 7.1 wide and a row 25 high.
 */
const SMALL = {
	points: [
		{x: 10, y: 10},
		{x: 60, y: 10},
		{x: 80, y: 80},
		{x: 40, y: 40},
	],
	capacity: 1,
	query: {x: 0, y: 0, w: 30, h: 30},
};

describe('quadtreeView', () => {
	const run = states(SMALL);

	it('draws a small tree exactly: splits, the query, and which points were checked', () => {
		expect(run).toHaveLength(5);
		expect(quadtreeView(run[4]!, 40, 4, 'en')).toEqual([
			{text: '░✓░░░  │•     │ checked 2 · brute 4'},
			{text: '░░░░░✗ │      │ ✓ found 1'},
			{text: '───────┼──────│ ✗ wasted 1'},
			{text: '       │   •  │ • point ░ query'},
		]);
	});

	it('starts as an empty square with the query shaded', () => {
		expect(quadtreeView(run[0]!, 40, 4, 'en')).toEqual([
			{text: '░░░░░         │ checked 0 · brute 0'},
			{text: '░░░░░         │ ✓ found 0'},
			{text: '              │ ✗ wasted 0'},
			{text: '              │ • point ░ query'},
		]);
		// One point: the root is still a leaf, the query checks it.
		expect(quadtreeView(run[1]!, 40, 4, 'en')[0]!.text).toBe('░✓░░░         │ checked 1 · brute 1');
		// Two: the root has split, so the query skips the NE square and its point.
		expect(quadtreeView(run[2]!, 40, 4, 'en')[0]!.text).toBe('░✓░░░  │•     │ checked 1 · brute 2');
	});

	it('adds tree size and the query as rows allow, and speaks Korean', () => {
		// 56 wide: a 30-column map (3.3 a column, 14.3 a row). NW's square is 15 columns
		// wide but 3.5 rows tall: its vertical midline shows, its horizontal one does not.
		expect(quadtreeView(run[4]!, 56, 7, 'ko').map((l) => l.text)).toEqual([
			'░░░✓░░░░░      │  •           │ 검사 2 · 전수 4',
			'░░░░░░░░░      │              │ ✓ 찾음 1',
			'░░░░░░░░░   ✗  │              │ ✗ 헛검사 1',
			'───────┼───────┼──────────────│ • 점 ░ 질의',
			'               │              │ 4 점 · 깊이 2',
			'               │        •     │ 7 리프 · 9 노드',
			'               │              │ 질의 0,0 30×30',
		]);
	});

	it('never draws more than `rows` lines or wider than `width`', () => {
		const runs = [
			states({}),
			states({distribution: 'clustered', points: 400, capacity: 1, maxDepth: 12}, 7),
			states({points: 30, query: {x: 0, y: 0, w: 100, h: 100}}),
			states({points: 10, query: {x: 99.5, y: 3.25, w: 0, h: 50}}),
		];
		for (const r of runs) {
			const picks = [r[0]!, r[1]!, r[Math.floor(r.length / 2)]!, r.at(-1)!];
			for (const s of picks)
				for (const width of [20, 40, 56, 60, 66, 76, 120])
					for (const rows of [1, 2, 3, 4, 5, 6, 7, 8])
						for (const lang of ['en', 'ko'] as const) {
							const lines = quadtreeView(s, width, rows, lang);
							expect(lines).toHaveLength(rows);
							for (const l of lines) expect(widthOf(l.text), l.text).toBeLessThanOrEqual(width);
						}
		}
		expect(quadtreeView(states({}).at(-1)!, 76, 0, 'en')).toEqual([]);
	});

	it('agrees with the engine on what the query checked', () => {
		const last = states({}).at(-1)!;
		const sum = quadtree.summary(last);
		const text = quadtreeView(last, 76, 8, 'en').map((l) => l.text);
		expect(text[0]).toContain(`checked ${sum.pointsChecked} · brute ${sum.bruteForceChecked}`);
		expect(text[1]).toContain(`✓ found ${sum.found}`);
		expect(text[2]).toContain(`✗ wasted ${sum.wastedChecks}`);
		expect(text[4]).toContain(`${sum.pointCount} pts · depth ${sum.depth}`);
		expect(text[5]).toContain(`${sum.leafCount} leaves · ${sum.nodeCount} nodes`);
	});

	it('does not mutate the state', () => {
		const r = states({});
		expectViewLeavesStateAlone(quadtreeView, [r[0]!, r[50]!, r.at(-1)!], {freeze: true});
	});
});
