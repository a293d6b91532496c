/**
 * The data of the git sandbox: a small, explicit model of a repository.
 * Every file is one line of text, so "both sides changed the same line" is
 * "both sides changed the same file", and a three-way merge is per file.
 */

/** A snapshot: file name → its one line. */
export type Tree = Readonly<Record<string, string>>;
/** Changes on top of a tree: file name → new line, or null for deleted. */
export type Changes = Readonly<Record<string, string | null>>;

export interface Commit {
	readonly id: string;
	readonly parents: readonly string[];
	readonly message: string;
	readonly tree: Tree;
	/** Creation order; parents always have a smaller one. */
	readonly seq: number;
}

export type Head = {readonly kind: 'branch'; readonly name: string} | {readonly kind: 'detached'; readonly id: string};

/** A file both sides changed: the merge stops until the learner picks a side. */
export interface Conflict {
	readonly file: string;
	readonly ours: string | null;
	readonly theirs: string | null;
}

/** A merge, squash, cherry-pick, revert or rebase that stopped on a conflict (or a squash waiting for its commit). */
export type Op =
	| {readonly kind: 'merge'; readonly theirs: string; readonly message: string}
	| {readonly kind: 'squash'; readonly name: string}
	| {readonly kind: 'pick'; readonly mode: 'cherry-pick' | 'revert'; readonly message: string}
	| {
			readonly kind: 'rebase';
			/** The branch being rebased (null when HEAD was detached). */
			readonly branch: string | null;
			readonly origHead: string;
			readonly ontoName: string;
			/** The commit being replayed now, and the ones still to replay. */
			readonly current: string;
			readonly todo: readonly string[];
			readonly replayed: number;
			readonly skipped: number;
	  };

export interface ReflogEntry {
	readonly id: string;
	readonly action: string;
}

export interface Repo {
	readonly commits: Readonly<Record<string, Commit>>;
	readonly branches: Readonly<Record<string, string>>;
	readonly head: Head;
	/** Staged changes on top of HEAD's tree. */
	readonly staged: Changes;
	readonly conflicts: readonly Conflict[];
	readonly op: Op | null;
	/** "HEAD" and each branch → entries, newest first (`main@{0}` is the first). */
	readonly reflog: Readonly<Record<string, readonly ReflogEntry[]>>;
	/** The next commit's sequence number. */
	readonly seq: number;
	/** Branches a teammate already has: read-only here. */
	readonly shared: readonly string[];
}

export const EMPTY_REPO: Repo = {
	commits: {},
	branches: {},
	head: {kind: 'branch', name: 'main'},
	staged: {},
	conflicts: [],
	op: null,
	reflog: {},
	seq: 1,
	shared: [],
};
