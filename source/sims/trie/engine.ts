import {MAX_LEN, trieParamHelp, type TrieParams, trieParams, word} from './params.js';
import {
	type Completion,
	chars,
	EMPTY_TRIE,
	rankCompletions,
	type TrieNode,
	trieInsert,
	trieNodeCount,
	trieWalk,
	trieWords,
} from './node.js';
import {EMPTY_RADIX, type RadixNode, radixInsert, radixNodeCount, radixWalk} from './radix.js';
import type {SimEngine} from '../types.js';

export {type TrieParams, trieParams} from './params.js';

/**
 * Autocomplete with a trie. Each tick inserts the next word into a plain trie
 * and a radix trie side by side; once all are in, each tick types the next
 * character of `prefix`. Typing (action) shows the ranked completions.
 */

export interface TrieState {
	readonly params: TrieParams;
	/** How many of `params.words` are inserted. */
	readonly inserted: number;
	readonly trie: TrieNode;
	readonly radix: RadixNode;
	/** What the learner has typed so far. */
	readonly prefix: string;
}

export type TrieAction =
	| {type: 'type'; text: string}
	| {type: 'backspace'}
	| {type: 'clear'}
	| {type: 'insert'; word: string; freq?: number};

export interface TrieSummary {
	prefix: string;
	found: boolean;
	/** Ranked: frequency descending, then alphabetical; at most `limit`. */
	completions: Completion[];
	/** Words that start with the prefix (before the limit cuts them). */
	matches: number;
	/** Characters walked in the plain trie, one node each. */
	path: string[];
	/** Edge labels walked in the radix trie. */
	radixPath: string[];
	/** Node hops the radix trie saves on this lookup: path.length - radixPath.length. */
	hopsSaved: number;
	wordCount: number;
	pending: number;
	/** Nodes of the plain trie, root included. */
	nodeCount: number;
	/** Nodes of the radix trie built from the same words, root included. */
	radixNodeCount: number;
	/** 1 - radixNodeCount / nodeCount, to 4 decimals. */
	radixSavings: number;
}

function insertWord(state: TrieState, w: string, freq: number): Omit<TrieState, 'params' | 'prefix' | 'inserted'> {
	const cs = chars(w);
	return {trie: trieInsert(state.trie, cs, freq), radix: radixInsert(state.radix, cs, freq)};
}

function typingLeft(state: TrieState): string[] {
	const target = chars(state.params.prefix);
	const typed = chars(state.prefix);
	if (typed.length >= target.length || typed.some((c, i) => c !== target[i])) return [];
	return target.slice(typed.length);
}

const clampPrefix = (p: string): string => chars(p).slice(0, MAX_LEN).join('');

export const trie: SimEngine<TrieParams, TrieState, TrieAction, TrieSummary> = {
	id: 'trie',
	chapter: 58,
	params: trieParams,
	paramHelp: trieParamHelp,
	init(params) {
		return {params, inserted: 0, trie: EMPTY_TRIE, radix: EMPTY_RADIX, prefix: ''};
	},
	step(state, action) {
		switch (action.type) {
			case 'type':
				return {...state, prefix: clampPrefix(state.prefix + action.text.toLowerCase())};
			case 'backspace':
				return {...state, prefix: chars(state.prefix).slice(0, -1).join('')};
			case 'clear':
				return {...state, prefix: ''};
			case 'insert': {
				const w = word.safeParse(action.word);
				if (!w.success) return state;
				const freq = Math.max(1, Math.min(1_000_000_000, Math.floor(action.freq ?? 1)));
				return {...state, ...insertWord(state, w.data, freq)};
			}
			case 'tick': {
				const next = state.params.words[state.inserted];
				if (next) return {...state, ...insertWord(state, next.word, next.freq), inserted: state.inserted + 1};
				const left = typingLeft(state);
				return left.length === 0 ? state : {...state, prefix: state.prefix + left[0]};
			}
		}
	},
	done: (state) => state.inserted >= state.params.words.length && typingLeft(state).length === 0,
	summary(state) {
		const prefix = chars(state.prefix);
		const {path, node} = trieWalk(state.trie, prefix);
		const under = node ? trieWords(node, state.prefix) : [];
		const radixPath = radixWalk(state.radix, prefix).path;
		const nodeCount = trieNodeCount(state.trie);
		const radixNodes = radixNodeCount(state.radix);
		return {
			prefix: state.prefix,
			found: node !== undefined,
			completions: rankCompletions(under).slice(0, state.params.limit),
			matches: under.length,
			path,
			radixPath,
			hopsSaved: path.length - radixPath.length,
			wordCount: trieWords(state.trie, '').length,
			pending: state.params.words.length - state.inserted,
			nodeCount,
			radixNodeCount: radixNodes,
			radixSavings: Math.round((1 - radixNodes / nodeCount) * 10_000) / 10_000,
		};
	},
};
