import type {Repo} from './model.js';

/** What a command did, as data; `narrate.ts` says it in ko or en. */
export type EventKind =
	| 'committed'
	| 'merge-committed'
	| 'branch-created'
	| 'switched'
	| 'detached'
	| 'already-on'
	| 'fast-forward'
	| 'merged'
	| 'merge-conflict'
	| 'squashed'
	| 'up-to-date'
	| 'rebased'
	| 'rebase-ff'
	| 'rebase-conflict'
	| 'aborted'
	| 'reset'
	| 'picked'
	| 'reverted'
	| 'pick-conflict'
	| 'resolved'
	| 'edited'
	| 'undone'
	| 'log'
	| 'reflog'
	| 'branches'
	| 'status';

export interface GitEvent {
	readonly kind: EventKind;
	/** The commit the command made or moved to. */
	readonly id?: string;
	/** Names, ids or messages the sentence mentions. */
	readonly a?: string;
	readonly b?: string;
	readonly n?: number;
	readonly files?: readonly string[];
	/** The command that finishes what was stopped, once nothing is left in the way. */
	readonly next?: string;
	/** The command that gives up what a conflict stopped (a squash has no --abort: git keeps no state for it). */
	readonly abort?: string;
	/** Output of a read-only command (log, reflog, branch, status), language-neutral. */
	readonly lines?: readonly string[];
}

export type ErrorCode =
	| 'empty'
	| 'unknown-command'
	| 'not-allowed'
	| 'usage'
	| 'bad-ref'
	| 'ambiguous-ref'
	| 'no-parent'
	| 'reflog-short'
	| 'branch-exists'
	| 'bad-name'
	| 'no-branch'
	| 'dirty'
	| 'in-progress'
	| 'rebase-in-progress'
	| 'nothing-in-progress'
	| 'conflicts-left'
	| 'not-conflicted'
	| 'bad-file'
	| 'shared-branch'
	| 'merge-commit'
	| 'pick-empty'
	| 'use-continue'
	| 'nothing-to-undo'
	| 'no-commits'
	| 'empty-message';

export interface GitError {
	readonly code: ErrorCode;
	readonly a?: string;
	readonly b?: string;
}

/** A command's result: a new repo and what happened, or an error (the repo stays as it was). */
export type Result = {readonly ok: true; readonly repo: Repo; readonly event: GitEvent} | {readonly ok: false; readonly error: GitError};

export const fail = (code: ErrorCode, a?: string, b?: string): Result => ({
	ok: false,
	error: a === undefined ? {code} : b === undefined ? {code, a} : {code, a, b},
});
export const ok = (repo: Repo, event: GitEvent): Result => ({ok: true, repo, event});
