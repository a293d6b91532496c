/**
 * A radix trie (compact prefix tree, Morrison's PATRICIA 1968 without the
 * binary alphabet): chains of single-child nodes are merged into one edge
 * with a multi-character label, so every non-root node ends a word or
 * branches. Built by the textbook insertion that splits an edge at the point
 * where the new word leaves it. Immutable: insert copies the path only.
 */
export interface RadixEdge {
	/** Code points of the edge label. */
	readonly label: readonly string[];
	readonly node: RadixNode;
}

export interface RadixNode {
	readonly edges: readonly RadixEdge[];
	readonly freq: number;
}

export const EMPTY_RADIX: RadixNode = {edges: [], freq: 0};

function commonLength(a: readonly string[], b: readonly string[], from: number): number {
	let n = 0;
	while (n < a.length && from + n < b.length && a[n] === b[from + n]) n++;
	return n;
}

export function radixInsert(node: RadixNode, word: readonly string[], freq: number, i = 0): RadixNode {
	if (i === word.length) return {edges: node.edges, freq: node.freq + freq};
	const at = node.edges.findIndex((e) => e.label[0] === word[i]);
	const edges = [...node.edges];
	const edge = edges[at];
	if (!edge) {
		edges.push({label: word.slice(i), node: {edges: [], freq}});
		return {edges, freq: node.freq};
	}
	const n = commonLength(edge.label, word, i);
	if (n === edge.label.length) {
		edges[at] = {label: edge.label, node: radixInsert(edge.node, word, freq, i + n)};
		return {edges, freq: node.freq};
	}
	// The word leaves the edge part-way: split it at n characters.
	const tail: RadixEdge = {label: edge.label.slice(n), node: edge.node};
	const mid: RadixNode = {edges: [tail], freq: 0};
	edges[at] = {label: edge.label.slice(0, n), node: radixInsert(mid, word, freq, i + n)};
	return {edges, freq: node.freq};
}

/** All nodes, the root included. */
export function radixNodeCount(node: RadixNode): number {
	return node.edges.reduce((n, e) => n + radixNodeCount(e.node), 1);
}

/**
 * The edge labels touched while looking up `prefix`, and whether the prefix
 * exists (it may end part-way along the last edge).
 */
export function radixWalk(root: RadixNode, prefix: readonly string[]): {path: string[]; found: boolean} {
	const path: string[] = [];
	let node = root;
	let i = 0;
	while (i < prefix.length) {
		const edge = node.edges.find((e) => e.label[0] === prefix[i]);
		if (!edge) return {path, found: false};
		path.push(edge.label.join(''));
		const n = commonLength(edge.label, prefix, i);
		if (n < edge.label.length) return {path, found: i + n === prefix.length};
		i += n;
		node = edge.node;
	}
	return {path, found: true};
}
