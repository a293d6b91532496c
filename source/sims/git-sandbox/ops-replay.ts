import {
	addCommit,
	ancestors,
	applyChanges,
	changeOf,
	commitId,
	commitOf,
	diffTrees,
	headId,
	isAncestor,
	merge3,
	moveHead,
	pointHead,
	sameTree,
	setBranch,
	treeOf,
} from './graph.js';
import type {Commit, Repo, Tree} from './model.js';
import {fail, ok, type Result} from './outcome.js';
import {busy, commit} from './ops-basic.js';
import {resolveRef} from './refs.js';

type Rebase = Extract<NonNullable<Repo['op']>, {kind: 'rebase'}>;

/** Applies commit `id`'s change (or, for a revert, its opposite) on top of `onto`'s tree. */
function replay(repo: Repo, id: string, onto: string, revert: boolean): {tree: Tree; conflicts: ReturnType<typeof merge3>['conflicts']} {
	const c = commitOf(repo, id);
	const parent = treeOf(repo, c.parents[0]);
	return revert ? merge3(c.tree, treeOf(repo, onto), parent) : merge3(parent, treeOf(repo, onto), c.tree);
}

/** A change's identity, like git's patch-id: the same change made twice has the same key. */
const patchKey = (repo: Repo, id: string) => JSON.stringify(Object.entries(changeOf(repo, id)).sort());

/**
 * `rebase REF`: the commits on HEAD's side only (merges dropped, changes the
 * other side already has skipped, as git does) are replayed one by one on
 * top of REF as new commits with new ids; the branch moves at the end.
 */
export function rebase(repo: Repo, ref: string): Result {
	const refused = busy(repo);
	if (refused) return refused;
	const at = resolveRef(repo, ref);
	if ('error' in at) return {ok: false, error: at.error};
	const head = headId(repo);
	if (!head) return fail('no-commits');
	if (isAncestor(repo, at.id, head)) return ok(repo, {kind: 'up-to-date', a: ref});
	const branch = repo.head.kind === 'branch' ? repo.head.name : null;
	if (repo.head.kind === 'branch' && repo.shared.includes(repo.head.name)) return fail('shared-branch', repo.head.name);
	const theirs = ancestors(repo, [at.id]);
	const mine = ancestors(repo, [head]);
	const upstreamPatches = new Set([...theirs].filter((id) => !mine.has(id)).map((id) => patchKey(repo, id)));
	const candidates = [...mine]
		.filter((id) => !theirs.has(id) && commitOf(repo, id).parents.length === 1)
		.sort((x, y) => commitOf(repo, x).seq - commitOf(repo, y).seq);
	const todo = candidates.filter((id) => !upstreamPatches.has(patchKey(repo, id)));
	const started = pointHead(repo, {kind: 'detached', id: at.id}, `rebase (start): checkout ${ref}`);
	const op: Rebase = {
		kind: 'rebase',
		branch,
		origHead: head,
		ontoName: ref,
		current: '',
		todo,
		replayed: 0,
		skipped: candidates.length - todo.length,
	};
	return runRebase({...started, op});
}

function runRebase(start: Repo): Result {
	// One copy of the commits for the whole replay, written in place (a fresh object no earlier state holds):
	// copying ~100 commits per replayed commit made a 60-commit rebase cost milliseconds.
	const commits: Record<string, Commit> = {...start.commits};
	let repo: Repo = {...start, commits};
	let op = start.op as Rebase;
	while (op.todo.length > 0) {
		const [id, ...todo] = op.todo as [string, ...string[]];
		const tip = headId(repo)!;
		const result = replay(repo, id, tip, false);
		if (result.conflicts.length > 0) {
			const staged = diffTrees(treeOf(repo, tip), result.tree);
			const next: Repo = {...repo, staged, conflicts: result.conflicts, op: {...op, current: id, todo}};
			return ok(next, {kind: 'rebase-conflict', a: commitOf(repo, id).message, files: result.conflicts.map((c) => c.file)});
		}
		if (sameTree(result.tree, treeOf(repo, tip))) {
			op = {...op, todo, skipped: op.skipped + 1};
			continue;
		}
		const message = commitOf(repo, id).message;
		const made = commitId(repo, [tip], message);
		commits[made] = {id: made, parents: [tip], message, tree: result.tree, seq: repo.seq};
		repo = moveHead({...repo, seq: repo.seq + 1}, made, `rebase (pick): ${message}`);
		op = {...op, todo, replayed: op.replayed + 1};
	}
	const tip = headId(repo)!;
	if (op.branch) {
		repo = setBranch(repo, op.branch, tip, `rebase (finish): refs/heads/${op.branch} onto ${op.ontoName}`);
		repo = pointHead(repo, {kind: 'branch', name: op.branch}, `rebase (finish): returning to refs/heads/${op.branch}`);
	}
	const event = op.replayed === 0 && op.skipped === 0 ? 'rebase-ff' : 'rebased';
	return ok({...repo, op: null}, {kind: event, a: op.branch ?? 'HEAD', b: op.ontoName, n: op.replayed, id: tip});
}

