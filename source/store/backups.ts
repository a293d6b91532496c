import {copyFileSync, existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';

export const KEEP_BACKUPS = 10;

/**
 * Copies the progress file into `backups/` beside it, named by time and
 * reason, and keeps the newest KEEP_BACKUPS of each reason (so many starts
 * never push out the copy made before a reset). Returns the copy's path, or
 * undefined when there is nothing to back up yet.
 */
export function backupFile(file: string, reason: string, now: Date): string | undefined {
	if (!existsSync(file)) return undefined;
	const dir = path.join(path.dirname(file), 'backups');
	mkdirSync(dir, {recursive: true});
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	const copy = path.join(dir, `progress-${stamp}-${reason}.json`);
	copyFileSync(file, copy);
	const all = readdirSync(dir)
		.filter((name) => name.startsWith('progress-') && name.endsWith(`-${reason}.json`))
		.sort();
	for (const old of all.slice(0, Math.max(0, all.length - KEEP_BACKUPS))) rmSync(path.join(dir, old), {force: true});
	return copy;
}
