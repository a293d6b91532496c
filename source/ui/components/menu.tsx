import {Box, Text} from 'ink';
import {useRef} from 'react';
import {truncate, wrap} from '../../content/text.js';
import {useKeys} from '../hooks/use-keys.js';
import {useRemembered} from '../hooks/use-remembered.js';
import type {ScreenName} from '../keys.js';
import {theme} from '../theme.js';

/** `detail`: one plain line on what the row does, shown under the menu while the row is highlighted. */
export type MenuItem<T> = {label: string; value: T; detail?: string};

/** Lines kept under a menu whose rows have details (the same for every row, so the menu does not jump). */
const DETAIL_LINES = 2;

type Props<T> = {
	items: MenuItem<T>[];
	onSelect: (value: T) => void;
	initialIndex?: number;
	columns: number;
	/** The screen whose keys these are (for the help overlay). */
	screen: ScreenName;
	/** Where the cursor is kept for the run, so the menu reopens where it was left. */
	remember?: string;
};

/**
 * A vertical menu: ↑↓ (or j/k) move, Enter or 1–9 choose. Its keys go
 * through the app's one key table, so keys typed faster than a frame, or
 * pasted, all count, in order.
 */
export function Menu<T>({items, onSelect, initialIndex = 0, columns, screen, remember}: Props<T>) {
	const [kept, setCursor] = useRemembered(remember, initialIndex);
	const cursor = Math.max(0, Math.min(kept, items.length - 1));
	const at = useRef(cursor);
	at.current = cursor;
	const move = (step: number) => {
		at.current = (at.current + step + items.length) % items.length;
		setCursor(at.current);
	};
	useKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			open: () => {
				const item = items[at.current];
				if (item) onSelect(item.value);
			},
			text: (input) => {
				const n = Number(input);
				const item = Number.isInteger(n) && n >= 1 ? items[n - 1] : undefined;
				if (!item) return;
				at.current = n - 1;
				setCursor(n - 1);
				onSelect(item.value);
			},
		},
		screen,
	);
	const details = items.some((item) => item.detail !== undefined);
	const detail = details ? wrap(items[cursor]?.detail ?? '', columns).slice(0, DETAIL_LINES) : [];
	return (
		<Box flexDirection="column">
			{items.map((item, i) => (
				<Text key={String(item.value)} color={i === cursor ? theme.accent : undefined}>
					{truncate(`${i === cursor ? theme.pointer : ' '} ${item.label}`, columns)}
				</Text>
			))}
			{details && <Text> </Text>}
			{details &&
				Array.from({length: DETAIL_LINES}, (_, i) => (
					<Text key={`detail-${i}`} color={theme.muted}>
						{detail[i] ?? ' '}
					</Text>
				))}
		</Box>
	);
}
