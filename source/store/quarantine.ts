import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';

/**
 * Keeps an unreadable progress file aside as `NAME.corrupt-STAMP` before it
 * is replaced, once: if an identical copy is already there, that copy's path
 * is returned and nothing is written. Throws if the copy cannot be made (then
 * the caller must not replace the file).
 */
export function quarantine(file: string, now: Date): string {
	const bytes = readFileSync(file);
	const dir = path.dirname(file);
	const prefix = `${path.basename(file)}.corrupt-`;
	for (const name of readdirSync(dir)) {
		if (!name.startsWith(prefix)) continue;
		const other = path.join(dir, name);
		try {
			if (statSync(other).size === bytes.length && readFileSync(other).equals(bytes)) return other;
		} catch {}
	}
	const copy = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
	writeFileAtomic(copy, bytes);
	return copy;
}
