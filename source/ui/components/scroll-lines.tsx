import {Box, Text} from 'ink';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

export type Line = {text: string; color?: string | undefined; bold?: boolean};

type Props = {lines: Line[]; rows: number; offset: number};

/** A window of `rows` lines from `offset`, with a "more below" line when cut. */
export function ScrollLines({lines, rows, offset}: Props) {
	const {m} = useI18n();
	const start = Math.max(0, Math.min(offset, lines.length - rows));
	const shown = lines.slice(start, start + rows);
	const more = lines.length - start - shown.length;
	return (
		<Box flexDirection="column">
			{shown.map((line, i) => (
				<Text key={start + i} color={line.color} bold={line.bold}>
					{line.text || ' '}
				</Text>
			))}
			{more > 0 ? <Text color={theme.muted}>{m.more(more)}</Text> : null}
		</Box>
	);
}

/** The largest useful offset for `lines` in a window of `rows` (one row goes to the "more" line). */
export function maxOffset(lines: number, rows: number): number {
	return Math.max(0, lines - rows);
}
