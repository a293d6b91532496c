import {z} from 'zod';
import {DEFAULT_TRIE_WORDS} from './words.js';

export const MAX_LEN = 40;
export const word = z
	.string()
	.trim()
	.min(1)
	.max(MAX_LEN)
	.transform((w) => w.toLowerCase());
const entry = z.union([
	word.transform((w) => ({word: w, freq: 1})),
	z.object({word, freq: z.number().int().min(1).max(1_000_000_000).default(1)}),
]);

export const trieParams = z.object({
	words: z
		.array(entry)
		.max(500)
		.default(() => DEFAULT_TRIE_WORDS.map((w) => ({...w}))),
	prefix: z
		.string()
		.max(MAX_LEN)
		.default('ho')
		.transform((p) => p.toLowerCase()),
	limit: z.number().int().min(1).max(50).default(5),
});

export type TrieParams = z.output<typeof trieParams>;

/** One line per param for `sim --list` and `--help`. */
export const trieParamHelp: Readonly<Record<keyof TrieParams, string>> = {
	words: 'words to insert, as strings or {word, freq}; default: 43 common search terms (max 500, 40 chars each)',
	prefix: 'the prefix typed after all words are in, one character per tick (max 40 chars)',
	limit: 'how many completions to show, 1-50',
};
