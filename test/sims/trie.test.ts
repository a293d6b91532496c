import {describe, expect, it} from 'vitest';
import {Random, seedRandom} from '../../source/sims/random.js';
import {type TrieAction, type TrieState, trie} from '../../source/sims/trie/engine.js';
import {narrateTrie} from '../../source/sims/trie/narrate.js';
import {DEFAULT_TRIE_WORDS} from '../../source/sims/trie/words.js';
import {deepFreeze} from '../support/sims.js';

function run(input: unknown, actions: TrieAction[] = []): TrieState {
	let s = trie.init(trie.params.parse(input), 1);
	while (!trie.done(s)) s = trie.step(s, {type: 'tick'});
	for (const a of actions) s = trie.step(s, a);
	return s;
}
const summarize = (input: unknown, actions: TrieAction[] = []) => trie.summary(run(input, actions));

describe('trie: hand-counted nodes', () => {
	/*
	 * Wikipedia's radix-tree example. Plain trie: insert in order and count new
	 * nodes: romane 6, romanus +2 (shares "roman"), romulus +4 ("rom"),
	 * rubens +5 ("r"), ruber +1 ("rube"), rubicon +4 ("rub"), rubicundus +5
	 * ("rubic") = 27, plus the root = 28.
	 * Radix: every node ends a word or branches: r, om, an, e, us, ulus, ub,
	 * e, ns, r, ic, on, undus = 13 edges, plus the root = 14.
	 */
	const roman = ['romane', 'romanus', 'romulus', 'rubens', 'ruber', 'rubicon', 'rubicundus'];
	it('romane … rubicundus: 28 plain nodes, 14 radix nodes', () => {
		const s = summarize({words: roman, prefix: 'rubic'});
		expect(s).toMatchObject({nodeCount: 28, radixNodeCount: 14, wordCount: 7, radixSavings: 0.5});
		// Plain: 5 nodes down; radix: r → ub → ic.
		expect(s.path).toEqual(['r', 'u', 'b', 'i', 'c']);
		expect(s.radixPath).toEqual(['r', 'ub', 'ic']);
		expect(s.hopsSaved).toBe(2);
		expect(s.completions).toEqual([
			{word: 'rubicon', freq: 1},
			{word: 'rubicundus', freq: 1},
		]);
	});
	/*
	 * Wikipedia's trie example (a, to, tea, ted, ten, i, in, inn): nodes
	 * root, a, t, to, te, tea, ted, ten, i, in, inn = 11. Each of them ends a
	 * word or branches (t: o/e, te: a/d/n), so the radix trie has 11 too.
	 */
	it('a, to, tea, …: compression saves nothing', () => {
		const s = summarize({words: ['a', 'to', 'tea', 'ted', 'ten', 'i', 'in', 'inn'], prefix: 'te'});
		expect(s).toMatchObject({nodeCount: 11, radixNodeCount: 11, radixSavings: 0, matches: 3});
		expect(s.completions.map((c) => c.word)).toEqual(['tea', 'ted', 'ten']);
	});
	/*
	 * car 5, cart 5, care 9, cat 2, dog 7. Plain: c ca car cart care cat d do
	 * dog + root = 10. Radix: ca (branch r/t), r (word car), t (cart), e
	 * (care), t (cat), dog + root = 7. Prefix "ca": care 9, then the tie
	 * car/cart broken alphabetically, then cat; limit 3 cuts cat.
	 */
	const words = [
		{word: 'car', freq: 5},
		{word: 'cart', freq: 5},
		{word: 'care', freq: 9},
		{word: 'cat', freq: 2},
		{word: 'dog', freq: 7},
	];
	it('ranks by frequency, then alphabetically, and cuts at the limit', () => {
		const s = summarize({words, prefix: 'ca', limit: 3});
		expect(s).toMatchObject({nodeCount: 10, radixNodeCount: 7, matches: 4, found: true});
		expect(s.completions).toEqual([
			{word: 'care', freq: 9},
			{word: 'car', freq: 5},
			{word: 'cart', freq: 5},
		]);
		expect(s.radixPath).toEqual(['ca']);
	});
	it('walks into the middle of an edge, and stops on a miss', () => {
		expect(summarize({words, prefix: 'do'})).toMatchObject({found: true, path: ['d', 'o'], radixPath: ['dog'], matches: 1});
		expect(summarize({words, prefix: 'cart'})).toMatchObject({path: ['c', 'a', 'r', 't'], radixPath: ['ca', 'r', 't']});
		const miss = summarize({words, prefix: 'cb'});
		expect(miss).toMatchObject({found: false, path: ['c'], radixPath: ['ca'], completions: [], matches: 0});
	});
	it('adds up repeated words and lower-cases input', () => {
		const s = summarize({words: ['Car', 'car', {word: 'CAR', freq: 3}, 'cat'], prefix: 'CA'});
		expect(s.prefix).toBe('ca');
		expect(s.completions).toEqual([
			{word: 'car', freq: 5},
			{word: 'cat', freq: 1},
		]);
		expect(s.wordCount).toBe(2);
	});
});

