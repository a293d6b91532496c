/**
 * A plain (uncompressed) trie, one node per character (Fredkin 1960; Knuth,
 * TAOCP vol. 3, §6.3), kept immutable: insert copies only the nodes on the
 * word's path. Words are split into code points so any script works.
 */
export interface TrieNode {
	readonly children: Readonly<Record<string, TrieNode>>;
	/** How often this exact word was searched; 0 = no word ends here. */
	readonly freq: number;
}

export interface Completion {
	word: string;
	freq: number;
}

export const EMPTY_TRIE: TrieNode = {children: {}, freq: 0};

export const chars = (s: string): string[] => Array.from(s);

/** Inserts a word (adding `freq` if it is already there). */
export function trieInsert(node: TrieNode, word: readonly string[], freq: number, i = 0): TrieNode {
	if (i === word.length) return {children: node.children, freq: node.freq + freq};
	const c = word[i]!;
	const child = trieInsert(node.children[c] ?? EMPTY_TRIE, word, freq, i + 1);
	return {children: {...node.children, [c]: child}, freq: node.freq};
}

/** All nodes, the root included. */
export function trieNodeCount(node: TrieNode): number {
	let n = 1;
	for (const child of Object.values(node.children)) n += trieNodeCount(child);
	return n;
}

/** The characters walked from the root; `node` is undefined when the prefix is not in the trie. */
export function trieWalk(root: TrieNode, prefix: readonly string[]): {path: string[]; node: TrieNode | undefined} {
	const path: string[] = [];
	let node: TrieNode | undefined = root;
	for (const c of prefix) {
		node = node.children[c];
		if (!node) break;
		path.push(c);
	}
	return {path, node};
}

/** Every word at or below `node`, `prefix` being the word that spells `node`. */
export function trieWords(node: TrieNode, prefix: string, out: Completion[] = []): Completion[] {
	if (node.freq > 0) out.push({word: prefix, freq: node.freq});
	for (const [c, child] of Object.entries(node.children)) trieWords(child, prefix + c, out);
	return out;
}

/** Frequency descending, then by UTF-16 code unit order (locale-free, so deterministic). */
export function rankCompletions(words: readonly Completion[]): Completion[] {
	return [...words].sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
