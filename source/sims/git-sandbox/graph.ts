import type {Changes, Commit, Conflict, Repo, Tree} from './model.js';

/** FNV-1a, 32 bits: a short, deterministic commit id (not cryptographic; ids only need to be stable). */
function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** Seven hex digits from the parents, the message and the sequence number; never one already used. */
export function commitId(repo: Repo, parents: readonly string[], message: string): string {
	for (let salt = 0; ; salt++) {
		const id = fnv1a(`${parents.join(',')}\n${message}\n${repo.seq}\n${salt}`)
			.toString(16)
			.padStart(8, '0')
			.slice(0, 7);
		if (!repo.commits[id]) return id;
	}
}

export function headId(repo: Repo): string | undefined {
	return repo.head.kind === 'branch' ? repo.branches[repo.head.name] : repo.head.id;
}

export function commitOf(repo: Repo, id: string): Commit {
	const c = repo.commits[id];
	if (!c) throw new Error(`no commit ${id}`);
	return c;
}

export function treeOf(repo: Repo, id: string | undefined): Tree {
	return id ? commitOf(repo, id).tree : {};
}

export function applyChanges(tree: Tree, changes: Changes): Tree {
	const out: Record<string, string> = {...tree};
	for (const [file, text] of Object.entries(changes)) {
		if (text === null) delete out[file];
		else out[file] = text;
	}
	return out;
}

/** What turns `from` into `to`. */
export function diffTrees(from: Tree, to: Tree): Changes {
	const out: Record<string, string | null> = {};
	for (const file of new Set([...Object.keys(from), ...Object.keys(to)])) {
		if (from[file] !== to[file]) out[file] = to[file] ?? null;
	}
	return out;
}

export function sameTree(a: Tree, b: Tree): boolean {
	return Object.keys(diffTrees(a, b)).length === 0;
}

/** A commit's own change: its tree against its first parent's. */
export function changeOf(repo: Repo, id: string): Changes {
	const c = commitOf(repo, id);
	return diffTrees(treeOf(repo, c.parents[0]), c.tree);
}

/** Every commit reachable from the given ones (themselves included). */
export function ancestors(repo: Repo, from: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const stack = [...from];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...commitOf(repo, id).parents);
	}
	return seen;
}

/** True when `a` is `b` or one of its ancestors. */
export function isAncestor(repo: Repo, a: string, b: string): boolean {
	return ancestors(repo, [b]).has(a);
}

/** What `git log --all` would walk: commits reachable from a branch or HEAD. */
export function reachable(repo: Repo): Set<string> {
	const tips = Object.values(repo.branches);
	const head = headId(repo);
	return ancestors(repo, head ? [...tips, head] : tips);
}

/** The best common ancestor: one that no other common ancestor descends from (the newest, if several). */
export function mergeBase(repo: Repo, a: string, b: string): string | undefined {
	const fromA = ancestors(repo, [a]);
	const common = [...ancestors(repo, [b])].filter((id) => fromA.has(id));
	const best = common.filter((c) => !common.some((d) => d !== c && isAncestor(repo, c, d)));
	return best.sort((x, y) => commitOf(repo, y).seq - commitOf(repo, x).seq)[0];
}

/**
 * A three-way merge, file by file: a side that left a file as it was in the
 * base takes the other side's version; two different changes conflict (the
 * result keeps ours there until the learner resolves it).
 */
export function merge3(base: Tree, ours: Tree, theirs: Tree): {tree: Tree; conflicts: Conflict[]} {
	const tree: Record<string, string> = {};
	const conflicts: Conflict[] = [];
	const files = [...new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])].sort();
	for (const file of files) {
		const b = base[file] ?? null;
		const o = ours[file] ?? null;
		const t = theirs[file] ?? null;
		let pick = o;
		if (o === t || t === b) pick = o;
		else if (o === b) pick = t;
		else conflicts.push({file, ours: o, theirs: t});
		if (pick !== null) tree[file] = pick;
	}
	return {tree, conflicts};
}

/** The repo with a new commit added (ids and sequence numbers deterministic). */
export function addCommit(repo: Repo, parents: readonly string[], message: string, tree: Tree): [Repo, string] {
	const id = commitId(repo, parents, message);
	const commit: Commit = {id, parents: [...parents], message, tree, seq: repo.seq};
	return [{...repo, commits: {...repo.commits, [id]: commit}, seq: repo.seq + 1}, id];
}

function logTo(repo: Repo, ref: string, id: string, action: string): Repo {
	return {...repo, reflog: {...repo.reflog, [ref]: [{id, action}, ...(repo.reflog[ref] ?? [])]}};
}

/** Moves a branch (not HEAD) and records it in the branch's reflog. */
export function setBranch(repo: Repo, name: string, id: string, action: string): Repo {
	return logTo({...repo, branches: {...repo.branches, [name]: id}}, name, id, action);
}

/**
 * Moves HEAD: the current branch with it when attached. Both reflogs record
 * it, as git's do; a branch that stays where it was gets no entry (git's
 * `reset --hard HEAD` logs HEAD only).
 */
export function moveHead(repo: Repo, id: string, action: string): Repo {
	const {head} = repo;
	let moved: Repo = repo;
	if (head.kind === 'detached') moved = {...repo, head: {kind: 'detached', id}};
	else if (repo.branches[head.name] !== id) moved = setBranch(repo, head.name, id, action);
	return logTo(moved, 'HEAD', id, action);
}

/** Points HEAD at a branch or a commit without moving any branch (checkout). */
export function pointHead(repo: Repo, head: Repo['head'], action: string): Repo {
	const moved = {...repo, head};
	return logTo(moved, 'HEAD', headId(moved) ?? '', action);
}
