import {addCommit, diffTrees, headId, isAncestor, merge3, mergeBase, moveHead, pointHead, treeOf} from './graph.js';
import type {Repo} from './model.js';
import {fail, ok, type Result} from './outcome.js';
import {busy} from './ops-basic.js';
import {resolveRef} from './refs.js';

/** The message git would write: "Merge branch 'x'" for a branch, "Merge commit 'r'" otherwise. */
export function mergeMessage(repo: Repo, ref: string): string {
	return repo.branches[ref] ? `Merge branch '${ref}'` : `Merge commit '${ref}'`;
}

/**
 * `merge REF`: nothing when REF is already in HEAD's history; a fast-forward
 * when HEAD is in REF's (unless --no-ff); otherwise a three-way merge that
 * makes a merge commit with two parents, or stops on a conflict.
 * `--squash` stages the combined change and leaves the commit to the learner.
 */
export function merge(repo: Repo, ref: string, mode: 'normal' | 'no-ff' | 'squash'): Result {
	const refused = busy(repo);
	if (refused) return refused;
	const at = resolveRef(repo, ref);
	if ('error' in at) return {ok: false, error: at.error};
	const head = headId(repo);
	if (!head) return fail('no-commits');
	const theirs = at.id;
	if (isAncestor(repo, theirs, head)) return ok(repo, {kind: 'up-to-date', a: ref});
	const into = repo.head.kind === 'branch' ? repo.head.name : 'HEAD';
	const base = mergeBase(repo, head, theirs);
	const merged = merge3(treeOf(repo, base), treeOf(repo, head), treeOf(repo, theirs));
	const staged = diffTrees(treeOf(repo, head), merged.tree);
	const files = merged.conflicts.map((c) => c.file);
	if (mode === 'squash') {
		const next: Repo = {...repo, staged, conflicts: merged.conflicts, op: {kind: 'squash', name: ref}};
		return ok(
			next,
			files.length > 0
				? {kind: 'merge-conflict', a: ref, b: into, files, abort: 'reset --hard'}
				: {kind: 'squashed', a: ref, n: Object.keys(staged).length},
		);
	}
	if (mode === 'normal' && isAncestor(repo, head, theirs)) {
		return ok(moveHead(repo, theirs, `merge ${ref}: Fast-forward`), {kind: 'fast-forward', a: into, b: ref, id: theirs});
	}
	const message = mergeMessage(repo, ref);
	if (files.length > 0) {
		return ok(
			{...repo, staged, conflicts: merged.conflicts, op: {kind: 'merge', theirs, message}},
			{kind: 'merge-conflict', a: ref, b: into, files, abort: 'merge --abort'},
		);
	}
	const [added, id] = addCommit(repo, [head, theirs], message, merged.tree);
	return ok(moveHead(added, id, `merge ${ref}: Merge made by the 'ort' strategy.`), {kind: 'merged', a: ref, b: into, id});
}

/** `merge --abort`: back to HEAD as it was (the merged result and the conflicts are dropped); git logs it in HEAD's reflog as a reset. */
export function mergeAbort(repo: Repo): Result {
	if (repo.op?.kind !== 'merge') return fail('nothing-in-progress', 'merge');
	const back = pointHead({...repo, staged: {}, conflicts: [], op: null}, repo.head, 'reset: moving to HEAD');
	return ok(back, {kind: 'aborted', a: 'merge'});
}