export function rebaseContinue(repo: Repo): Result {
	const op = repo.op;
	if (op?.kind !== 'rebase') return fail('nothing-in-progress', 'rebase');
	if (repo.conflicts.length > 0) return fail('conflicts-left', repo.conflicts.map((c) => c.file).join(', '));
	const tip = headId(repo)!;
	if (Object.keys(repo.staged).length === 0) return runRebase({...repo, op: {...op, skipped: op.skipped + 1}});
	const message = commitOf(repo, op.current).message;
	const [added, made] = addCommit(repo, [tip], message, applyChanges(treeOf(repo, tip), repo.staged));
	const moved = moveHead({...added, staged: {}}, made, `rebase (continue): ${message}`);
	return runRebase({...moved, op: {...op, replayed: op.replayed + 1}});
}

export function rebaseAbort(repo: Repo): Result {
	const op = repo.op;
	if (op?.kind !== 'rebase') return fail('nothing-in-progress', 'rebase');
	const head = op.branch ? {kind: 'branch' as const, name: op.branch} : {kind: 'detached' as const, id: op.origHead};
	const back = pointHead({...repo, staged: {}, conflicts: [], op: null}, head, `rebase (abort): returning to ${op.branch ?? op.origHead}`);
	return ok(back, {kind: 'aborted', a: 'rebase'});
}

/** `cherry-pick REF` copies one commit's change onto HEAD; `revert REF` adds a commit that undoes it. */
export function pick(repo: Repo, ref: string, mode: 'cherry-pick' | 'revert'): Result {
	const refused = busy(repo);
	if (refused) return refused;
	const at = resolveRef(repo, ref);
	if ('error' in at) return {ok: false, error: at.error};
	const head = headId(repo);
	if (!head) return fail('no-commits');
	const source = commitOf(repo, at.id);
	if (source.parents.length !== 1) return fail('merge-commit', ref);
	const message = mode === 'revert' ? `Revert "${source.message}"` : source.message;
	const result = replay(repo, at.id, head, mode === 'revert');
	if (result.conflicts.length > 0) {
		const staged = diffTrees(treeOf(repo, head), result.tree);
		const next: Repo = {...repo, staged, conflicts: result.conflicts, op: {kind: 'pick', mode, message}};
		return ok(next, {kind: 'pick-conflict', a: mode, b: source.message, files: result.conflicts.map((c) => c.file)});
	}
	if (sameTree(result.tree, treeOf(repo, head))) return fail('pick-empty', ref);
	const [added, made] = addCommit(repo, [head], message, result.tree);
	const moved = moveHead(added, made, `${mode}: ${message}`);
	return ok(moved, {kind: mode === 'revert' ? 'reverted' : 'picked', id: made, a: source.message, b: at.id});
}

export function pickContinue(repo: Repo, mode: 'cherry-pick' | 'revert'): Result {
	if (repo.op?.kind !== 'pick' || repo.op.mode !== mode) return fail('nothing-in-progress', mode);
	return commit(repo, undefined);
}

export function pickAbort(repo: Repo, mode: 'cherry-pick' | 'revert'): Result {
	if (repo.op?.kind !== 'pick' || repo.op.mode !== mode) return fail('nothing-in-progress', mode);
	// git aborts with a reset to HEAD, which its reflog records.
	return ok(pointHead({...repo, staged: {}, conflicts: [], op: null}, repo.head, 'reset: moving to HEAD'), {kind: 'aborted', a: mode});
}
