import {headId, reachable} from './graph.js';
import type {Repo} from './model.js';
import type {GraphSpec} from './build.js';

/**
 * Whether a repository has a graph's shape: the same branches (more are
 * fine) at commits with the same messages ("*" matches any) and the same
 * parents in the same order, all the way down; HEAD in the same place; and
 * no other commit reachable. Ids never matter.
 */
export function hasShape(repo: Repo, spec: GraphSpec): boolean {
	const byKey = new Map(spec.commits.map((c) => [c.key, c]));
	const map = new Map<string, string>();
	const used = new Set<string>();
	const match = (key: string, id: string): boolean => {
		if (map.has(key)) return map.get(key) === id;
		const want = byKey.get(key);
		const have = repo.commits[id];
		if (!want || !have || used.has(id)) return false;
		const parents = want.parents ?? [];
		if (parents.length !== have.parents.length) return false;
		if (want.message !== '*' && want.message !== have.message) return false;
		map.set(key, id);
		used.add(id);
		return parents.every((p, i) => match(p, have.parents[i]!));
	};
	for (const [name, key] of Object.entries(spec.branches)) {
		const tip = repo.branches[name];
		if (!tip || !match(key, tip)) return false;
	}
	if (spec.branches[spec.head] !== undefined) {
		if (repo.head.kind !== 'branch' || repo.head.name !== spec.head) return false;
	} else {
		const id = headId(repo);
		if (repo.head.kind !== 'detached' || !id || !match(spec.head, id)) return false;
	}
	return reachable(repo).size === used.size;
}
