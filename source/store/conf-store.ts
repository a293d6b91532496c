import {copyFileSync, existsSync, unlinkSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {backupFile} from './backups.js';
import {withFileLock} from './file-lock.js';
import {dataHome, PROGRESS_FILE} from './home.js';
import {emptyDoc, merge, type ProgressDoc} from '../progress/progress-doc.js';
import {readDoc} from '../progress/progress-schema.js';
import type {ProgressStore, StoreNotice, Synced} from './progress-store.js';

type Options = {home?: string | undefined; now?: () => Date};

/** A rotating backup every this many saves, besides those at start, reset and import. */
const BACKUP_EVERY = 100;

/**
 * Progress in a JSON file managed by conf (atomic writes: a crash mid-save
 * leaves the old file or the new one, never half of each). The only module
 * that imports conf.
 */
export class ConfStore implements ProgressStore {
	private readonly conf: Conf<Record<string, unknown>>;
	private readOnly = false;
	private readonly now: () => Date;
	private pending: StoreNotice[] = [];
	private saves = 0;

	constructor(options: Options = {}) {
		this.now = options.now ?? (() => new Date());
		const cwd = options.home ?? dataHome();
		const settings = {projectName: 'sd-trainer', cwd, configName: PROGRESS_FILE.replace(/\.json$/, '')};
		try {
			this.conf = new Conf(settings);
		} catch (error) {
			// conf reads the file when constructed and throws on broken JSON.
			const file = path.join(cwd, PROGRESS_FILE);
			if (!existsSync(file)) throw error;
			this.pending.push(this.quarantine(file));
			unlinkSync(file);
			this.conf = new Conf(settings);
			this.conf.store = emptyDoc();
		}
	}

	get path(): string {
		return this.conf.path;
	}

	open(): Synced {
		return this.synced(withFileLock(this.lockPath, () => this.readDisk()));
	}

	save(doc: ProgressDoc): Synced {
		if (this.readOnly) return this.synced(doc);
		return this.synced(
			withFileLock(this.lockPath, () => {
				const merged = merge(this.readDisk(), doc);
				if (this.readOnly) return doc;
				this.conf.store = merged;
				if (++this.saves % BACKUP_EVERY === 0) backupFile(this.conf.path, 'periodic', this.now());
				return merged;
			}),
		);
	}

	backup(reason: string): string | undefined {
		if (this.readOnly) return undefined;
		return withFileLock(this.lockPath, () => backupFile(this.conf.path, reason, this.now()));
	}

	private synced(doc: ProgressDoc): Synced {
		const notices = this.pending;
		this.pending = [];
		return {doc, notices};
	}

	private get lockPath(): string {
		return `${this.conf.path}.lock`;
	}

	/** What is on disk now, as a current document; must run under the lock. */
	private readDisk(): ProgressDoc {
		let raw: unknown;
		try {
			raw = this.conf.store;
		} catch (error) {
			if (!(error instanceof SyntaxError)) throw error;
			return this.replaceCorrupt();
		}
		const outcome = readDoc(raw);
		if (outcome.kind === 'ok') return outcome.doc;
		if (outcome.kind === 'newer') {
			// Never overwrite what a newer version wrote.
			if (!this.readOnly) this.pending.push({kind: 'newer', version: outcome.version});
			this.readOnly = true;
			return emptyDoc();
		}
		return this.replaceCorrupt();
	}

	private replaceCorrupt(): ProgressDoc {
		this.pending.push(this.quarantine(this.conf.path));
		const fresh = emptyDoc();
		this.conf.store = fresh;
		return fresh;
	}

	private quarantine(path: string): StoreNotice {
		const stamp = this.now().toISOString().replace(/[:.]/g, '-');
		const copy = `${path}.corrupt-${stamp}`;
		copyFileSync(path, copy);
		return {kind: 'corrupt', copy};
	}
}
