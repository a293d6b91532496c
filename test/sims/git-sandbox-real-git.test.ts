import {afterEach, describe, expect, it} from 'vitest';
import {buildRepo} from '../../source/sims/git-sandbox/build.js';
import {type GitSandboxState, gitSandbox} from '../../source/sims/git-sandbox/engine.js';
import {hasShape} from '../../source/sims/git-sandbox/goal.js';
import {treeOf} from '../../source/sims/git-sandbox/graph.js';
import {LEVELS, levelById} from '../../source/sims/git-sandbox/levels.js';
import {HAS_GIT, RealRepo, replay} from '../../source/commands/git-real.js';

const why = HAS_GIT ? '' : ' (skipped: git is not installed)';
const repos: RealRepo[] = [];
afterEach(() => {
	for (const r of repos.splice(0)) r.remove();
});

/** Plays commands on the model and on a real repository side by side; returns both at the end. */
function playBoth(levelId: string, commands: readonly string[]): {state: GitSandboxState; real: RealRepo} {
	const level = levelById(levelId);
	const real = new RealRepo();
	repos.push(real);
	real.load(buildRepo(level.start, level.shared));
	let state = gitSandbox.init(gitSandbox.params.parse({level: levelId}), 1);
	for (const text of level.setup ?? []) replay(real, text, state.repo, state.repo, {text, event: {kind: 'reset'}});
	for (const text of commands) {
		const before = state.repo;
		state = gitSandbox.step(state, {type: 'command', text});
		const outcome = state.history[state.history.length - 1]!;
		replay(real, text, before, state.repo, outcome);
		// Where the model stops on a conflict, git stops on the same files.
		expect(real.unmerged(), text).toEqual(state.repo.conflicts.map((c) => c.file).sort());
	}
	// HEAD's and every branch's reflog point at the same commits (by subject), newest first, so NAME@{n} means the same.
	for (const ref of ['HEAD', ...Object.keys(state.repo.branches)]) {
		const subjects = real
			.must(['reflog', 'show', '--format=%s', ref === 'HEAD' ? 'HEAD' : `refs/heads/${ref}`, '--'])
			.trim()
			.split('\n');
		expect(subjects, ref).toEqual(state.repo.reflog[ref]!.map((e) => state.repo.commits[e.id]!.message));
	}
	return {state, real};
}

/** The model's graph and git's have the same shape (messages, parents, branch tips, HEAD), and every branch the same files. */
function expectSameAsGit({state, real}: {state: GitSandboxState; real: RealRepo}): void {
	const shape = real.shape();
	expect(Object.keys(state.repo.branches).sort()).toEqual(Object.keys(shape.branches).sort());
	expect(hasShape(state.repo, shape), JSON.stringify(shape, null, 1)).toBe(true);
	for (const [name, id] of Object.entries(state.repo.branches)) expect(treeOf(state.repo, id), name).toEqual(real.tree(name));
}

describe(`git sandbox against real git${why}`, () => {
	it.skipIf(!HAS_GIT).each(LEVELS.map((l) => [l.id] as const))(`level %s: the solution gives the same graph in git${why}`, (id) => {
		const level = levelById(id);
		// A replayed solution may not name a model id (git's ids differ).
		for (const text of level.solution) expect(text).not.toMatch(/\b[0-9a-f]{7}\b/);
		expectSameAsGit(playBoth(id, level.solution));
	});

	/** Wrong turns and other paths, so the model matches git off the happy path too. */
	const detours: [string, string[]][] = [
		['shared-branch', ['rebase main']],
		['squash-bisect', ['revert HEAD']],
		['merge', ['switch main', 'merge --no-ff feature']],
		['merge', ['switch main', 'cherry-pick feature~2', 'cherry-pick feature']],
		['merge', ['checkout HEAD~1', 'commit -m detached', 'switch -c rescued']],
		['merge', ['merge main']],
		['rebase', ['switch main', 'rebase feature']],
		['rebase', ['rebase main', 'rebase main', 'reset --hard feature@{1}']],
		['merge-conflict', ['merge feature', 'resolve config.txt ours', 'commit -m "keep 60"']],
		['merge-conflict', ['merge feature', 'merge --abort', 'merge --squash feature', 'resolve config.txt theirs', 'commit -m squashed']],
		['merge-conflict', ['cherry-pick feature', 'resolve config.txt theirs', 'cherry-pick --continue']],
		['merge-conflict', ['cherry-pick feature', 'cherry-pick --abort', 'revert HEAD', 'merge --squash feature', 'reset --hard']],
		['merge-conflict', ['revert HEAD', 'switch feature', 'merge main']],
		['rebase-conflict', ['rebase main', 'rebase --abort']],
		['rebase-conflict', ['rebase main', 'edit config.txt "timeout=45"', 'rebase --continue']],
		['reflog-rescue', ['branch rescue main@{1}']],
		['reflog-rescue', ['reset --hard HEAD@{1}']],
		['merge', ['switch main', 'switch feature', 'switch main', 'merge HEAD@{1}', 'checkout HEAD@{3}']],
		[
			'sandbox',
			[
				'switch -c a',
				'edit app.txt "x"',
				'commit -m ax',
				'switch main',
				'edit app.txt "y"',
				'commit -m ay',
				'merge a',
				'resolve app.txt theirs',
				'commit',
			],
		],
	];
	it.skipIf(!HAS_GIT).each(detours)(`%s: %j gives the same graph in git${why}`, (id, commands) => {
		expectSameAsGit(playBoth(id, commands));
	});
});