describe('trie: default run', () => {
	it('types "ho" after inserting all 43 words', () => {
		let s = trie.init(trie.params.parse({}), 1);
		let ticks = 0;
		while (!trie.done(s)) {
			s = trie.step(s, {type: 'tick'});
			ticks++;
		}
		expect(ticks).toBe(DEFAULT_TRIE_WORDS.length + 2);
		const sum = trie.summary(s);
		expect(sum.completions.map((c) => c.word)).toEqual(['home depot', 'hotmail', 'how to screenshot', 'how to lose weight', 'how to draw']);
		expect(sum).toMatchObject({matches: 6, wordCount: 43, pending: 0, path: ['h', 'o'], radixPath: ['h', 'o']});
	});
	it('actions: type, backspace, clear, insert', () => {
		let s = run({});
		s = trie.step(s, {type: 'type', text: 'w t'});
		expect(trie.summary(s)).toMatchObject({prefix: 'how t', matches: 4});
		s = trie.step(s, {type: 'insert', word: 'How to cook rice', freq: 999});
		expect(trie.summary(s).completions[0]).toEqual({word: 'how to cook rice', freq: 999});
		s = trie.step(trie.step(s, {type: 'backspace'}), {type: 'backspace'});
		expect(trie.summary(s).prefix).toBe('how');
		expect(trie.summary(trie.step(s, {type: 'clear'})).prefix).toBe('');
		expect(trie.step(s, {type: 'insert', word: '   '})).toBe(s);
	});
});

describe('trie: invariants over 200 seeds', () => {
	// Closed forms: plain nodes = 1 + distinct non-empty prefixes; radix
	// nodes = 1 + prefixes that are a word or are followed by 2+ letters.
	it('node counts and completions match a brute-force computation', () => {
		for (let seed = 0; seed < 200; seed++) {
			const r = new Random(seedRandom(seed));
			const list = Array.from({length: r.int(1, 25)}, () => ({
				word: Array.from({length: r.int(1, 6)}, () => 'abc'[r.int(0, 2)]).join(''),
				freq: r.int(1, 9),
			}));
			const prefix = Array.from({length: r.int(0, 2)}, () => 'abc'[r.int(0, 2)]).join('');
			const s = summarize({words: list, prefix, limit: 50});
			const freq = new Map<string, number>();
			for (const w of list) freq.set(w.word, (freq.get(w.word) ?? 0) + w.freq);
			const next = new Map<string, Set<string>>();
			for (const w of freq.keys())
				for (let i = 1; i <= w.length; i++) {
					const p = w.slice(0, i);
					if (!next.has(p)) next.set(p, new Set());
					if (i < w.length) next.get(p)!.add(w[i]!);
				}
			const radix = [...next].filter(([p, n]) => freq.has(p) || n.size >= 2).length;
			expect([s.nodeCount, s.radixNodeCount], `seed ${seed}`).toEqual([1 + next.size, 1 + radix]);
			const expected = [...freq]
				.filter(([w]) => w.startsWith(prefix))
				.map(([word, f]) => ({word, freq: f}))
				.sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1));
			expect(s.completions).toEqual(expected);
			// Insertion order does not change the radix trie's size.
			expect(summarize({words: [...list].reverse()}).radixNodeCount).toBe(s.radixNodeCount);
		}
	});
});

describe('trie: contract', () => {
	it('defaults run deterministically', () => {
		const a = summarize({});
		expect(a).toEqual(summarize({}));
		expect(a).toMatchObject({nodeCount: 301, radixNodeCount: 62});
	});
	it('the largest allowed word list runs to done (its speed: npm run bench:sims)', () => {
		const r = new Random(seedRandom(7));
		const words = Array.from({length: 500}, () => Array.from({length: 40}, () => 'abcdefghij'[r.int(0, 9)]).join(''));
		const s = summarize({words, prefix: 'a'.repeat(40)});
		expect(s.wordCount).toBe(new Set(words).size);
	});
	it('step never mutates its input', () => {
		let s = deepFreeze(trie.init(trie.params.parse({}), 1));
		const acts: (TrieAction | {type: 'tick'})[] = [
			...Array.from({length: 50}, () => ({type: 'tick'}) as const),
			{type: 'type', text: 'w'},
			{type: 'insert', word: 'howl', freq: 2},
			{type: 'backspace'},
			{type: 'clear'},
		];
		for (const a of acts) {
			const copy = structuredClone(s);
			const next = trie.step(s, a);
			expect(s).toEqual(copy);
			s = deepFreeze(next);
		}
	});
	it('rejects out-of-range params', () => {
		for (const bad of [{limit: 0}, {limit: 51}, {words: ['']}, {words: ['x'.repeat(41)]}, {words: Array(501).fill('a')}])
			expect(trie.params.safeParse(bad).success).toBe(false);
		expect(Object.keys(trie.paramHelp).sort()).toEqual(Object.keys(trie.params.parse({})).sort());
	});
});

