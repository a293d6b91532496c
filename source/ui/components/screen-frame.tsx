import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {truncate, width} from '../../content/text.js';
import type {ScreenName} from '../keys.js';
import {theme} from '../theme.js';
import {KeyHelp} from './key-help.js';

type Props = {
	title: string;
	/** Right-aligned on the title line when the whole title still fits (a count, a position). */
	status?: string;
	/** Whose keys the footer lists. */
	screen: ScreenName;
	columns: number;
	rows: number;
	/** The body, given how many rows it may use and how wide it may be. */
	children: (body: {rows: number; columns: number}) => ReactNode;
};

/** Rows the frame itself takes: the title line, a blank line, a blank line and the key footer. */
export const FRAME_ROWS = 4;

/** The body's room inside the frame (what `children` is given), for a screen that lays out its lines first. */
export const frameBody = (columns: number, rows: number) => ({columns: columns - 2, rows: Math.max(1, rows - FRAME_ROWS)});

/**
 * The frame every screen shares: a title line (with an optional status on the
 * right), the body, and the key footer from the key table. The body is told its
 * row budget, so no screen does the arithmetic of the frame around it.
 */
export function ScreenFrame({title, status, screen, columns, rows, children}: Props) {
	const body = frameBody(columns, rows);
	const inner = body.columns;
	// The status gives way first: the title is never cut to make room for it.
	const right = status && width(title) + 2 + width(status) <= inner ? status : undefined;
	const left = truncate(title, right ? inner - width(right) - 2 : inner);
	const gap = right ? ' '.repeat(Math.max(2, inner - width(left) - width(right))) : '';
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text>
				<Text bold color={theme.accent}>
					{left}
				</Text>
				{right ? <Text color={theme.muted}>{gap + right}</Text> : null}
			</Text>
			<Text> </Text>
			{children(body)}
			<Text> </Text>
			<KeyHelp screen={screen} columns={inner} />
		</Box>
	);
}
