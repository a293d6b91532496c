import {Box, Text} from 'ink';
import type {Messages} from '../../content/messages.js';
import {wrap} from '../../content/text.js';
import type {StoreNotice} from '../../store/progress-store.js';
import type {StoreError} from '../progress-context.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {theme} from '../theme.js';

export type NoticeLine = {text: string; color: string};

type Input = {notices: StoreNotice[]; warnings: number; storeError: StoreError | undefined; extra?: string[]};

/**
 * The lines that tell the learner about their data (a file copied aside, a
 * newer version's file, skipped packs, a store that fails), wrapped to fit.
 * The map makes room for exactly these.
 */
export function noticeLines(m: Messages, {notices, warnings, storeError, extra = []}: Input, columns: number): NoticeLine[] {
	const warn = [
		...notices.flatMap((n) =>
			n.kind === 'corrupt'
				? // One paragraph: the backup's line then shares the copy's last line.
					[
						[
							m.corruptNotice(sanitizeLine(n.copy, 400)),
							...(n.backupAt !== undefined ? [m.goodBackup(dateTime(n.backupAt), n.answers ?? 0)] : []),
						].join(' '),
					]
				: n.kind === 'newer'
					? [m.newerNotice(n.version)]
					: [m.readOnlyNotice(sanitizeLine(n.reason, 200))],
		),
		...(warnings > 0 ? [m.packWarning(warnings)] : []),
	].flatMap((text) => wrap(text, columns).map((line) => ({text: line, color: theme.warn})));
	const error = storeError ? storeErrorLines(m, storeError, columns) : [];
	const info = extra.flatMap((text) => wrap(text, columns).map((line) => ({text: line, color: theme.accent})));
	const dismiss = warn.length > 0 ? [{text: `(${m.dismiss})`, color: theme.muted}] : [];
	return [...info, ...warn, ...error, ...dismiss];
}

/** A failed save or open (three lines at most), or the small notice while another sd-trainer saves. */
export function storeErrorLines(m: Messages, storeError: StoreError, columns: number): NoticeLine[] {
	if (storeError.cause === 'busy') return [{text: m.waitingForOther, color: theme.muted}];
	const text =
		storeError.kind === 'save' && storeError.cause && storeError.safeAt !== undefined
			? m.saveFailedSafe(m.saveWhy[storeError.cause], clockTime(storeError.safeAt))
			: (storeError.kind === 'open' ? m.openFailed : m.saveFailed)(storeError.reason);
	return wrap(text, columns)
		.slice(0, 3)
		.map((line) => ({text: line, color: theme.error}));
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A date and time (local), as `sd-trainer restore` lists backups. */
const dateTime = (at: number) => {
	const d = new Date(at);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** A time of day (local), with the date when it is not today. */
function clockTime(at: number): string {
	const d = new Date(at);
	return d.toDateString() === new Date().toDateString() ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : dateTime(at);
}

export function Notices({lines}: {lines: NoticeLine[]}) {
	if (lines.length === 0) return null;
	return (
		<Box flexDirection="column" paddingX={1}>
			{lines.map((line, i) => (
				<Text key={i} color={line.color}>
					{line.text}
				</Text>
			))}
		</Box>
	);
}
