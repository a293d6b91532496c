import {mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';
import {parseProgress} from './progress-text.js';

export const KEEP_BACKUPS = 10;

/** One copy in `backups/`: `progress-STAMP-REASON-ANSWERS.json` (older copies lack ANSWERS). */
export type Backup = {file: string; name: string; at: Date; reason: string; answers: number | undefined};

const NAME = /^progress-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-([a-z]+)(?:-(\d+))?\.json$/;

export const backupDir = (progressFile: string): string => path.join(path.dirname(progressFile), 'backups');

const stampOf = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

function dateOf(stamp: string): Date {
	const [day, time] = stamp.split('T') as [string, string];
	const [h, m, s, ms] = time.replace('Z', '').split('-');
	return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/** The backups beside a progress file, newest first. */
export function listBackups(progressFile: string): Backup[] {
	const dir = backupDir(progressFile);
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const out: Backup[] = [];
	for (const name of names) {
		const match = NAME.exec(name);
		if (!match) continue;
		const [, stamp, reason, answers] = match as unknown as [string, string, string, string | undefined];
		out.push({file: path.join(dir, name), name, at: dateOf(stamp), reason, answers: answers === undefined ? undefined : Number(answers)});
	}
	return out.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
}

/** How many answers a backup holds: from its name, else by reading it (undefined: not a good backup). */
export function answersOf(backup: Backup): number | undefined {
	if (backup.answers !== undefined) return backup.answers;
	try {
		const outcome = parseProgress(readFileSync(backup.file));
		return outcome.kind === 'ok' ? Object.keys(outcome.doc.answers).length : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The backup that holds the good state: among readable backups, the newest of
 * those with the most answers (answers are never deleted, only reset past, so
 * fewer answers than an older copy means something was lost in between).
 */
export function bestBackup(backups: Backup[]): Backup | undefined {
	let best: Backup | undefined;
	let most = -1;
	for (const b of backups) {
		const n = answersOf(b);
		if (n !== undefined && n > most) {
			best = b;
			most = n;
		}
	}
	return best;
}

function sameBytes(file: string, bytes: Buffer): boolean {
	try {
		return statSync(file).size === bytes.length && readFileSync(file).equals(bytes);
	} catch {
		return false;
	}
}

/**
 * Copies a good progress file (its bytes, already read and validated by the
 * caller, holding `answers` answers) into `backups/`, written atomically.
 * A copy identical to the newest backup is not made again. Keeps the newest
 * KEEP_BACKUPS of each reason, but never the newest backup nor the one holding
 * the good state (bestBackup). Returns the backup's path.
 */
export function backupBytes(progressFile: string, bytes: Buffer, answers: number, reason: string, now: Date): string {
	const dir = backupDir(progressFile);
	mkdirSync(dir, {recursive: true});
	const newest = listBackups(progressFile)[0];
	if (newest && sameBytes(newest.file, bytes)) return newest.file;
	const copy = path.join(dir, `progress-${stampOf(now)}-${reason}-${answers}.json`);
	writeFileAtomic(copy, bytes);
	const all = listBackups(progressFile);
	const keep = new Set([all[0]?.file, bestBackup(all)?.file]);
	const same = all.filter((b) => b.reason === reason);
	for (const old of same.slice(KEEP_BACKUPS)) if (!keep.has(old.file)) rmSync(old.file, {force: true});
	return copy;
}
