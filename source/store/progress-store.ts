import type {ProgressDoc} from '../progress/progress-doc.js';

/** Something the learner must be told about their progress file. */
export type StoreNotice =
	/** The unreadable file was copied to `copy`; `backup` is the newest backup holding the good state (made at `backupAt`, holding `answers`). */
	| {kind: 'corrupt'; copy: string; backup?: string; backupAt?: number; answers?: number}
	| {kind: 'newer'; version: number}
	/** The home cannot be written: progress is shown but not saved. */
	| {kind: 'read-only'; reason: string};

/** The document as it now stands on disk, and anything the learner must be told. */
export type Synced = {doc: ProgressDoc; notices: StoreNotice[]};

/**
 * Where progress lives. save() merges with what is on disk and returns the
 * merged document, so another terminal's progress is kept and picked up.
 */
export interface ProgressStore {
	/** The progress file, for messages and `--help`. */
	readonly path: string;
	open(): Synced;
	save(doc: ProgressDoc): Synced;
	/** Copies the file aside (kept: the newest few); returns where, if there was a file. */
	backup(reason: string): string | undefined;
}
