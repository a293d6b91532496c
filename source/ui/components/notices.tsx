import {Box, Text} from 'ink';
import {truncate, wrap} from '../../content/text.js';
import type {StoreNotice} from '../../store/progress-store.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {notices: StoreNotice[]; warnings: number; saveError: string | undefined; columns: number};

/** Messages about the learner's data, shown until the next key press. */
export function Notices({notices, warnings, saveError, columns}: Props) {
	const {m} = useI18n();
	const lines = [
		...notices.map((n) => (n.kind === 'corrupt' ? m.corruptNotice(n.copy) : m.newerNotice(n.version))),
		...(warnings > 0 ? [m.packWarning(warnings)] : []),
	];
	if (lines.length === 0 && !saveError) return null;
	return (
		<Box flexDirection="column">
			{lines.flatMap((text, i) =>
				wrap(text, columns).map((line, j) => (
					<Text key={`${i}-${j}`} color={theme.warn}>
						{line}
					</Text>
				)),
			)}
			{saveError ? <Text color={theme.error}>{truncate(m.saveFailed(saveError), columns)}</Text> : null}
			{lines.length > 0 ? <Text color={theme.muted}>({m.dismiss})</Text> : null}
		</Box>
	);
}
