import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {GraphSpec} from '../sims/git-sandbox/build.js';
import {headId, treeOf} from '../sims/git-sandbox/graph.js';
import type {Repo, Tree} from '../sims/git-sandbox/model.js';
import {mergeMessage} from '../sims/git-sandbox/ops-merge.js';
import type {Outcome} from '../sims/git-sandbox/engine.js';

/**
 * A real git repository for the sandbox to be compared with (`sd-trainer git
 * verify`, and the tests): a model repository loaded into it, sandbox
 * commands replayed in it, its graph read back as a shape.
 */

/** The installed git's version line, or undefined when there is no git on PATH. */
export function gitVersion(): string | undefined {
	const r = spawnSync('git', ['--version'], {encoding: 'utf8'});
	return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Whether a real git is on PATH (the comparison is skipped, visibly, without one). */
export const HAS_GIT = gitVersion() !== undefined;

/** Settings that make every run the same whatever the machine's git config: no hooks, no signing, fixed names. */
const CONFIG = [
	'core.hooksPath=/dev/null',
	'commit.gpgSign=false',
	'tag.gpgSign=false',
	'init.defaultBranch=main',
	'merge.conflictStyle=merge',
	'rebase.autoSquash=false',
	'rebase.autoStash=false',
	'core.autocrlf=false',
	'advice.detachedHead=false',
].flatMap((c) => ['-c', c]);

/** A throwaway repository with an isolated environment: HOME and global config in the temp dir, system config off. */
export class RealRepo {
	readonly dir: string;
	private readonly env: NodeJS.ProcessEnv;

	constructor() {
		this.dir = mkdtempSync(path.join(tmpdir(), 'sd-trainer-git-'));
		const config = path.join(this.dir, '.gitconfig-isolated');
		writeFileSync(config, '');
		const who = {name: 'Sandbox Learner', email: 'learner@example.invalid', date: '2026-01-01T00:00:00Z'};
		this.env = {
			PATH: process.env.PATH,
			HOME: this.dir,
			GIT_CONFIG_GLOBAL: config,
			GIT_CONFIG_NOSYSTEM: '1',
			GIT_AUTHOR_NAME: who.name,
			GIT_AUTHOR_EMAIL: who.email,
			GIT_AUTHOR_DATE: who.date,
			GIT_COMMITTER_NAME: who.name,
			GIT_COMMITTER_EMAIL: who.email,
			GIT_COMMITTER_DATE: who.date,
			GIT_EDITOR: 'true',
			GIT_TERMINAL_PROMPT: '0',
			LC_ALL: 'C',
		};
		this.dir = path.join(this.dir, 'repo');
		this.git(['init', '-q', this.dir], path.dirname(this.dir));
	}

	/** Runs git; returns stdout and the exit status (a conflict exits 1, which a caller may expect). */
	git(args: string[], cwd = this.dir, input?: string): {out: string; status: number} {
		const r = spawnSync('git', [...CONFIG, ...args], {cwd, env: this.env, encoding: 'utf8', input});
		return {out: r.stdout ?? '', status: r.status ?? -1};
	}

	must(args: string[], input?: string): string {
		const r = this.git(args, this.dir, input);
		if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status})`);
		return r.out;
	}

	/**
	 * Recreates a model repository in one `git fast-import` (each commit on a
	 * scratch ref, full tree every time), then creates the branches with a
	 * reflog entry each, as the model does.
	 */
	load(repo: Repo): void {
		const chunks: string[] = [];
		const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
		const marks = new Map<string, number>();
		let mark = 0;
		for (const c of Object.values(repo.commits).sort((x, y) => x.seq - y.seq)) {
			const files = Object.entries(c.tree).map(([file, line]) => {
				chunks.push(`blob\nmark :${++mark}\n${data(`${line}\n`)}`);
				return `M 100644 :${mark} ${file}\n`;
			});
			marks.set(c.id, ++mark);
			const who = 'Sandbox Learner <learner@example.invalid> 1767225600 +0000';
			const parents = c.parents.map((p, i) => `${i === 0 ? 'from' : 'merge'} :${marks.get(p)}\n`).join('');
			chunks.push(
				`commit refs/import/${c.id}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(c.message)}${parents}deleteall\n${files.join('')}\n`,
			);
		}
		const marksFile = path.join(path.dirname(this.dir), 'marks');
		this.must(['fast-import', '--quiet', `--export-marks=${marksFile}`], chunks.join(''));
		const sha = new Map(
			readFileSync(marksFile, 'utf8')
				.trim()
				.split('\n')
				.map((l) => l.split(' ') as [string, string]),
		);
		const shaOf = (id: string) => sha.get(`:${marks.get(id)}`)!;
		// The branch HEAD is on is created through HEAD, so HEAD's reflog has its first entry too, as in the model.
		const onBranch = repo.head.kind === 'branch' ? repo.head.name : undefined;
		// Point HEAD away from git init's unborn main first: creating the branch HEAD names would log to HEAD too.
		this.must(['symbolic-ref', 'HEAD', `refs/heads/${onBranch ?? 'unborn-placeholder'}`]);
		const updates = [
			...Object.entries(repo.branches)
				.filter(([name]) => name !== onBranch)
				.map(([name, id]) => `create refs/heads/${name} ${shaOf(id)}\n`),
			...Object.keys(repo.commits).map((id) => `delete refs/import/${id}\n`),
		];
		this.must(['update-ref', '-m', 'branch: Created', '--stdin'], updates.join(''));
		if (repo.head.kind === 'branch') {
			this.must(['update-ref', '-m', 'branch: Created', 'HEAD', shaOf(repo.branches[repo.head.name]!)]);
		} else this.must(['update-ref', '--no-deref', '-m', 'checkout', 'HEAD', shaOf(repo.head.id)]);
		this.must(['read-tree', '--reset', '-u', 'HEAD']);
	}

	/** Makes the working tree hold exactly `tree`, staged. */
	writeWorkTree(tree: Tree): void {
		for (const file of readdirSync(this.dir)) if (file !== '.git' && tree[file] === undefined) unlinkSync(path.join(this.dir, file));
		for (const [file, line] of Object.entries(tree)) writeFileSync(path.join(this.dir, file), `${line}\n`);
		this.must(['add', '-A']);
	}

	/** The graph as a shape spec: every commit `--all` reaches, keyed by sha, messages as subjects. */
	shape(): GraphSpec {
		const subjects = new Map(
			this.must(['log', '--all', '--format=%H %s'])
				.trim()
				.split('\n')
				.map((l) => [l.slice(0, 40), l.slice(41)] as const),
		);
		const commits = this.must(['rev-list', '--parents', '--topo-order', '--reverse', '--all'])
			.trim()
			.split('\n')
			.map((line) => {
				const [key, ...parents] = line.split(' ') as [string, ...string[]];
				return {key, message: subjects.get(key)!, parents};
			});
		const branches = Object.fromEntries(
			this.must(['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads'])
				.trim()
				.split('\n')
				.map((l) => l.split(' ') as [string, string]),
		);
		const attached = this.git(['symbolic-ref', '-q', '--short', 'HEAD']);
		const head = attached.status === 0 ? attached.out.trim() : this.must(['rev-parse', 'HEAD']).trim();
		return {commits, branches, head};
	}

	/** A branch tip's files and their one line each (one `git show` for all: each blob is one line). */
	tree(ref: string): Record<string, string> {
		const files = this.must(['ls-tree', '-r', '--name-only', ref]).trim().split('\n').filter(Boolean);
		if (files.length === 0) return {};
		const lines = this.must(['show', ...files.map((f) => `${ref}:${f}`)])
			.replace(/\n$/, '')
			.split('\n');
		if (lines.length !== files.length) throw new Error(`${ref}: a file holds more than one line`);
		return Object.fromEntries(files.map((f, i) => [f, lines[i]!]));
	}

	unmerged(): string[] {
		return this.must(['diff', '--name-only', '--diff-filter=U']).trim().split('\n').filter(Boolean).sort();
	}

	remove(): void {
		rmSync(path.dirname(this.dir), {recursive: true, force: true});
	}
}

const QUIET = new Set(['switch', 'checkout', 'branch', 'reset']);

/**
 * Plays one sandbox command in the real repository, after the model has
 * played it (`before` and `after` are the model's repos around it). `commit`
 * writes the model's new tree (the sandbox's commit makes its own change
 * when nothing is staged); the rest map to the same git command.
 */
export function replay(real: RealRepo, text: string, before: Repo, after: Repo, outcome: Outcome): void {
	const args = text.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"(.*)"$/, '$1'));
	const [name, ...rest] = args as [string, ...string[]];
	const conflicted = ['merge-conflict', 'rebase-conflict', 'pick-conflict'].includes(outcome.event?.kind ?? '');
	const run = (git: string[]) => {
		const r = real.git(git);
		if (r.status !== 0 && !conflicted) throw new Error(`git ${git.join(' ')} exited ${r.status} after model said: ${outcome.event?.kind}`);
	};
	if (outcome.error) throw new Error(`the model refused "${text}": ${outcome.error.code}`);
	if (['log', 'reflog', 'status'].includes(name)) return;
	if (name === 'commit') {
		real.writeWorkTree(treeOf(after, headId(after)));
		run(['commit', '-q', '-m', after.commits[headId(after)!]!.message]);
	} else if (name === 'edit') {
		writeFileSync(path.join(real.dir, rest[0]!), `${rest.slice(1).join(' ')}\n`);
		run(['add', rest[0]!]);
	} else if (name === 'resolve') {
		run(['checkout', `--${rest[1]}`, rest[0]!]);
		run(['add', rest[0]!]);
	} else if (name === 'merge') {
		const ref = rest[rest.length - 1]!;
		if (rest[0] === '--abort' || rest[0] === '--squash') run(['merge', ...rest]);
		else run(['merge', '-q', '--no-edit', '-m', mergeMessage(before, ref), ...rest]);
	} else if (name === 'revert') run(['revert', '--no-edit', ...rest]);
	else if (name === 'rebase') run(['rebase', ...(rest[0]!.startsWith('--') ? [] : ['-q']), ...rest]);
	else if (QUIET.has(name)) run([name, '-q', ...rest]);
	else if (name === 'cherry-pick') run([name, ...rest]);
	else throw new Error(`no real-git twin for "${text}"`);
}
