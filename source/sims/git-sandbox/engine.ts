import type {SimEngine} from '../types.js';
import {apply} from './apply.js';
import {buildRepo} from './build.js';
import {hasShape} from './goal.js';
import {ancestors, headId, isAncestor, reachable, treeOf} from './graph.js';
import {type Level, levelById} from './levels.js';
import type {Repo} from './model.js';
import type {GitError, GitEvent} from './outcome.js';
import {type GitSandboxParams, gitSandboxParamHelp, gitSandboxParams, scriptCommands} from './params.js';
import {parseCommand} from './parse.js';

/** One typed command and what came of it. */
export interface Outcome {
	readonly text: string;
	readonly event?: GitEvent;
	readonly error?: GitError;
	/** Branches this command moved off history a teammate already has. */
	readonly rewroteShared?: readonly string[];
}

export interface GitSandboxState {
	readonly level: string;
	readonly repo: Repo;
	/** Earlier states, for undo (newest last): the repo with the counts it had, so undo restores all of it. */
	readonly past: readonly Snapshot[];
	/** Commands that changed the repository: what par is compared with. */
	readonly commands: number;
	/** Of those, how many of each command (undo takes them back too). */
	readonly ran: Readonly<Record<string, number>>;
	/** What a run plays, one command a tick (from the `script` param). */
	readonly script: readonly string[];
	/** How many ticks have been played (an empty script plays one idle tick). */
	readonly demo: number;
	/** The last outcomes, newest last. */
	readonly history: readonly Outcome[];
	readonly rewrites: number;
}

interface Snapshot {
	readonly repo: Repo;
	readonly commands: number;
	readonly ran: Readonly<Record<string, number>>;
	readonly rewrites: number;
}

export type GitSandboxAction = {type: 'command'; text: string};

const ALWAYS = new Set(['log', 'reflog', 'status', 'undo']);
const READ_ONLY = new Set(['log', 'reflog', 'branches', 'status', 'up-to-date', 'already-on']);
const KEEP = 30;

/** Branches a command moved so that they no longer hold a commit a shared branch holds. */
function rewritten(before: Repo, after: Repo): string[] {
	if (before.shared.length === 0) return [];
	const sharedTips = before.shared.map((b) => before.branches[b]).filter((id): id is string => id !== undefined);
	const held = ancestors(before, sharedTips);
	return Object.entries(before.branches)
		.filter(([name, old]) => !before.shared.includes(name) && held.has(old))
		.filter(([name, old]) => {
			const now = after.branches[name];
			return now !== old && (now === undefined || !isAncestor(after, old, now));
		})
		.map(([name]) => name);
}

function runCommand(state: GitSandboxState, level: Level, text: string): GitSandboxState {
	const record = (outcome: Outcome, patch: Partial<GitSandboxState> = {}): GitSandboxState => ({
		...state,
		...patch,
		history: [...state.history, outcome].slice(-KEEP),
	});
	const parsed = parseCommand(text);
	if ('error' in parsed) return record({text, error: parsed.error});
	const {command} = parsed;
	if (!ALWAYS.has(command.name) && !level.allowed.includes(command.name))
		return record({text, error: {code: 'not-allowed', a: command.name}});
	if (command.name === 'undo') {
		const prev = state.past[state.past.length - 1];
		if (!prev) return record({text, error: {code: 'nothing-to-undo'}});
		return record(
			{text, event: {kind: 'undone'}},
			{repo: prev.repo, commands: prev.commands, ran: prev.ran, rewrites: prev.rewrites, past: state.past.slice(0, -1)},
		);
	}
	const result = apply(state.repo, command);
	if (!result.ok) return record({text, error: result.error});
	if (READ_ONLY.has(result.event.kind) || result.repo === state.repo) return record({text, event: result.event});
	const moved = rewritten(state.repo, result.repo);
	return record(
		{text, event: result.event, ...(moved.length > 0 ? {rewroteShared: moved} : {})},
		{
			repo: result.repo,
			past: [...state.past, {repo: state.repo, commands: state.commands, ran: state.ran, rewrites: state.rewrites}].slice(-KEEP),
			commands: state.commands + 1,
			ran: {...state.ran, [command.name]: (state.ran[command.name] ?? 0) + 1},
			rewrites: state.rewrites + (moved.length > 0 ? 1 : 0),
		},
	);
}

