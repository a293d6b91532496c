import {describe, expect, it} from 'vitest';
import {width as widthOf} from '../../source/content/text.js';
import {type BloomFilterState, bloomFilter as engine} from '../../source/sims/bloom-filter/engine.js';
import {cellPositions} from '../../source/sims/bloom-filter/cells.js';
import {bloomFilterView} from '../../source/sims/bloom-filter/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const SIZES: [number, number][] = [
	[56, 3],
	[56, 8],
	[60, 4],
	[64, 5],
	[76, 6],
	[76, 8],
];

const states = (params: object, seed = 1) => runStates<BloomFilterState>(engine, params, seed);

describe('bloom filter view', () => {
	it('draws 16 bits filling up, then a probe that finds an empty cell', () => {
		const all = states({bits: 16, hashes: 2, items: 2, probes: 1});
		expect(all.map((s) => s.phase)).toEqual(['insert', 'insert', 'verify', 'probe', 'done']);
		const seeds = all[0]!.seeds;
		// Seed 1's murmur seeds put item-0 at 14 and 0, item-1 at 12 and 14, probe-0 at 8 and 4.
		expect(cellPositions('item-0', 16, 2, seeds)).toEqual([14, 0]);
		expect(cellPositions('item-1', 16, 2, seeds)).toEqual([12, 14]);
		expect(cellPositions('probe-0', 16, 2, seeds)).toEqual([8, 4]);
		const view = (i: number) => bloomFilterView(all[i]!, 56, 4, 'en');
		expect(view(0)).toEqual([
			{text: 'insert 0/2 · n=0 · fill 0.0% · FP ≈0.0%', color: 'cyan'},
			{text: '················'},
			{text: 'each item sets k=2 of m=16 cells', color: 'gray'},
		]);
		// (1 − e^(−2·1/16))² = 0.1175² = 1.4%; the new item's cells are marked ✓.
		expect(view(1)).toEqual([
			{text: 'insert 1/2 · n=1 · fill 12.5% · FP ≈1.4%', color: 'cyan'},
			{text: '✓·············✓·'},
			{text: '+item-0 → 14 0', color: 'green'},
		]);
		// item-1 shares cell 14 with item-0: 3 of 16 cells set; (1 − e^(−4/16))² = 0.2212² = 4.9%.
		expect(view(2)).toEqual([
			{text: 'verify · n=2 · fill 18.8% · FP ≈4.9%', color: 'cyan'},
			{text: '█···········✓·✓·'},
			{text: '+item-1 → 12 14', color: 'green'},
		]);
		// Cells 8 and 4 are empty: probe-0 is certainly absent, 0 false positives out of 1.
		expect(view(4)).toEqual([
			{text: 'done · n=2 · fill 18.8% · FP 0.0% (≈4.9%)', color: 'cyan'},
			{text: '█···✗···✗···█·█·'},
			{text: '?probe-0 → 8✗ 4✗ = no', color: 'green'},
		]);
		expect(bloomFilterView(all[4]!, 56, 4, 'ko')[2]).toEqual({text: '?probe-0 → 8✗ 4✗ = 없음', color: 'green'});
	});

	it('shows counters, a delete, and a false positive in red', () => {
		const [blank] = states({bits: 16, hashes: 2, items: 1, probes: 0, counting: true});
		let s = blank!;
		for (const item of ['item-0', 'item-1']) s = engine.step(s, {type: 'insert', item});
		// Inserted by hand: the run's own progress stays 0/1. Cell 14 holds both items: counter 2.
		expect(bloomFilterView(s, 56, 3, 'en')).toEqual([
			{text: 'insert 0/1 · n=2 · fill 18.8% · FP ≈4.9%', color: 'cyan'},
			{text: '1···········✓·✓·'},
			{text: '+item-1 → 12:1 14:2', color: 'green'},
		]);
		s = engine.step(s, {type: 'delete', item: 'item-0'});
		expect(bloomFilterView(s, 56, 3, 'en').slice(1)).toEqual([{text: '✗···········1·✓·'}, {text: '-item-0 → 14:1 0:0', color: 'yellow'}]);
		// Which probe-<i> hits cells 12 and 14 only depends on the hashes: find one, and look it up.
		const fake = Array.from({length: 500}, (_, i) => `x-${i}`).find((x) => {
			const p = cellPositions(x, 16, 2, s.seeds);
			return p.every((c) => c === 12 || c === 14);
		})!;
		s = engine.step(s, {type: 'query', item: fake});
		const [p0, p1] = cellPositions(fake, 16, 2, s.seeds);
		expect(bloomFilterView(s, 56, 3, 'en')[2]).toEqual({text: `?${fake} → ${p0}:1 ${p1}:1 = maybe: false positive`, color: 'red'});
		s = engine.step(s, {type: 'query', item: 'item-1'});
		expect(bloomFilterView(s, 56, 3, 'en')[2]).toEqual({text: '?item-1 → 12:1 14:1 = maybe: a member', color: 'green'});
	});

	it('shades runs of cells when there are more cells than room', () => {
		const all = states({bits: 1024, hashes: 2, items: 100, probes: 100});
		const last = all[all.length - 1]!;
		const lines = bloomFilterView(last, 64, 6, 'en');
		// header, 3 lines of 64 characters (192 for 1024 cells: 5.3 cells each), the operation, the legend.
		expect(lines.map((l) => widthOf(l.text))).toEqual([expect.any(Number), 64, 64, 64, expect.any(Number), expect.any(Number)]);
		expect(lines[5]).toEqual({text: '█ set  · empty  ░▒▓ partly  ✓✗ last item  5.3 cells/char', color: 'gray'});
		const cells = lines
			.slice(1, 4)
			.map((l) => l.text)
			.join('');
		expect(cells).toMatch(/^[·░▒▓█✓✗]+$/);
		// Every character stands for the cells under it: · exactly where none is set.
		for (let j = 0; j < 192; j++) {
			if (cells[j] === '✓' || cells[j] === '✗') continue;
			const run = last.cells.subarray(Math.floor((j * 1024) / 192), Math.floor(((j + 1) * 1024) / 192));
			expect(cells[j] === '·', `char ${j}`).toBe(run.every((c) => c === 0));
			expect(cells[j] === '█', `char ${j}`).toBe(run.every((c) => c > 0));
		}
		// The last probe's two cells are marked.
		const marks = [...cells].filter((c) => c === '✓' || c === '✗');
		expect(marks.length).toBeGreaterThanOrEqual(1);
		expect(marks.length).toBeLessThanOrEqual(2);
	});

	it('names the last item each tick handled: inserted, deleted, probed', () => {
		const all = states({bits: 256, hashes: 3, items: 32, deletes: 8, probes: 32, counting: true});
		const ops = all.map((s) => bloomFilterView(s, 76, 3, 'en')[2]!.text.split(' ')[0]);
		expect(ops[0]).toBe('each');
		expect(ops[1]).toBe('+item-1');
		expect(ops).toContain('+item-31');
		expect(ops).toContain('-item-7');
		expect(ops[ops.length - 1]).toBe('?probe-31');
	});

	for (const [name, params] of [
		['defaults', {}],
		['counting with deletes', {counting: true, deletes: 40, bits: 200, hashes: 7}],
		['tiny', {bits: 8, hashes: 32, items: 1, probes: 1}],
		['huge', {bits: 200_000, hashes: 4, items: 2000, probes: 2000}],
	] as const) {
		it(`fits every size on every step (${name})`, () => {
			const all = states(params);
			const picked = [0, 1, Math.floor(all.length / 2), all.length - 1].map((i) => all[Math.min(i, all.length - 1)]!);
			expectViewFitsEverySize(bloomFilterView, picked, SIZES);
		});
	}

	it('does not mutate the state', () => {
		const all = states({counting: true, deletes: 10, probes: 100});
		expectViewLeavesStateAlone(bloomFilterView, [all[0]!, all[5]!, all[all.length - 1]!]);
	});
});
