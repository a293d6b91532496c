/*
 * Interleaving: mixing topics in one session helps learners tell them apart
 * better than studying one topic at a time. A session is reordered so that no
 * two items of the same chapter sit side by side wherever any order allows
 * it, while keeping the given order (most urgent first) as far as that rule
 * lets it.
 */

/**
 * Whether `total` items with these group counts can be laid out with no two
 * of a group side by side, the first not of group `notFirst`: a group of k
 * needs k ≤ ⌈total/2⌉ places, or k ≤ ⌊total/2⌋ if it may not start.
 */
function arrangeable(counts: Map<string, number>, total: number, notFirst: string | undefined): boolean {
	for (const [group, k] of counts) {
		if (k > (group === notFirst ? Math.floor(total / 2) : Math.ceil(total / 2))) return false;
	}
	return true;
}

/**
 * The items reordered: at each place, the earliest remaining item of another
 * group than the one before whose choice still leaves the rest arrangeable.
 * Where no order avoids neighbours of a group (say three of one chapter and
 * one of another), it takes the earliest item of the largest other group, so
 * every other item separates two of the large one and the neighbours left
 * are as few as they can be.
 */
export function interleave<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
	const remaining = items.map((item) => ({item, group: groupOf(item)}));
	const counts = new Map<string, number>();
	for (const {group} of remaining) counts.set(group, (counts.get(group) ?? 0) + 1);
	const out: T[] = [];
	let previous: string | undefined;
	while (remaining.length > 0) {
		let chosen = -1;
		let fallback = -1;
		for (let i = 0; i < remaining.length && chosen < 0; i++) {
			const {group} = remaining[i]!;
			if (group === previous) continue;
			if (fallback < 0 || counts.get(group)! > counts.get(remaining[fallback]!.group)!) fallback = i;
			counts.set(group, counts.get(group)! - 1);
			if (arrangeable(counts, remaining.length - 1, group)) chosen = i;
			counts.set(group, counts.get(group)! + 1);
		}
		const index = chosen >= 0 ? chosen : Math.max(0, fallback);
		const [{item, group}] = remaining.splice(index, 1) as [{item: T; group: string}];
		counts.set(group, counts.get(group)! - 1);
		if (counts.get(group) === 0) counts.delete(group);
		out.push(item);
		previous = group;
	}
	return out;
}

/** How many neighbours share a group (0 when interleaving fully succeeded). */
export function sameGroupNeighbours<T>(items: readonly T[], groupOf: (item: T) => string): number {
	let n = 0;
	for (let i = 1; i < items.length; i++) if (groupOf(items[i]!) === groupOf(items[i - 1]!)) n++;
	return n;
}
