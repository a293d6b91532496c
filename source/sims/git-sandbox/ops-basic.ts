import {addCommit, ancestors, applyChanges, commitOf, headId, moveHead, pointHead, reachable, setBranch, treeOf} from './graph.js';
import type {Repo} from './model.js';
import {fail, ok, type Result} from './outcome.js';
import {resolveRef, validBranchName} from './refs.js';

const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Where HEAD is, for reflog lines: the branch name or the short id. */
function headLabel(repo: Repo): string {
	return repo.head.kind === 'branch' ? repo.head.name : repo.head.id;
}

/** Refuses anything that moves HEAD while work is staged or a merge/rebase is stopped. */
export function busy(repo: Repo): Result | undefined {
	if (repo.op?.kind === 'rebase') return fail('rebase-in-progress');
	if (repo.op) return fail('in-progress', repo.op.kind === 'pick' ? repo.op.mode : repo.op.kind);
	if (Object.keys(repo.staged).length > 0) return fail('dirty', Object.keys(repo.staged).sort().join(', '));
	return undefined;
}

/**
 * `commit`: records what is staged, or (as in Learn Git Branching) some new
 * work of its own when nothing is: a file `c<seq>.txt` holding the message.
 * It also concludes a merge, squash, cherry-pick or revert that stopped.
 */
export function commit(repo: Repo, message: string | undefined): Result {
	if (message !== undefined && message.trim() === '') return fail('empty-message');
	if (repo.op?.kind === 'rebase') return fail('use-continue');
	if (repo.conflicts.length > 0) return fail('conflicts-left', repo.conflicts.map((c) => c.file).join(', '));
	const head = headId(repo);
	const op = repo.op;
	const staged = Object.keys(repo.staged).length > 0 ? repo.staged : op ? {} : {[`c${repo.seq}.txt`]: message ?? `c${repo.seq}`};
	const text =
		message ??
		(op?.kind === 'merge' || op?.kind === 'pick' ? op.message : op?.kind === 'squash' ? `Squashed commit of ${op.name}` : `c${repo.seq}`);
	const parents = head ? (op?.kind === 'merge' ? [head, op.theirs] : [head]) : [];
	const [added, id] = addCommit(repo, parents, text, applyChanges(treeOf(repo, head), staged));
	const kind = op?.kind === 'merge' ? 'commit (merge)' : head ? 'commit' : 'commit (initial)';
	const moved = moveHead({...added, staged: {}, op: null}, id, `${kind}: ${text}`);
	return ok(moved, {kind: op?.kind === 'merge' ? 'merge-committed' : 'committed', id, a: text, files: Object.keys(staged).sort()});
}

export function branch(repo: Repo, name: string | undefined, start: string | undefined): Result {
	if (name === undefined) {
		const lines = Object.keys(repo.branches)
			.sort()
			.map((b) => `${repo.head.kind === 'branch' && repo.head.name === b ? '*' : ' '} ${b} ${repo.branches[b]}`);
		return ok(repo, {kind: 'branches', lines});
	}
	if (!validBranchName(name)) return fail('bad-name', name);
	if (repo.branches[name]) return fail('branch-exists', name);
	const at = resolveRef(repo, start ?? 'HEAD');
	if ('error' in at) return {ok: false, error: at.error};
	return ok(setBranch(repo, name, at.id, `branch: Created from ${start ?? 'HEAD'}`), {kind: 'branch-created', a: name, id: at.id});
}

/** `switch` / `checkout`: to a branch (attached), or with checkout to any commit (detached). */
export function switchTo(repo: Repo, target: string, create: boolean, start: string | undefined, detachOk: boolean): Result {
	const refused = busy(repo);
	if (refused) return refused;
	if (create) {
		const made = branch(repo, target, start);
		if (!made.ok) return made;
		const moved = pointHead(made.repo, {kind: 'branch', name: target}, `checkout: moving from ${headLabel(repo)} to ${target}`);
		return ok(moved, {kind: 'branch-created', a: target, id: made.repo.branches[target]!, n: 1});
	}
	if (repo.shared.includes(target)) return fail('shared-branch', target);
	if (repo.branches[target]) {
		if (repo.head.kind === 'branch' && repo.head.name === target) return ok(repo, {kind: 'already-on', a: target});
		const moved = pointHead(repo, {kind: 'branch', name: target}, `checkout: moving from ${headLabel(repo)} to ${target}`);
		return ok(moved, {kind: 'switched', a: target});
	}
	if (!detachOk) return fail('no-branch', target);
	const at = resolveRef(repo, target);
	if ('error' in at) return {ok: false, error: at.error};
	return ok(pointHead(repo, {kind: 'detached', id: at.id}, `checkout: moving from ${headLabel(repo)} to ${target}`), {
		kind: 'detached',
		id: at.id,
	});
}

