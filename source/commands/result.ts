import type {Disk} from '../store/conf-store.js';
import {StoreError} from '../store/store-error.js';
import {sanitizeLine} from '../text/sanitize.js';

/** What every command returns: its exit code and the lines for stdout and stderr. */
export type CommandResult = {code: number; out: string[]; err: string[]};

export const ok = (out: string[], err: string[] = []): CommandResult => ({code: 0, out, err});
export const fail = (code: number, err: string): CommandResult => ({code, out: [], err: [err]});

/** A path or other outside text, safe to print. */
export const shown = (text: string): string => sanitizeLine(text, 400);

const RESTORE_HINT = 'Run `sd-trainer restore` to list the backups and bring one back.';

/** Why a command cannot use the progress file as it is, or undefined when it can. */
export function diskProblem(file: string, disk: Disk, link: string | undefined): string | undefined {
	if (disk.kind === 'ok' || disk.kind === 'missing') return undefined;
	if (link !== undefined && disk.kind === 'corrupt') return linkProblem(file, link);
	if (disk.kind === 'newer')
		return `sd-trainer: ${shown(file)} was written by a newer sd-trainer (format ${disk.version}); update sd-trainer to use it. Nothing was changed.`;
	return `sd-trainer: ${shown(file)} cannot be read: not a valid progress file (${shown(disk.reason)}). Nothing was changed. ${RESTORE_HINT}`;
}

const linkProblem = (file: string, link: string) =>
	`sd-trainer: ${shown(file)} links to ${shown(link)}, which is not a progress file; sd-trainer will not write through the link.`;

/** A failure of the store as one clear line (exit code 1). */
export function storeFailure(file: string, error: unknown, link?: string): CommandResult {
	if (!(error instanceof StoreError)) {
		return fail(1, `sd-trainer: ${shown(file)}: ${shown((error as Error).message)}`);
	}
	const where = shown(file);
	switch (error.kind) {
		case 'disk-full':
		case 'not-writable':
		case 'other':
			return fail(1, `sd-trainer: could not save ${where}: ${error.message}. Nothing was changed; your progress is as it was.`);
		case 'busy':
			return fail(1, `sd-trainer: ${error.message}; try again when it has finished.`);
		case 'link':
			return fail(1, linkProblem(file, link ?? '?'));
		case 'newer':
			return fail(1, `sd-trainer: ${where} was written by a newer sd-trainer (${error.detail}); update sd-trainer to use it.`);
		case 'corrupt':
			return fail(1, `sd-trainer: ${where} cannot be read: not a valid progress file (${error.detail}). ${RESTORE_HINT}`);
		case 'unreadable':
			return fail(1, `sd-trainer: ${where} cannot be read (${error.detail}).`);
	}
}
