import {describe, expect, it} from 'vitest';
import {type ConsistentHashingState, consistentHashing as engine} from '../../source/sims/consistent-hashing/engine.js';
import {ownerOf} from '../../source/sims/consistent-hashing/ring.js';
import {consistentHashingView} from '../../source/sims/consistent-hashing/view.js';
import type {ViewLine} from '../../source/sims/types.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const SIZES: [number, number][] = [
	[56, 3],
	[56, 8],
	[60, 4],
	[64, 5],
	[76, 6],
	[76, 8],
];

const states = (params: object, seed = 1) => runStates<ConsistentHashingState>(engine, params, seed);

const strip = (lines: ViewLine[], label: string) => lines.find((l) => l.text.startsWith(label))!.text.slice(6);

describe('consistent hashing view', () => {
	it('draws two servers, then the keys a third one takes', () => {
		const [first, second] = states({nodes: 2, vnodes: 4, keys: 8, add: 1});
		// node-0 (a) and node-1 (b), 4 points each; 20 columns of 2^32/20 each, lettered by who owns the middle.
		// The first point is b's at 1031442890, so columns 0-4 (middles up to 966367641) go to b;
		// column 5's middle 1181116006 falls past a's 1059907304, before b's 1209500706: b again.
		expect(first!.ring.points.slice(0, 3)).toEqual([1031442890, 1059907304, 1209500706]);
		expect(consistentHashingView(first!, 26, 6, 'en')).toEqual([
			{text: '2 servers × 4 vnodes · 8 …', color: 'cyan'},
			{text: 'now   bbbbbbaaabaaaaaaabbb'},
			{text: 'moved', color: 'yellow'},
			// a owns 3 keys, b 5; the mean is 4 (▄): 3/4·4 = 3 → ▃, 5/4·4 = 5 → ▅.
			{text: 'keys  a▃ b▅'},
			{text: 'a=node-0 b=node-1', color: 'gray'},
		]);
		// node-2 (c) takes key-1 (hash 2339090209, column 10) and key-7 (1929485890, column 8).
		expect(second!.owners).toEqual([1, 2, 0, 1, 1, 1, 0, 2]);
		expect(consistentHashingView(second!, 26, 6, 'en')).toEqual([
			{text: '+node-2: 2 keys moved · t…', color: 'cyan'},
			{text: 'was   bbbbbbaaabaaaaaaabbb', color: 'gray'},
			{text: 'now   bbbbbbaaabcaaaaaacbb'},
			{text: `moved ${' '.repeat(8)}█ █`, color: 'yellow'},
			// a 2, b 4, c 2 of 8 keys, mean 8/3: 2·3/8·4 = 3 → ▃, 4·3/8·4 = 6 → ▆.
			{text: 'keys  a▃ b▆ c▃'},
			{text: 'a-c=node-0..2', color: 'gray'},
		]);
		expect(engine.summary(second!)).toMatchObject({movedFraction: 0.25, moduloMovedFraction: 0.375});
		expect(consistentHashingView(second!, 76, 3, 'ko')[0]).toEqual({
			text: '+node-2: 키 2개 이동 · 누적 25.0% · mod N 37.5%',
			color: 'cyan',
		});
	});

	it('with more rows, lists each server: keys, ratio to the average, and what the last change gave or took', () => {
		const [, second] = states({nodes: 2, vnodes: 4, keys: 8, add: 1});
		const lines = consistentHashingView(second!, 40, 12, 'ko');
		// Header, was, now, moved, keys, then a line a server (two of the twelve rows left to the narration).
		expect(lines).toHaveLength(8);
		// a 2 keys, b 4, c 2 (mean 8/3); a 19-column bar the busiest (b) fills; c took key-1 from a and key-7 from b.
		const bar = (n: number) => '█'.repeat(n).padEnd(19);
		expect(lines.slice(5)).toEqual([
			{text: `a node-0 ${bar(10)} 2  0.75× -1`},
			{text: `b node-1 ${bar(19)} 4  1.50× -1`},
			{text: `c node-2 ${bar(10)} 2  0.75× +2`},
		]);
		// Too few rows for every server: the rest fold into one line of letters and names.
		const many = states({nodes: 12, vnodes: 8, keys: 1000, add: 0})[0]!;
		const folded = consistentHashingView(many, 76, 12, 'en');
		expect(folded.at(-1)).toEqual({text: '+7 f-l=node-5..11', color: 'gray'});
		expect(folded.slice(4, -1).map((l) => l.text.slice(0, 8))).toEqual(['a node-0', 'b node-1', 'c node-2', 'd node-3', 'e node-4']);
	});

	it('letters each column by the owner of its middle point', () => {
		const [state] = states({nodes: 12, vnodes: 40, keys: 10});
		const now = strip(consistentHashingView(state!, 76, 3, 'en'), 'now');
		expect(now).toHaveLength(70);
		const letters = 'abcdefghijkl';
		for (let c = 0; c < 70; c++) expect(now[c]).toBe(letters[ownerOf(state!.ring, Math.floor(((c + 0.5) * 2 ** 32) / 70))]);
	});

	it('shows before the last change what the previous step showed now, for adds and removes', () => {
		const all = states({nodes: 6, vnodes: 40, keys: 2000, add: 2, remove: 2}, 3);
		expect(all.map((s) => s.applied.at(-1)?.kind)).toEqual([undefined, 'add', 'add', 'remove', 'remove']);
		for (let i = 1; i < all.length; i++) {
			const was = strip(consistentHashingView(all[i]!, 76, 8, 'en'), 'was');
			expect(was).toBe(strip(consistentHashingView(all[i - 1]!, 76, 8, 'en'), 'now'));
		}
	});

	it('marks moved keys only in the columns where they sit', () => {
		const all = states({keys: 5000, add: 1});
		const last = all[all.length - 1]!;
		const marks = consistentHashingView(last, 76, 6, 'en')
			.find((l) => l.color === 'yellow')!
			.text.slice(6);
		const columns = new Set<number>();
		last.owners.forEach((o, i) => {
			if (o !== last.previousOwners[i]) columns.add(Math.floor((last.keyHashes[i]! / 2 ** 32) * 70));
		});
		for (let c = 0; c < 70; c++) expect((marks[c] ?? ' ') !== ' ', `column ${c}`).toBe(columns.has(c));
		expect(marks).toContain('█');
	});

	for (const [name, params] of [
		['defaults', {}],
		['many servers', {nodes: 50, vnodes: 160, keys: 20_000, add: 5, remove: 10}],
		['one server, one key', {nodes: 1, vnodes: 4, keys: 1, add: 1}],
		['removes only', {nodes: 3, vnodes: 4, keys: 30, add: 0, remove: 2}],
	] as const) {
		it(`fits every size on every step (${name})`, () => {
			const all = states(params);
			const picked = [0, 1, Math.floor(all.length / 2), all.length - 1].map((i) => all[Math.min(i, all.length - 1)]!);
			expectViewFitsEverySize(consistentHashingView, picked, SIZES);
		});
	}

	it('does not mutate the state', () => {
		const all = states({nodes: 5, vnodes: 8, keys: 500, add: 1, remove: 1});
		expectViewLeavesStateAlone(consistentHashingView, all);
	});
});
