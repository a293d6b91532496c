import {describe, expect, it} from 'vitest';
import {width as widthOf} from '../../source/content/text.js';
import {type TrieState, trie} from '../../source/sims/trie/engine.js';
import {trieView} from '../../source/sims/trie/view.js';
import {expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: unknown) => runStates<TrieState>(trie, params);

// Plain trie: root t r e e i e y = 8 nodes; radix: root, "tr", "ee", "ie", "y" = 5.
const SMALL = {
	words: [
		{word: 'tree', freq: 4},
		{word: 'trie', freq: 2},
		{word: 'try', freq: 1},
	],
	prefix: 'tr',
};

describe('trieView', () => {
	const run = states(SMALL);

	it('draws a small run exactly, while the words go in and once the prefix is typed', () => {
		expect(run).toHaveLength(6);
		expect(trieView(run[0]!, 40, 6, 'en')).toEqual([
			{text: '❯ _                            words 0/3', color: 'cyan'},
			{text: 'trie  -                 0 hops · 1 nodes'},
			{text: 'radix -                 0 hops · 1 nodes'},
		]);
		expect(trieView(run[1]!, 40, 6, 'en')).toEqual([
			{text: '+ tree  shared 0, new 4        words 1/3', color: 'green'},
			{text: 'trie  t→r→e→e           4 hops · 5 nodes'},
			{text: 'radix tree               1 hop · 2 nodes'},
			{text: '1 tree ████████████████████ 4', color: 'green'},
		]);
		// "try" branches off at "tr": 2 nodes shared, 1 new; the radix trie has split "tree" into tr→ee.
		expect(trieView(run[3]!, 40, 6, 'en')).toEqual([
			{text: '+ try  shared 2, new 1         words 3/3', color: 'green'},
			{text: 'trie  t→r→y             3 hops · 8 nodes'},
			{text: 'radix tr→y              2 hops · 5 nodes'},
			{text: '1 tree ████████████████████ 4', color: 'green'},
			{text: '2 trie ██████████ 2'},
			{text: '3 try  █████ 1'},
		]);
		// Typing "t": the radix walk stops inside the edge "tr".
		expect(trieView(run[4]!, 40, 4, 'en')).toEqual([
			{text: '❯ t_                           words 3/3', color: 'cyan'},
			{text: 'trie  t                  1 hop · 8 nodes'},
			{text: 'radix t(r)               1 hop · 5 nodes'},
			{text: '1 tree ████████████████████ 4', color: 'green'},
		]);
		expect(trieView(run[5]!, 40, 6, 'en')).toEqual([
			{text: '❯ tr_                          words 3/3', color: 'cyan'},
			{text: 'trie  t→r               2 hops · 8 nodes'},
			{text: 'radix tr                 1 hop · 5 nodes'},
			{text: '1 tree ████████████████████ 4', color: 'green'},
			{text: '2 trie ██████████ 2'},
			{text: '3 try  █████ 1'},
		]);
	});

	it('shows where a prefix falls off both tries', () => {
		const s = trie.step(run[4]!, {type: 'type', text: 'x'});
		expect(trieView(s, 40, 5, 'en')).toEqual([
			{text: '❯ tx_  no match                words 3/3', color: 'red'},
			{text: 'trie  t→✗x               1 hop · 8 nodes'},
			{text: 'radix t(r)→✗x            1 hop · 5 nodes'},
			{text: 'no match', color: 'gray'},
		]);
	});

	it('packs the counts into one line with 3 rows, and speaks Korean', () => {
		expect(trieView(run[5]!, 40, 3, 'ko')).toEqual([
			{text: '❯ tr_                           단어 3/3', color: 'cyan'},
			{text: 'trie→radix: 노드 8→5, 홉 2→1'},
			{text: '1 tree ████████████████████ 4', color: 'green'},
		]);
	});

	it('keeps the end of a long path and respects the completion limit', () => {
		const last = states({prefix: 'how to s', limit: 1}).at(-1)!;
		const lines = trieView(last, 56, 8, 'en');
		expect(lines.map((l) => l.text)).toEqual([
			'❯ how to s_                                  words 43/43',
			'trie  h→o→w→·→t→o→·→s                 8 hops · 301 nodes',
			'radix h→o→w·to·→s(creenshot)           4 hops · 62 nodes',
			'1 how to screenshot ████████████████████ 150',
		]);
		expect(trieView(last, 40, 4, 'en')[1]!.text).toBe('trie  …o→w→·→t→o→·→s  8 hops · 301 nodes');
	});

	it('draws the tree below the prefix on a tall box, and where a walk falls off', () => {
		// Below "tr": "ee" and "ie" end words, "y" ends one; no single-child chain to fold.
		expect(trieView(run[5]!, 40, 10, 'en').slice(6)).toEqual([
			{text: 'tree below "tr" (3 words):', color: 'cyan'},
			{text: '├─ee ●4'},
			{text: '├─ie ●2'},
			{text: '└─y ●1'},
		]);
		const last = states({prefix: 'hox'}).at(-1)!;
		expect(
			trieView(last, 76, 14, 'ko')
				.map((l) => l.text)
				.slice(3),
		).toEqual([
			'일치 없음',
			'"ho" 아래 트리(단어 6개):',
			'├─me·depot ●290',
			'├─tmail ●180',
			'└─w·to·',
			'  ├─draw ●110',
			'  ├─lose·weight ●140',
			'  ├─screenshot ●150',
			'  └─tie·a·tie ●90',
		]);
		// Too tall to fit: the completions keep three, the tree says how much it left out.
		const h = states({prefix: 'h'}).at(-1)!;
		expect(
			trieView(h, 76, 12, 'en')
				.map((l) => l.text)
				.slice(6),
		).toEqual(['tree below "h" (7 words):', '├─o', '│ ├─me·depot ●290', '│ ├─tmail ●180', '│ └─w·to·', '… 5 more lines']);
	});

	it('never draws more than `rows` lines or wider than `width`', () => {
		const runs = [
			states({}),
			states({prefix: 'how to tie a tie', limit: 50}),
			states({words: ['가나다라마바사', '가나다', {word: 'x'.repeat(40), freq: 1_000_000_000}], prefix: '가나'}),
			states({words: ['a'], prefix: 'zzzz'}),
			states({words: ['a\u001b[2Jb', 'a\u0007c'], prefix: 'a\u001b'}),
		];
		for (const r of runs) {
			const picks = [r[0]!, r[1]!, r[Math.floor(r.length / 2)]!, r.at(-1)!];
			for (const s of picks)
				for (const width of [20, 40, 56, 60, 66, 76, 120])
					for (const rows of [1, 2, 3, 4, 5, 6, 7, 8, 10, 14, 30])
						for (const lang of ['en', 'ko'] as const) {
							const lines = trieView(s, width, rows, lang);
							expect(lines.length).toBeLessThanOrEqual(rows);
							for (const l of lines) {
								expect(widthOf(l.text), l.text).toBeLessThanOrEqual(width);
								expect(
									[...l.text].some((c) => c.charCodeAt(0) < 0x20),
									l.text,
								).toBe(false);
							}
						}
		}
		expect(trieView(states({}).at(-1)!, 76, 0, 'en')).toEqual([]);
	});

	it('does not mutate the state', () => {
		const r = states({});
		expectViewLeavesStateAlone(trieView, [r[0]!, r[20]!, r.at(-1)!], {freeze: true});
	});
});
