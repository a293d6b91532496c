import type {Lang} from '../../content/text.js';
import {clean, width as widthOf} from '../../content/text.js';
import type {TrieState} from './engine.js';
import {chars, rankCompletions, trieNodeCount, trieWalk, trieWords, type TrieNode} from './node.js';
import {radixNodeCount, radixWalk} from './radix.js';
import {treeHeight, treeView} from './tree-view.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';

/**
 * Autocomplete on a trie. The first line is the search box: while words go
 * in, `+ word` with how many of its nodes it shares with earlier words and how
 * many it adds; once typing starts, `❯ prefix_` (red when nothing starts with
 * it). The next two lines walk that word (the inserted one, or the prefix)
 * down both tries: the plain trie one character per node (`h→o→w`, `·` for a
 * space, `✗c` where the walk falls off), the radix trie one edge label per
 * node (`(rest)` is the part of the last edge the prefix does not reach),
 * each with its hop count and its size in nodes, so the radix trie's savings
 * show on both counts. Then the ranked completions, most frequent first,
 * each with a bar of its frequency (for an empty box: the top words), and on
 * a taller box the tree below the prefix (`tree-view.ts`).
 */
export function trieView(state: TrieState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const inserting = state.prefix === '' && state.inserted > 0;
	const walked = inserting ? (state.params.words[state.inserted - 1]?.word ?? '') : state.prefix;
	const walk = chars(walked);
	const plain = trieWalk(state.trie, walk);
	const radix = radixWalk(state.radix, walk);
	const found = plain.node !== undefined;
	const out: ViewLine[] = [status(state, inserting, walk, found, width, t)];
	const nodes = trieNodeCount(state.trie);
	const radixNodes = radixNodeCount(state.radix);
	const prefixNode = inserting ? state.trie : trieWalk(state.trie, chars(state.prefix)).node;
	const ranked = () => (prefixNode ? rankCompletions(trieWords(prefixNode, inserting ? '' : state.prefix)) : []);
	if (rows < 4) {
		const compact = `trie→radix: ${t.nodes} ${nodes}→${radixNodes}, ${t.hops} ${plain.path.length}→${radix.path.length}`;
		if (rows >= 2) out.push({text: clip(compact, width)});
		if (rows >= 3) out.push(...completions(ranked().slice(0, 1), width, t, found));
		return out;
	}
	const stats = (hops: number, n: number) => `${hops} ${hops === 1 ? t.hop : t.hops} · ${n} ${t.nodes}`;
	const plainPath = plain.path.map(shown).join('→') + (found ? '' : miss(walk[plain.path.length]));
	out.push(row('trie', plainPath || '-', stats(plain.path.length, nodes), width));
	out.push(row('radix', radixPath(radix.path, walk, radix.found) || '-', stats(radix.path.length, radixNodes), width));
	// The tree around the prefix: below the node the walk reached (the inserted word's first letter while inserting).
	const anchorPath = inserting ? walk.slice(0, 1) : plain.path;
	const anchor = trieWalk(state.trie, anchorPath).node;
	const room = rows - 3;
	let listed = Math.min(state.params.limit, room);
	// A box of TREE_ROWS or more (80×24 gives 14) draws the tree too: the completions keep three at least.
	if (anchor && rows >= TREE_ROWS) listed = Math.min(listed, Math.max(3, room - treeHeight(anchor)));
	out.push(...completions(ranked().slice(0, listed), width, t, found));
	const left = rows - out.length;
	const under = anchor && rows >= TREE_ROWS && left >= 3 ? trieWords(anchor, '').length : 0;
	if (anchor && under > 0) out.push(...treeView(anchor, anchorPath.join(''), under, width, left, lang));
	return out.slice(0, rows);
}

/** The fewest rows at which the tree below the prefix is drawn. */
const TREE_ROWS = 10;

const TEXT = {
	en: {hop: 'hop', hops: 'hops', nodes: 'nodes', shared: 'shared', added: 'new', words: 'words', none: 'no match'},
	ko: {hop: '홉', hops: '홉', nodes: '노드', shared: '공유', added: '새 노드', words: '단어', none: '일치 없음'},
};
type Text = (typeof TEXT)['en'];

/** A character as drawn on a path: a space shows as `·`, a control character as `?`. */
const shown = (c: string): string => (c === ' ' ? '·' : clean(c) || '?');
const miss = (c: string | undefined): string => (c === undefined ? '' : `→✗${shown(c)}`);

