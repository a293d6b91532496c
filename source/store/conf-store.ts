import {lstatSync, readFileSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {cleanTempFiles, writeFileAtomic} from './atomic-write.js';
import {changedPart} from './changed-part.js';
import {sanitizeLine} from '../text/sanitize.js';
import {answersOf, backupBytes, bestBackup, listBackups} from './backups.js';
import {withFileLock} from './file-lock.js';
import {dataHome, PROGRESS_FILE} from './home.js';
import {emptyDoc, merge, type ProgressDoc} from '../progress/progress-doc.js';
import type {ProgressStore, StoreNotice, Synced} from './progress-store.js';
import {fromRaw, type Parsed, parseJson, progressJson} from './progress-text.js';
import {quarantine} from './quarantine.js';
import {StoreError} from './store-error.js';

type Options = {
	home?: string | undefined;
	now?: () => Date;
	/** Longest wait for another sd-trainer's lock before a 'busy' StoreError. */
	lockWaitMs?: number;
	/**
	 * True (the game): an unreadable file is copied aside and replaced, a newer
	 * one makes this store read-only; both are told as notices. False (the
	 * commands): both throw a StoreError and nothing is written.
	 */
	repair?: boolean;
	/** Called while the lock is held, just before a write (for tests that stop a writer there). */
	beforeWrite?: () => void;
};

/** The file as it now stands: missing, a current document, a newer version's, or corrupt. */
export type Disk = {kind: 'missing'} | Parsed;

/** A rotating backup every this many saves, besides those at start, reset and import. */
const BACKUP_EVERY = 100;

const answerCount = (doc: ProgressDoc) => Object.keys(doc.answers).length;

/** Who the file on disk is: it changes whenever anyone replaces or rewrites it. */
function identity(file: string): string | undefined {
	try {
		const s = statSync(file, {bigint: true});
		return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw StoreError.from(error, file, 'read');
	}
}

/**
 * Progress in one JSON file. The split of work: `conf` locates and reads the
 * file (its `store` getter, with our parser, which accepts a BOM); writing is
 * our own (writeFileAtomic), since conf's atomic write ignores short writes
 * and would rename a truncated file over a good one on a full disk. Every
 * write happens under a lock and merges with what is on disk; a save skips
 * the re-read when the file is still the one this store last read or wrote.
 */
export class ConfStore implements ProgressStore {
	readonly path: string;
	/** How many times the file was parsed (a save parses only when someone else wrote since). */
	parses = 0;
	private reader: Conf<Record<string, unknown>> | undefined;
	private constructing = false;
	/** The file's identity when this store last read or wrote it, and its document. */
	private last: {id: string; doc: ProgressDoc} | undefined;
	private readOnly = false;
	private pending: StoreNotice[] = [];
	private told = new Set<string>();
	private saves = 0;
	private cleaned = false;
	private readonly now: () => Date;
	private readonly repair: boolean;

	constructor(private readonly options: Options = {}) {
		this.now = options.now ?? (() => new Date());
		this.repair = options.repair ?? true;
		this.path = path.resolve(options.home ?? dataHome(), PROGRESS_FILE);
	}

	/** Reads the file as it is, with no lock and no write (what `stats` and `export` use). */
	inspect(): Disk {
		const id = identity(this.path);
		if (id === undefined) return {kind: 'missing'};
		if (this.last?.id === id) return {kind: 'ok', doc: this.last.doc};
		let raw: unknown;
		this.parses++;
		try {
			raw = this.conf().store;
		} catch (error) {
			if (error instanceof SyntaxError) return {kind: 'corrupt', reason: sanitizeLine(error.message, 120)};
			throw StoreError.from(error, this.path, 'read');
		}
		const parsed = fromRaw(raw);
		if (parsed.kind === 'ok') this.last = {id, doc: parsed.doc};
		return parsed;
	}

	/** Where a symbolic link at the progress file points, if it is one. */
	linkTarget(): string | undefined {
		try {
			return lstatSync(this.path).isSymbolicLink() ? realpathSync(this.path) : undefined;
		} catch {
			return undefined;
		}
	}

	open(): Synced {
		try {
			return this.synced(this.locked(() => this.current()));
		} catch (error) {
			// A home that cannot be written (not even a lock file): read what is there, save nothing, say so.
			if (!(error instanceof StoreError && error.kind === 'not-writable') || !this.repair) throw error;
			const disk = this.inspect();
			if (disk.kind === 'corrupt' || disk.kind === 'newer') throw error;
			this.readOnly = true;
			this.pending.push({kind: 'read-only', reason: error.detail});
			return this.synced(disk.kind === 'ok' ? disk.doc : emptyDoc());
		}
	}

	save(doc: ProgressDoc): Synced {
		if (this.readOnly) return this.synced(doc);
		return this.synced(
			this.locked(() => {
				const before = this.inspect();
				const base = this.current(before);
				if (this.readOnly) return doc;
				const merged = merge(base, changedPart(base, doc));
				this.write(merged, before.kind === 'ok');
				return merged;
			}),
		);
	}

	/** Replaces the file with `doc` (no merge): what `restore` does, after its own backup. */
	replace(doc: ProgressDoc): void {
		this.locked(() => {
			const before = this.inspect();
			if (before.kind === 'newer') throw new StoreError('newer', `format ${before.version}`);
			if (before.kind === 'corrupt') quarantine(this.path, this.now());
			this.write(doc, before.kind === 'ok');
		});
	}

	backup(reason: string): string | undefined {
		if (this.readOnly) return undefined;
		return this.locked(() => {
			const disk = this.inspect();
			if (disk.kind !== 'ok') return undefined;
			return backupBytes(this.path, readFileSync(this.path), answerCount(disk.doc), reason, this.now());
		});
	}

	private conf(): Conf<Record<string, unknown>> {
		if (!this.reader) {
			// conf reads the file once while it is constructed; that read is skipped
			// (an empty object), so a document is parsed once, when asked for.
			this.constructing = true;
			try {
				this.reader = new Conf({
					projectName: 'sd-trainer',
					cwd: path.dirname(this.path),
					configName: PROGRESS_FILE.replace(/\.json$/, ''),
					deserialize: (text: string) => (this.constructing ? {} : asObject(parseJson(text))),
				});
			} finally {
				this.constructing = false;
			}
		}
		return this.reader;
	}

	private locked<T>(fn: () => T): T {
		return withFileLock(
			`${this.path}.lock`,
			() => {
				if (!this.cleaned) cleanTempFiles(this.path);
				this.cleaned = true;
				return fn();
			},
			this.options.lockWaitMs === undefined ? {} : {waitMs: this.options.lockWaitMs},
		);
	}

	/** The document on disk to build on; deals with a corrupt or newer file as `repair` says. */
	private current(disk: Disk = this.inspect()): ProgressDoc {
		if (disk.kind === 'ok') return disk.doc;
		if (disk.kind === 'missing') return emptyDoc();
		if (disk.kind === 'newer') {
			if (!this.repair) throw new StoreError('newer', `format ${disk.version}`);
			// Never overwrite what a newer version wrote.
			if (!this.readOnly) this.pending.push({kind: 'newer', version: disk.version});
			this.readOnly = true;
			return emptyDoc();
		}
		if (!this.repair) throw new StoreError('corrupt', disk.reason);
		const copy = quarantine(this.path, this.now());
		if (!this.told.has(copy)) {
			this.told.add(copy);
			const best = bestBackup(listBackups(this.path));
			this.pending.push({
				kind: 'corrupt',
				copy,
				...(best ? {backup: best.file, backupAt: best.at.getTime(), answers: answersOf(best) ?? 0} : {}),
			});
		}
		return emptyDoc();
	}

	private write(doc: ProgressDoc, fileIsProgress: boolean): void {
		let target = this.path;
		const link = this.linkTarget();
		if (link !== undefined) {
			// Through a link only to a progress document: never over another program's file.
			if (!fileIsProgress) throw new StoreError('link', `${this.path} links to ${link}`);
			target = link;
		}
		this.options.beforeWrite?.();
		const text = progressJson(doc);
		writeFileAtomic(target, text);
		this.last = {id: identity(this.path) ?? '', doc};
		if (++this.saves % BACKUP_EVERY === 0) backupBytes(this.path, Buffer.from(text), answerCount(doc), 'periodic', this.now());
	}

	private synced(doc: ProgressDoc): Synced {
		const notices = this.pending;
		this.pending = [];
		return {doc, notices};
	}
}

/** conf merges what it reads into an object; anything else must not pass as an empty document. */
function asObject(value: unknown): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SyntaxError('not a JSON object');
	return value as Record<string, unknown>;
}