/** `reset --hard REF`: moves the current branch (or a detached HEAD) and throws away staged work and a stopped merge. */
export function resetHard(repo: Repo, ref: string): Result {
	if (repo.op?.kind === 'rebase') return fail('rebase-in-progress');
	if (repo.head.kind === 'branch' && repo.shared.includes(repo.head.name)) return fail('shared-branch', repo.head.name);
	const at = resolveRef(repo, ref);
	if ('error' in at) return {ok: false, error: at.error};
	const before = reachable(repo);
	const moved = moveHead({...repo, staged: {}, conflicts: [], op: null}, at.id, `reset: moving to ${ref}`);
	const after = reachable(moved);
	const lost = [...before].filter((id) => !after.has(id)).length;
	return ok(moved, {kind: 'reset', a: repo.head.kind === 'branch' ? repo.head.name : 'HEAD', b: ref, id: at.id, n: lost});
}

/** `edit FILE "text"`: stages a one-line change; on a conflicted file it is also the resolution. */
export function edit(repo: Repo, file: string, text: string): Result {
	if (!FILE.test(file)) return fail('bad-file', file);
	const base = treeOf(repo, headId(repo))[file];
	const staged: Record<string, string | null> = {...repo.staged};
	if (base === text) delete staged[file];
	else staged[file] = text;
	return ok({...repo, staged, conflicts: repo.conflicts.filter((c) => c.file !== file)}, {kind: 'edited', a: file});
}

/** `resolve FILE ours|theirs`: keeps one side of a conflicted file. */
export function resolve(repo: Repo, file: string, side: 'ours' | 'theirs'): Result {
	const conflict = repo.conflicts.find((c) => c.file === file);
	if (!conflict) return fail('not-conflicted', file);
	const text = conflict[side];
	const base = treeOf(repo, headId(repo))[file] ?? null;
	const staged: Record<string, string | null> = {...repo.staged};
	if (text === base) delete staged[file];
	else staged[file] = text;
	const conflicts = repo.conflicts.filter((c) => c !== conflict);
	const op = repo.op;
	const next = op?.kind === 'rebase' ? 'rebase --continue' : op?.kind === 'pick' ? `${op.mode} --continue` : 'commit';
	return ok({...repo, staged, conflicts}, {kind: 'resolved', a: file, b: side, n: conflicts.length, next});
}

export function log(repo: Repo, ref: string | undefined): Result {
	const at = resolveRef(repo, ref ?? 'HEAD');
	if ('error' in at) return {ok: false, error: at.error};
	const ids = [...ancestors(repo, [at.id])].sort((x, y) => commitOf(repo, y).seq - commitOf(repo, x).seq);
	return ok(repo, {kind: 'log', a: ref ?? 'HEAD', n: ids.length, lines: ids.map((id) => `${id} ${commitOf(repo, id).message}`)});
}

export function reflog(repo: Repo, ref: string | undefined): Result {
	const name = ref ?? 'HEAD';
	const entries = repo.reflog[name];
	if (!entries) return fail('bad-ref', name);
	return ok(repo, {kind: 'reflog', a: name, n: entries.length, lines: entries.map((e, i) => `${e.id} ${name}@{${i}}: ${e.action}`)});
}

export function status(repo: Repo): Result {
	const lines = [
		repo.head.kind === 'branch' ? `On branch ${repo.head.name}` : `HEAD detached at ${repo.head.id}`,
		...(repo.op ? [`in progress: ${repo.op.kind === 'pick' ? repo.op.mode : repo.op.kind}`] : []),
		...repo.conflicts.map((c) => `both modified: ${c.file}`),
		...Object.entries(repo.staged).map(([f, t]) => `${t === null ? 'deleted' : 'staged'}: ${f}`),
	];
	return ok(repo, {kind: 'status', lines});
}
