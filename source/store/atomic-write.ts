import {randomBytes} from 'node:crypto';
import {closeSync, fstatSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import {alive} from './process-alive.js';
import {StoreError} from './store-error.js';

/** Temp files are hidden beside their target: `.NAME.tmp-PID-RANDOM`. */
const tempPrefix = (file: string) => `.${path.basename(file)}.tmp-`;

/**
 * Writes `text` (or bytes) to `file` so that the file holds either all of the old text or
 * all of the new, whatever happens: the bytes go to a temp file, every byte is
 * written (a short write is retried, and a write of 0 bytes is a full disk),
 * the file is fsynced and its size checked, and only then renamed over the old
 * one; the directory is fsynced so the rename survives a power cut. On any
 * failure the temp file is removed, the old file stays, and a StoreError says why.
 */
export function writeFileAtomic(file: string, text: string | Buffer): void {
	const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
	const dir = path.dirname(file);
	const temp = path.join(dir, `${tempPrefix(file)}${process.pid}-${randomBytes(4).toString('hex')}`);
	let fd: number | undefined;
	try {
		fd = openSync(temp, 'wx', 0o600);
		let done = 0;
		while (done < bytes.length) {
			const wrote = writeSync(fd, bytes, done, bytes.length - done);
			if (wrote <= 0) throw Object.assign(new Error('short write'), {code: 'ENOSPC'});
			done += wrote;
		}
		fsyncSync(fd);
		const size = fstatSync(fd).size;
		if (size !== bytes.length) throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), {code: 'ENOSPC'});
		closeSync(fd);
		fd = undefined;
		renameSync(temp, file);
	} catch (error) {
		if (fd !== undefined) {
			try {
				closeSync(fd);
			} catch {}
		}
		try {
			unlinkSync(temp);
		} catch {}
		throw StoreError.from(error, file);
	}
	syncDir(dir);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function syncDir(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some file systems cannot fsync a directory; the rename is done either way.
	}
}

/**
 * Removes temp files a killed writer left beside `file` (ours, and those of
 * the older writer, `NAME.tmp-…`, and lock drafts of dead processes). Call it only while holding the file's lock:
 * then no live writer is using one.
 */
export function cleanTempFiles(file: string): void {
	const dir = path.dirname(file);
	const ours = tempPrefix(file);
	const older = `${path.basename(file)}.tmp-`;
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	const draft = new RegExp(`^${escapeRegExp(path.basename(file))}\\.lock\\.(?:(\\d+)-[0-9a-f]+|stale-[0-9a-f]+)$`);
	for (const name of names) {
		const lockDraft = draft.exec(name);
		// A lock draft of a live waiter is in use; one of a dead process is not.
		if (lockDraft ? lockDraft[1] !== undefined && alive(Number(lockDraft[1])) : !name.startsWith(ours) && !name.startsWith(older)) continue;
		try {
			unlinkSync(path.join(dir, name));
		} catch {}
	}
}
