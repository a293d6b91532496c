import {closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats, statSync} from 'node:fs';
import path from 'node:path';

/** The largest lesson pack read; the biggest shipped one is under 60 KB. */
export const MAX_PACK_BYTES = 1024 * 1024;

const PACK_FILE = /\.ya?ml$/;

export type ReadResult = {text: string; error?: undefined} | {text?: undefined; error: string};

/**
 * The pack files of a directory (or a single file), in name order. Every
 * entry named *.yaml is listed, whatever it is, so that a FIFO or a device
 * behind such a name is reported rather than silently passed over.
 */
export function packFiles(target: string): string[] {
	if (!statSync(target).isDirectory()) return [target];
	return readdirSync(target)
		.filter((name) => PACK_FILE.test(name))
		.sort()
		.map((name) => path.join(target, name));
}

/**
 * Reads one pack as UTF-8 text, treating the file as untrusted: only a
 * regular file (a symlink counts only if it leads to one) of at most
 * MAX_PACK_BYTES is read, so a FIFO cannot block and /dev/zero cannot fill
 * memory. The type is checked before opening and again on the open file
 * (opened non-blocking, in case it was swapped in between).
 */
export function readPackFile(file: string): ReadResult {
	let info: Stats;
	try {
		info = lstatSync(file);
		if (info.isSymbolicLink()) info = statSync(file);
	} catch (error) {
		return {error: `cannot read: ${reason(error)}`};
	}
	const refused = refuse(info);
	if (refused) return {error: refused};
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
	} catch (error) {
		return {error: `cannot read: ${reason(error)}`};
	}
	try {
		const opened = refuse(fstatSync(fd));
		if (opened) return {error: opened};
		// One byte over the cap tells a file that grew since fstat.
		const buffer = Buffer.alloc(Math.min(info.size, MAX_PACK_BYTES) + 1);
		let length = 0;
		for (;;) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
			if (length === buffer.length) {
				if (length > MAX_PACK_BYTES) return {error: tooBig(length, true)};
				break;
			}
		}
		try {
			// Strict UTF-8; a byte-order mark is dropped.
			return {text: new TextDecoder('utf-8', {fatal: true}).decode(buffer.subarray(0, length))};
		} catch {
			return {error: 'is not UTF-8 text'};
		}
	} catch (error) {
		return {error: `cannot read: ${reason(error)}`};
	} finally {
		closeSync(fd);
	}
}

function refuse(info: Stats): string | undefined {
	if (!info.isFile()) return `is ${kindOf(info)}, not a regular file: a lesson pack must be a plain YAML file`;
	if (info.size > MAX_PACK_BYTES) return tooBig(info.size);
	return undefined;
}

function tooBig(bytes: number, atLeast = false): string {
	const mb = (n: number) => `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
	return `is too big (${atLeast ? 'over ' : ''}${mb(bytes)}); a lesson pack may be at most ${mb(MAX_PACK_BYTES)}`;
}

function kindOf(info: Stats): string {
	if (info.isDirectory()) return 'a directory';
	if (info.isFIFO()) return 'a FIFO (named pipe)';
	if (info.isCharacterDevice()) return 'a character device';
	if (info.isBlockDevice()) return 'a block device';
	if (info.isSocket()) return 'a socket';
	return 'not a file';
}

function reason(error: unknown): string {
	const {code, message} = error as NodeJS.ErrnoException;
	// The code and its plain words, without the path Node appends (the file is already named).
	return code ? `${code}${message.includes(': ') ? ` (${message.split(': ')[1]?.split(',')[0]})` : ''}` : String(message);
}
