import type {Localized} from '../../content/schema.js';
import {clean} from '../../content/text.js';
import type {TrieAction, TrieState} from './engine.js';
import {chars, rankCompletions, type TrieNode, trieWalk, trieWords} from './node.js';
import {radixWalk} from './radix.js';

/** How many completions a sentence names. */
const NAMED = 3;

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const quote = (s: string): string => `"${clean(s)}"`;

/** Nodes of `word` already in the trie before it went in, and whether the word itself was there. */
function shared(before: TrieNode, word: string): {shared: number; had: number} {
	const {path, node} = trieWalk(before, chars(word));
	return {shared: path.length, had: node?.freq ?? 0};
}

function inserted(before: TrieNode, word: string, freq: number): Localized {
	const w = quote(word);
	const {shared: s, had} = shared(before, word);
	if (had > 0)
		return {
			en: `insert ${w} again: already in the trie, its count goes ${had} → ${had + freq}`,
			ko: `${w} 재삽입: 이미 트라이에 있어 빈도만 늘어난다(${had} → ${had + freq})`,
		};
	const added = chars(word).length - s;
	return {
		en: `insert ${w} (${freq}): shares ${plural(s, 'node')} with earlier words, adds ${added} new`,
		ko: `${w}(${freq}) 삽입: 앞 단어와 노드 ${s}개를 공유하고 새 노드 ${added}개를 만든다`,
	};
}

/** What looking up the prefix walked and found, after `what` changed it. */
function lookup(state: TrieState, what: Localized): Localized {
	const prefix = chars(state.prefix);
	const p = quote(state.prefix);
	if (prefix.length === 0) return {en: `${what.en}: the box is empty, no suggestions`, ko: `${what.ko}: 입력창이 비어 추천이 없다`};
	const {path, node} = trieWalk(state.trie, prefix);
	const walked = path.map((c) => (c === ' ' ? '·' : clean(c))).join('→');
	if (!node)
		return {
			en: `${what.en}: no word starts with ${p}; the walk stops after ${walked || 'the root'}`,
			ko: `${what.ko}: ${p} 접두사를 가진 단어가 없어 경로가 ${walked || '루트'} 다음에서 끊긴다`,
		};
	const edges = radixWalk(state.radix, prefix).path.length;
	const all = rankCompletions(trieWords(node, state.prefix));
	const top = all.slice(0, Math.min(NAMED, state.params.limit));
	const named = top.map((c) => `${clean(c.word)} (${c.freq})`).join(', ');
	const more = all.length > top.length ? ', …' : '';
	return {
		en: `${what.en}: ${p} walks ${walked} (${plural(path.length, 'node')}, radix ${plural(edges, 'edge')}); ${all.length} match: ${named}${more}`,
		ko: `${what.ko}: ${p} 탐색이 ${walked} 경로(노드 ${path.length}개, radix 간선 ${edges}개)를 지나 단어 ${all.length}개를 찾는다: ${named}${more}`,
	};
}

/** One sentence for the step: the word inserted, or the prefix looked up after a key. */
export function narrateTrie(prev: TrieState, next: TrieState, action: TrieAction | {type: 'tick'}): Localized[] {
	switch (action.type) {
		case 'tick': {
			if (next.inserted > prev.inserted) {
				const entry = next.params.words[next.inserted - 1];
				return entry ? [inserted(prev.trie, entry.word, entry.freq)] : [];
			}
			if (next.prefix === prev.prefix) return [];
			const typed = quote(chars(next.prefix).at(-1) ?? '');
			return [lookup(next, {en: `type ${typed}`, ko: `${typed} 입력`})];
		}
		case 'type':
			if (next.prefix === prev.prefix) return [];
			return [lookup(next, {en: `type ${quote(action.text)}`, ko: `${quote(action.text)} 입력`})];
		case 'backspace':
			if (next.prefix === prev.prefix) return [];
			return [lookup(next, {en: 'erase a character', ko: '한 글자를 지운다'})];
		case 'clear':
			return prev.prefix === '' ? [] : [lookup(next, {en: 'clear the box', ko: '입력창을 비운다'})];
		case 'insert': {
			if (next === prev) return [{en: 'nothing inserted: a word needs 1-40 characters', ko: '넣지 않았다: 단어는 1~40자여야 한다'}];
			const w = chars(action.word.trim().toLowerCase()).join('');
			const freq = Math.max(1, Math.min(1_000_000_000, Math.floor(action.freq ?? 1)));
			return [inserted(prev.trie, w, freq)];
		}
	}
}
