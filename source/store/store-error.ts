import {sanitizeLine} from '../text/sanitize.js';

/**
 * Why the progress file could not be read or written, in a few kinds a
 * learner can act on. `detail` is the system's own words, already sanitized.
 */
export type StoreErrorKind =
	| 'disk-full' // ENOSPC, EDQUOT, EFBIG or a short write: the old file stays
	| 'not-writable' // EACCES, EPERM, EROFS
	| 'busy' // another sd-trainer held the lock too long
	| 'link' // the progress file links to something that is not a progress file
	| 'unreadable' // the file exists but cannot be read
	| 'corrupt' // the file is not a valid progress document (detail: why)
	| 'newer' // written by a newer sd-trainer (detail: its format number)
	| 'other';

const KIND_OF_CODE: Record<string, StoreErrorKind> = {
	ENOSPC: 'disk-full',
	EDQUOT: 'disk-full',
	EFBIG: 'disk-full',
	EACCES: 'not-writable',
	EPERM: 'not-writable',
	EROFS: 'not-writable',
};

/** Plain words for each kind, in English (the command line speaks English). */
const WORDS: Record<StoreErrorKind, string> = {
	'disk-full': 'disk full',
	'not-writable': 'not writable',
	busy: 'another sd-trainer is saving',
	link: 'not a progress file',
	unreadable: 'cannot be read',
	corrupt: 'not a valid progress file',
	newer: 'written by a newer sd-trainer',
	other: 'failed',
};

export class StoreError extends Error {
	readonly kind: StoreErrorKind;
	readonly detail: string;

	constructor(kind: StoreErrorKind, detail: string) {
		const clean = sanitizeLine(detail);
		super(`${WORDS[kind]} (${clean})`);
		this.kind = kind;
		this.detail = clean;
	}

	/** Wraps an error from fs: its code picks the kind (reading, any failure is 'unreadable'). */
	static from(error: unknown, file: string, doing: 'read' | 'write' = 'write'): StoreError {
		if (error instanceof StoreError) return error;
		const code = (error as NodeJS.ErrnoException).code ?? '';
		const kind = doing === 'read' ? 'unreadable' : (KIND_OF_CODE[code] ?? 'other');
		// Node's own message names the path it failed on; EFBIG's ("file too large") is reworded.
		const what = code === 'EFBIG' ? `file too large for the space allowed: ${file}` : (error as Error).message;
		return new StoreError(kind, what);
	}
}