/** Cuts from the left, keeping the end: the most recent characters of a path matter most. */
function fitLeft(text: string, columns: number): string {
	if (widthOf(text) <= columns) return text;
	if (columns <= 0) return '';
	const cs = chars(text);
	let tail = '';
	for (let i = cs.length - 1; i >= 0; i--) {
		if (widthOf(cs[i]! + tail) > columns - 1) break;
		tail = cs[i]! + tail;
	}
	return `…${tail}`;
}

/** Label, path (cut from the left when long) and right-aligned counts. */
function row(label: string, path: string, right: string, columns: number): ViewLine {
	const head = `${label.padEnd(6)}`;
	const room = columns - widthOf(head) - widthOf(right) - 2;
	if (room < 4) return {text: clip(`${head}${path}`, columns)};
	const body = fitLeft(path, room);
	return {text: `${head}${body}${' '.repeat(room - widthOf(body) + 2)}${right}`};
}

function radixPath(labels: readonly string[], walk: readonly string[], found: boolean): string {
	const parts: string[] = [];
	let used = 0;
	labels.forEach((label, i) => {
		const cs = chars(label);
		const last = i === labels.length - 1;
		const reach = last ? Math.min(cs.length, walk.length - used) : cs.length;
		let n = 0;
		while (n < reach && cs[n] === walk[used + n]) n++;
		const part = cs.slice(0, n).map(shown).join('');
		const rest = cs.slice(n).map(shown).join('');
		parts.push(rest === '' ? part : `${part}(${rest})`);
		used += n;
	});
	const path = parts.join('→');
	return found ? path : path + miss(walk[used]);
}

function status(s: TrieState, inserting: boolean, walk: readonly string[], found: boolean, columns: number, t: Text): ViewLine {
	const total = s.params.words.length;
	const right = `${t.words} ${Math.min(s.inserted, total)}/${total}`;
	let left: string;
	let color: string;
	if (inserting) {
		const added = newNodes(s.trie, walk);
		left = `+ ${clean(walk.join(''))}  ${t.shared} ${walk.length - added}, ${t.added} ${added}`;
		color = tone.ok;
	} else {
		left = `❯ ${clean(s.prefix)}_`;
		color = found ? tone.accent : tone.bad;
		if (!found) left += `  ${t.none}`;
	}
	const gap = columns - widthOf(left) - widthOf(right);
	if (gap >= 2) return {text: `${left}${' '.repeat(gap)}${right}`, color};
	return {text: clip(left, columns), color};
}

/**
 * Nodes the word added when it went in, read off the trie as it is now: the
 * word's own tail below the deepest node where another word branches off or
 * ends. 0 when the word is a prefix of another one (or is not there).
 */
function newNodes(root: TrieNode, word: readonly string[]): number {
	let node: TrieNode | undefined = root;
	let shared = 0;
	for (let i = 0; i < word.length; i++) {
		if (!node) return 0;
		if (i > 0 && (node.freq > 0 || Object.keys(node.children).length > 1)) shared = i;
		node = node.children[word[i]!];
	}
	if (!node || Object.keys(node.children).length > 0) return 0;
	return word.length - shared;
}

function completions(list: readonly {word: string; freq: number}[], columns: number, t: Text, found: boolean): ViewLine[] {
	if (!found) return [{text: clip(t.none, columns), color: tone.muted}];
	const top = list[0]?.freq ?? 1;
	const numW = Math.max(...list.map((c) => String(c.freq).length), 1);
	const rankW = String(list.length).length;
	const words = list.map((c) => clean(c.word));
	const wordW = Math.min(Math.max(...words.map(widthOf), 1), Math.floor(columns / 2));
	const barW = Math.min(20, columns - rankW - wordW - numW - 4);
	return list.map((c, i) => {
		const word = clip(words[i]!, wordW);
		const head = `${String(i + 1).padStart(rankW)} ${word}${' '.repeat(wordW - widthOf(word))}`;
		if (barW < 1) return {text: clip(`${head} ${c.freq}`, columns), ...(i === 0 ? {color: tone.ok} : {})};
		const bar = '█'.repeat(Math.max(1, Math.round((c.freq / top) * barW)));
		return {text: `${head} ${bar} ${c.freq}`, ...(i === 0 ? {color: tone.ok} : {})};
	});
}
