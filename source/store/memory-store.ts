import {emptyDoc, merge, type ProgressDoc} from '../progress/progress-doc.js';
import type {Synced, ProgressStore, StoreNotice} from './progress-store.js';

/** An in-memory store for screen tests; `saves` counts writes. */
export class MemoryStore implements ProgressStore {
	readonly path = '(memory)';
	saves = 0;
	constructor(
		public doc: ProgressDoc = emptyDoc(),
		private readonly notices: StoreNotice[] = [],
	) {}

	open(): Synced {
		return {doc: this.doc, notices: this.notices};
	}

	backups: string[] = [];

	backup(reason: string): string {
		this.backups.push(reason);
		return `(memory backup ${this.backups.length})`;
	}

	save(doc: ProgressDoc): Synced {
		this.saves++;
		this.doc = merge(this.doc, doc);
		return {doc: this.doc, notices: []};
	}
}