describe('trie: proposed challenges are reachable', () => {
	type S = ReturnType<typeof summarize>;
	it.each([
		['one-match', {prefix: 'hot'}, (s: S) => s.matches === 1],
		['radix-savings', {words: ['restaurants near me', 'how to lose weight', 'google translate']}, (s: S) => s.radixSavings >= 0.9],
		['skip-hops', {prefix: 'restaurants near'}, (s: S) => s.hopsSaved >= 10],
	] as const)('%s', (_id, params, goal) => {
		expect(goal(summarize({}))).toBe(false);
		expect(goal(summarize(params))).toBe(true);
	});
});

describe('trie: narration', () => {
	/** Every sentence of a run (ticks, then the actions), in one language. */
	function told(input: unknown, actions: TrieAction[], lang: 'en' | 'ko'): string[] {
		const lines: string[] = [];
		let s = trie.init(trie.params.parse(input), 1);
		const next = (a: TrieAction | {type: 'tick'}) => {
			const after = trie.step(s, a);
			lines.push(...narrateTrie(s, after, a).map((l) => l[lang]));
			s = after;
		};
		while (!trie.done(s)) next({type: 'tick'});
		for (const a of actions) next(a);
		return lines;
	}
	const words = [
		{word: 'car', freq: 5},
		{word: 'cart', freq: 5},
		{word: 'care', freq: 9},
		{word: 'cat', freq: 2},
		{word: 'dog', freq: 7},
	];
	it('says what each insert shared and added, and what typing the prefix walked and found', () => {
		// car: 3 new; cart: shares c-a-r, adds t; care: shares car, adds e; cat: shares c-a, adds t; dog: 3 new.
		expect(told({words, prefix: 'ca', limit: 3}, [], 'en')).toEqual([
			'insert "car" (5): shares 0 nodes with earlier words, adds 3 new',
			'insert "cart" (5): shares 3 nodes with earlier words, adds 1 new',
			'insert "care" (9): shares 3 nodes with earlier words, adds 1 new',
			'insert "cat" (2): shares 2 nodes with earlier words, adds 1 new',
			'insert "dog" (7): shares 0 nodes with earlier words, adds 3 new',
			'type "c": "c" walks c (1 node, radix 1 edge); 4 match: care (9), car (5), cart (5), …',
			'type "a": "ca" walks c→a (2 nodes, radix 1 edge); 4 match: care (9), car (5), cart (5), …',
		]);
	});
	it('in Korean too, and for a miss, a repeat, a backspace and a clear', () => {
		const ko = told(
			{words, prefix: 'ca', limit: 2},
			[{type: 'type', text: 'x'}, {type: 'backspace'}, {type: 'insert', word: 'Car', freq: 2}, {type: 'clear'}],
			'ko',
		);
		expect(ko.slice(-6)).toEqual([
			'"c" 입력: "c" 탐색이 c 경로(노드 1개, radix 간선 1개)를 지나 단어 4개를 찾는다: care (9), car (5), …',
			'"a" 입력: "ca" 탐색이 c→a 경로(노드 2개, radix 간선 1개)를 지나 단어 4개를 찾는다: care (9), car (5), …',
			'"x" 입력: "cax" 접두사를 가진 단어가 없어 경로가 c→a 다음에서 끊긴다',
			'한 글자를 지운다: "ca" 탐색이 c→a 경로(노드 2개, radix 간선 1개)를 지나 단어 4개를 찾는다: care (9), car (5), …',
			'"car" 재삽입: 이미 트라이에 있어 빈도만 늘어난다(5 → 7)',
			'입력창을 비운다: 입력창이 비어 추천이 없다',
		]);
		expect(told({words: ['ab']}, [{type: 'insert', word: '  '}], 'en').at(-1)).toBe('nothing inserted: a word needs 1-40 characters');
	});
});
