import {readFileSync} from 'node:fs';
import path from 'node:path';
import {answersOf, type Backup, listBackups} from '../store/backups.js';
import type {ConfStore} from '../store/conf-store.js';
import {parseProgress} from '../store/progress-text.js';
import {type CommandResult, fail, ok, shown, storeFailure} from './result.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** A backup's date in local time, to the minute. */
const when = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

function listing(backups: Backup[]): string[] {
	if (backups.length === 0) return ['There are no backups yet.'];
	return [
		'Backups, newest first (restore one with: sd-trainer restore N, or give its file):',
		...backups.map((b, i) => {
			const answers = answersOf(b);
			const count = answers === undefined ? 'unreadable' : `${answers} answers`;
			return `${String(i + 1).padStart(3)}  ${when(b.at)}  ${count.padStart(13)}  ${b.reason.padEnd(8)}  ${shown(b.name)}`;
		}),
	];
}

/** A backup by its number in the list, its name, or a path. */
function pick(backups: Backup[], which: string): string {
	if (/^\d+$/.test(which)) return backups[Number(which) - 1]?.file ?? '';
	return backups.find((b) => b.name === which)?.file ?? path.resolve(which);
}

/**
 * `sd-trainer restore [N|FILE]`: lists the backups with their dates and answer
 * counts, or brings one back. The current file is kept first: backed up if it
 * is good, copied aside if it cannot be read. A newer version's file is never replaced.
 */
export function restoreCommand(store: ConfStore, which: string | undefined): CommandResult {
	const backups = listBackups(store.path);
	if (which === undefined) return ok(listing(backups));
	const file = pick(backups, which);
	if (file === '') return fail(2, `sd-trainer: there is no backup ${shown(which)}; run sd-trainer restore to list them`);
	let parsed: ReturnType<typeof parseProgress>;
	try {
		parsed = parseProgress(readFileSync(file));
	} catch (error) {
		return fail(1, `sd-trainer: cannot read ${shown(file)}: ${shown((error as Error).message)}`);
	}
	if (parsed.kind !== 'ok') return fail(1, `sd-trainer: ${shown(file)} is not a progress file this sd-trainer can restore`);
	const doc = parsed.doc;
	try {
		const before = store.backup('restore');
		store.replace(doc);
		const kept = before
			? [`the progress before is kept in ${shown(before)}`, `(to add it back on top: sd-trainer import ${shown(before)})`]
			: [];
		return ok([`restored ${Object.keys(doc.answers).length} answers from ${shown(file)}`, ...kept]);
	} catch (error) {
		return storeFailure(store.path, error, store.linkTarget());
	}
}
