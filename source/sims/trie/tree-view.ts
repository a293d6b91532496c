import type {Lang} from '../../content/text.js';
import {clean} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';
import type {TrieNode} from './node.js';

/** A child of a node, with the chain of single-child nodes that end no word below it folded into its label (as a radix trie merges them). */
type Branch = {label: string; node: TrieNode};

function branches(node: TrieNode): Branch[] {
	return Object.keys(node.children)
		.sort()
		.map((c) => {
			let label = c;
			let n = node.children[c]!;
			for (let keys = Object.keys(n.children); n.freq === 0 && keys.length === 1; keys = Object.keys(n.children)) {
				label += keys[0]!;
				n = n.children[keys[0]!]!;
			}
			return {label, node: n};
		});
}

/** A label as drawn: a space shows as `·`. */
const shown = (s: string): string => Array.from(clean(s) || '?', (c) => (c === ' ' ? '·' : c)).join('');

/** The lines of the tree below `node`, one per branch, depth first: `├─me·depot ●290`. */
function lines(node: TrieNode, indent: string, out: string[]): string[] {
	const bs = branches(node);
	bs.forEach((b, i) => {
		const last = i === bs.length - 1;
		out.push(`${indent}${last ? '└─' : '├─'}${shown(b.label)}${b.node.freq > 0 ? ` ●${b.node.freq}` : ''}`);
		lines(b.node, indent + (last ? '  ' : '│ '), out);
	});
	return out;
}

const TEXT = {
	en: {
		below: (p: string, n: number) => `tree below "${p}" (${n} words):`,
		root: (n: number) => `the whole trie (${n} words):`,
		more: 'more lines',
	},
	ko: {
		below: (p: string, n: number) => `"${p}" 아래 트리(단어 ${n}개):`,
		root: (n: number) => `트라이 전체(단어 ${n}개):`,
		more: '줄 더 있음',
	},
};

/** How many rows the whole tree below `node` takes, its heading included. */
export const treeHeight = (node: TrieNode): number => 1 + lines(node, '', []).length;

/**
 * The tree below the node the prefix reaches (`prefix` what spells it, "" for
 * the root), as a radix trie would draw it, in at most `rows` lines; when it is
 * cut, the last line says how many lines are left out.
 */
export function treeView(node: TrieNode, prefix: string, words: number, columns: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0) return [];
	const t = TEXT[lang];
	const head: ViewLine = {text: clip(prefix === '' ? t.root(words) : t.below(shown(prefix), words), columns), color: tone.accent};
	const body = lines(node, '', []);
	if (body.length <= rows - 1) return [head, ...body.map((text) => ({text: clip(text, columns)}))];
	const kept = body.slice(0, Math.max(0, rows - 2)).map((text) => ({text: clip(text, columns)}));
	const cut = rows >= 2 ? [{text: clip(`… ${body.length - kept.length} ${t.more}`, columns), color: tone.muted}] : [];
	return [head, ...kept, ...cut].slice(0, rows);
}
