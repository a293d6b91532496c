import {buildRepo} from '../sims/git-sandbox/build.js';
import {gitSandbox} from '../sims/git-sandbox/engine.js';
import {hasShape} from '../sims/git-sandbox/goal.js';
import {treeOf} from '../sims/git-sandbox/graph.js';
import {LEVEL_IDS, levelById} from '../sims/git-sandbox/levels.js';
import {gitVersion, RealRepo, replay} from './git-real.js';
import {type CommandResult, fail, shown} from './result.js';

const USAGE = `Usage: sd-trainer git verify [LEVEL]   (levels: ${LEVEL_IDS.join(', ')}; none: all of them)`;

/**
 * `sd-trainer git verify [LEVEL]`: plays a level's solution in the sandbox
 * and in a real git repository side by side (a temporary directory with its
 * own HOME and config, hooks and signing off, fixed names and dates), then
 * compares the two graphs' shape (messages, parents, branch tips, HEAD) and
 * every branch's files. Exit 0 when they agree, 1 when not, 2 for a usage error.
 */
export function gitCommand(args: string[]): CommandResult {
	if (args[0] !== 'verify' || args.length > 2) return fail(2, USAGE);
	const wanted = args[1];
	if (wanted !== undefined && !LEVEL_IDS.includes(wanted)) return fail(2, `sd-trainer: no level "${shown(wanted)}". ${USAGE}`);
	const version = gitVersion();
	if (!version)
		return fail(
			1,
			'sd-trainer: git is not installed (or not on PATH), so there is nothing to compare with. The sandbox itself needs no git.',
		);
	const results = (wanted ? [wanted] : LEVEL_IDS).map(verifyLevel);
	const out = [`Compared with ${version}:`, ...results.flatMap((r) => r.lines)];
	return {code: results.every((r) => r.same) ? 0 : 1, out, err: []};
}

function verifyLevel(id: string): {same: boolean; lines: string[]} {
	const level = levelById(id);
	const real = new RealRepo();
	try {
		real.load(buildRepo(level.start, level.shared));
		let state = gitSandbox.init(gitSandbox.params.parse({level: id, script: ''}), 1);
		for (const text of level.setup ?? []) replay(real, text, state.repo, state.repo, {text, event: {kind: 'reset'}});
		for (const text of level.solution) {
			const before = state.repo;
			state = gitSandbox.step(state, {type: 'command', text});
			replay(real, text, before, state.repo, state.history[state.history.length - 1]!);
		}
		const shape = real.shape();
		const problems: string[] = [];
		const ours = Object.keys(state.repo.branches).sort();
		const theirs = Object.keys(shape.branches).sort();
		if (ours.join() !== theirs.join()) problems.push(`branches differ: sandbox ${ours.join(', ')}; git ${theirs.join(', ')}`);
		else if (!hasShape(state.repo, shape)) problems.push('the graphs differ (commits, parents, branch tips or HEAD)');
		for (const [name, tip] of Object.entries(state.repo.branches)) {
			if (!theirs.includes(name)) continue;
			if (JSON.stringify(sorted(treeOf(state.repo, tip))) !== JSON.stringify(sorted(real.tree(name))))
				problems.push(`${name} holds different files`);
		}
		const what = `${id}: ${level.solution.join('; ')}`;
		const counts = `${shape.commits.length} commits, main's history ${gitSandbox.summary(state).reachableFrom.main}`;
		if (problems.length === 0)
			return {same: true, lines: [`  ✓ ${what} → the same graph in git (${counts}; branches ${theirs.join(', ')})`]};
		return {same: false, lines: [`  ✗ ${what}`, ...problems.map((p) => `      ${p}`)]};
	} catch (error) {
		return {same: false, lines: [`  ✗ ${id}: ${shown((error as Error).message)}`]};
	} finally {
		real.remove();
	}
}

const sorted = (tree: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(tree).sort(([a], [b]) => a.localeCompare(b)));
