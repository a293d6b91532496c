import {describe, expect, it} from 'vitest';
import {type BloomFilterState, bloomFilter as engine} from '../../source/sims/bloom-filter/engine.js';
import {cellPositions} from '../../source/sims/bloom-filter/cells.js';
import {bloomFilterSim} from '../../source/sims/bloom-filter/index.js';

type Action = Parameters<typeof engine.step>[1];

const narrate = bloomFilterSim.narrate!;

/** A filter with known murmur seeds, nothing inserted yet. */
function blank(params: object): BloomFilterState {
	return {...engine.init(engine.params.parse({items: 1, probes: 0, ...params}), 1), seeds: [1234, 4321]};
}

/** Steps once and returns the new state with what it narrated. */
function said(state: BloomFilterState, action: Action) {
	const next = engine.step(state, action);
	return {next, lines: narrate(state, next, action)};
}

describe('bloom filter narration', () => {
	it('names the bits an insert set, and those already set', () => {
		// "Hello, world!" → cells 15, 59, 4 with murmur seeds 1234 and 4321 (hand-worked in bloom-filter.test.ts).
		const first = said(blank({bits: 100, hashes: 3}), {type: 'insert', item: 'Hello, world!'});
		expect(first.lines).toEqual([{en: 'Hello, world! inserted: bits 15, 59, 4 set', ko: 'Hello, world! 삽입: 비트 15, 59, 4번을 켠다'}]);
		const again = said(first.next, {type: 'insert', item: 'Hello, world!'});
		expect(again.lines).toEqual([
			{
				en: 'Hello, world! inserted: no new bit; 15, 59, 4 already set',
				ko: 'Hello, world! 삽입: 새로 켠 비트가 없다. 15, 59, 4번은 이미 켜져 있다',
			},
		]);
	});

	it('names a false positive as such, and an absent item by its empty cell', () => {
		let s = blank({bits: 16, hashes: 2});
		for (const item of ['item-0', 'item-1']) s = engine.step(s, {type: 'insert', item});
		const set = [...s.cells.keys()].filter((i) => s.cells[i] !== 0);
		const fake = Array.from({length: 500}, (_, i) => `x-${i}`).find((x) => cellPositions(x, 16, 2, s.seeds).every((c) => set.includes(c)))!;
		const cells = [...new Set(cellPositions(fake, 16, 2, s.seeds))].join(', ');
		expect(said(s, {type: 'query', item: fake}).lines).toEqual([
			{
				en: `${fake}: all cells ${cells} set, but never inserted: a false positive`,
				ko: `${fake}: ${cells}번 칸이 모두 켜졌지만 넣은 적이 없다: 오탐이다`,
			},
		]);
		const absent = Array.from({length: 500}, (_, i) => `y-${i}`).find((x) => s.cells[cellPositions(x, 16, 2, s.seeds)[0]!] === 0)!;
		const empty = cellPositions(absent, 16, 2, s.seeds)[0];
		expect(said(s, {type: 'query', item: absent}).lines[0]!.en).toBe(`${absent}: cell ${empty} is empty, so certainly absent`);
		expect(said(s, {type: 'query', item: 'item-1'}).lines[0]!.en).toBe('item-1: all 2 cells set: maybe, and it is a member');
		expect(said(s, {type: 'delete', item: 'item-1'}).lines[0]!.en).toBe(
			'a plain Bloom filter cannot delete: clearing bits would drop other items',
		);
	});

	it('tells a run: one sentence per item inserted, the member check, the false positives of each chunk of lookups', () => {
		let state = engine.init(engine.params.parse({bits: 16, hashes: 2, items: 2, probes: 1}), 1);
		const lines: string[] = [];
		while (!engine.done(state)) {
			const next = engine.step(state, {type: 'tick'});
			lines.push(...narrate(state, next, {type: 'tick'}).map((l) => l.en));
			state = next;
		}
		// Seed 1 puts item-0 at 14 and 0, item-1 at 12 and 14, probe-0 at 8 and 4 (as in the view test).
		expect(lines).toEqual([
			'item-0 inserted: bits 14, 0 set',
			'item-1 inserted: bit 12 set; 14 already set',
			'all 2 members checked: every one found, no false negative',
			'1 absent items looked up (1/1): 0 false positives',
		]);
	});

	it('names the counters a counting filter raises and lowers', () => {
		let s = blank({bits: 100, hashes: 3, counting: true});
		s = engine.step(s, {type: 'insert', item: 'Hello, world!'});
		expect(said(s, {type: 'insert', item: 'Hello, world!'}).lines[0]!.en).toBe('Hello, world! inserted: counters 15→2, 59→2, 4→2 raised');
		expect(said(s, {type: 'delete', item: 'Hello, world!'}).lines[0]!.en).toBe('Hello, world! deleted: counters 15, 59, 4 lowered');
	});
});
