import {Box, Text} from 'ink';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';

type Props = {
	lines: Line[];
	rows: number;
	/** The first and last line that must stay in view (the item under the cursor)… */
	focus?: [number, number];
	/** …or the first line to show, for text scrolled line by line. */
	offset?: number;
};

/** Which lines of `total` show in `rows`, keeping `focus` in view; a row each for "more above/below" when cut. */
export function windowOf(total: number, rows: number, focus: [number, number]): {start: number; end: number} {
	if (total <= rows) return {start: 0, end: total};
	const room = Math.max(1, rows - 2);
	const [first, last] = focus;
	// From the top while the focused item fits there (hints and rules stay in view); further down,
	// the focused item a third of the way down, so what comes next shows too (its end, if it is taller than the window).
	let start = last < room ? 0 : Math.max(last - room + 1, first - Math.floor(room / 3));
	start = Math.max(0, Math.min(start, total - room));
	return {start, end: Math.min(total, start + room)};
}

/** The largest useful `offset` for `total` lines in `rows`. */
export const maxStart = (total: number, rows: number) => (total <= rows ? 0 : total - Math.max(1, rows - 2));

/** Lines in a window of `rows` that follows the cursor (or an offset), with "more above/below" rows when cut. */
export function WindowLines({lines, rows, focus, offset}: Props) {
	const {m} = useI18n();
	const at = Math.min(offset ?? 0, maxStart(lines.length, rows));
	const {start, end} = windowOf(lines.length, rows, focus ?? [at, at + Math.max(1, rows - 2) - 1]);
	const cut = lines.length > rows;
	return (
		<Box flexDirection="column">
			{cut ? <Text color={theme.muted}>{start > 0 ? m.moreAbove(start) : ' '}</Text> : null}
			{lines.slice(start, end).map((line, i) => (
				<Text key={start + i} color={line.color} bold={line.bold} wrap="truncate">
					{line.text || ' '}
				</Text>
			))}
			{cut ? <Text color={theme.muted}>{end < lines.length ? m.more(lines.length - end) : ' '}</Text> : null}
		</Box>
	);
}