function start(level: Level): Repo {
	let repo = buildRepo(level.start, level.shared);
	for (const text of level.setup ?? []) {
		const parsed = parseCommand(text);
		const result = 'command' in parsed ? apply(repo, parsed.command) : undefined;
		if (!result?.ok) throw new Error(`level ${level.id}: setup "${text}" failed`);
		repo = result.repo;
	}
	return repo;
}

/** Whether the level's goal holds: the shape, the lines it names, no stopped merge, and (where asked) shared history intact. */
export function goalMet(state: GitSandboxState): boolean {
	const level = levelById(state.level);
	const {repo} = state;
	if (!level.target || repo.op || repo.conflicts.length > 0 || Object.keys(repo.staged).length > 0) return false;
	if (level.keepShared && state.rewrites > 0) return false;
	for (const [branch, files] of Object.entries(level.files ?? {})) {
		const tree = treeOf(repo, repo.branches[branch]);
		for (const [file, line] of Object.entries(files)) if ((tree[file] ?? null) !== line) return false;
	}
	return hasShape(repo, level.target);
}

export interface GitSandboxSummary {
	level: string;
	goalMet: boolean;
	commands: number;
	par: number;
	/** Commits reachable from any branch or HEAD (what `git log --all` walks). */
	reachable: number;
	/** Per branch: commits in its history (merge 7, rebase 6, squash 4 for main in the chapter's scenario). */
	reachableFrom: Record<string, number>;
	mergeCommits: number;
	/** Commands that changed the repository, by name ("rebase": 1): what a challenge can ask to have been used. */
	ran: Record<string, number>;
	/** No reachable commit has two parents. */
	linear: boolean;
	head: {branch: string | null; id: string | null};
	branches: Record<string, string>;
	inProgress: string | null;
	conflicts: string[];
	/** Commands that rewrote history a teammate already has. */
	rewroteShared: number;
	lastError: string | null;
}

export const gitSandbox: SimEngine<GitSandboxParams, GitSandboxState, GitSandboxAction, GitSandboxSummary> = {
	id: 'git-sandbox',
	chapter: 56,
	params: gitSandboxParams,
	paramHelp: gitSandboxParamHelp,
	init(params) {
		const level = levelById(params.level);
		const script = scriptCommands(params.script, level.solution);
		return {level: level.id, repo: start(level), past: [], commands: 0, ran: {}, script, demo: 0, history: [], rewrites: 0};
	},
	step(state, action) {
		const level = levelById(state.level);
		if (action.type === 'tick') {
			// A tick plays the script's next command (an empty script: one idle tick, so a headless run ends).
			const text = state.script[state.demo];
			return text === undefined ? {...state, demo: state.demo + 1} : {...runCommand(state, level, text), demo: state.demo + 1};
		}
		return runCommand(state, level, action.text);
	},
	done(state) {
		return goalMet(state) || state.demo >= Math.max(1, state.script.length);
	},
	summary(state) {
		const {repo} = state;
		const all = reachable(repo);
		const last = state.history[state.history.length - 1];
		const id = headId(repo) ?? null;
		return {
			level: state.level,
			goalMet: goalMet(state),
			commands: state.commands,
			par: levelById(state.level).par,
			reachable: all.size,
			reachableFrom: Object.fromEntries(Object.entries(repo.branches).map(([b, tip]) => [b, ancestors(repo, [tip]).size])),
			mergeCommits: [...all].filter((c) => repo.commits[c]!.parents.length > 1).length,
			ran: {...state.ran},
			linear: [...all].every((c) => repo.commits[c]!.parents.length <= 1),
			head: {branch: repo.head.kind === 'branch' ? repo.head.name : null, id},
			branches: {...repo.branches},
			inProgress: repo.op ? (repo.op.kind === 'pick' ? repo.op.mode : repo.op.kind) : null,
			conflicts: repo.conflicts.map((c) => c.file),
			rewroteShared: state.rewrites,
			lastError: last?.error?.code ?? null,
		};
	},
};
