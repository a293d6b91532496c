import {Box, Text} from 'ink';
import type {Messages} from '../../content/messages.js';
import {wrap} from '../../content/text.js';
import type {StoreNotice} from '../../store/progress-store.js';
import type {StoreError} from '../progress-context.js';
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
		...notices.map((n) => (n.kind === 'corrupt' ? m.corruptNotice(n.copy) : m.newerNotice(n.version))),
		...(warnings > 0 ? [m.packWarning(warnings)] : []),
	].flatMap((text) => wrap(text, columns).map((line) => ({text: line, color: theme.warn})));
	const error = storeError
		? wrap((storeError.kind === 'open' ? m.openFailed : m.saveFailed)(storeError.reason), columns)
				.slice(0, 3)
				.map((text) => ({text, color: theme.error}))
		: [];
	const info = extra.flatMap((text) => wrap(text, columns).map((line) => ({text: line, color: theme.accent})));
	const dismiss = warn.length > 0 ? [{text: `(${m.dismiss})`, color: theme.muted}] : [];
	return [...info, ...warn, ...error, ...dismiss];
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
