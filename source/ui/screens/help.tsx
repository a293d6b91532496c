import {Box, Text} from 'ink';
import {truncate, width, wrap} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import type {HelpNote} from '../hooks/use-help-notes.js';
import {type ScreenName, SCREEN_KEYS, hintKeys} from '../keys.js';
import {glyphs, theme} from '../theme.js';

/** Screens that show progress figures: their overlay also says what the figures mean. */
const EXPLAINED: ScreenName[] = ['home', 'chapter', 'stats'];

/** The key overlay (`?`), printed from the key table for the screen beneath. */
export function Help({
	screen,
	columns,
	height = 1000,
	note,
}: {
	screen: ScreenName;
	columns: number;
	height?: number;
	note?: HelpNote | undefined;
}) {
	const {m} = useI18n();
	// Every screen has an entry; an unknown name still shows the keys every screen shares.
	const rows = (SCREEN_KEYS[screen] ?? SCREEN_KEYS.message).map((h) => [hintKeys(h), m.keys[h.label]] as const);
	const keyWidth = Math.max(...rows.map(([k]) => width(k)));
	// Borders, title, a blank line and the closing line take five rows; the explanation shows only whole.
	const explained = EXPLAINED.includes(screen) ? wrap(m.progressHelp, Math.min(columns, 50) - 4) : [];
	const explanation = explained.length + 1 <= height - rows.length - 4 ? explained : [];
	// A screen's own note (a simulation's legend): beside the keys where there is room, else below them.
	const side = columns - Math.min(columns, 50) - 1;
	const beside = note !== undefined && side >= 24;
	const noteWidth = beside ? Math.min(side, 60) - 4 : Math.min(columns, 50) - 4;
	const noteRoom = beside ? height - 4 : height - rows.length - explanation.length - (explanation.length > 0 ? 1 : 0) - 7;
	const noteLines = note ? note.lines.flatMap((l) => wrap(l, noteWidth)) : [];
	const shownNote = noteLines.length <= noteRoom ? noteLines : [...noteLines.slice(0, Math.max(0, noteRoom - 1)), '…'];
	const noteBlock =
		note && noteRoom >= 2 ? (
			<>
				<Text bold>{truncate(note.title, noteWidth)}</Text>
				{shownNote.map((line, i) => (
					<Text key={`n${i}`} color={theme.muted}>
						{line}
					</Text>
				))}
			</>
		) : null;
	const keysBox = (
		<Box flexDirection="column" borderStyle={glyphs.border} borderColor={theme.accent} paddingX={1} width={Math.min(columns, 50)}>
			<Text bold color={theme.accent}>
				{m.help}
			</Text>
			{rows.map(([keys, label]) => (
				<Text key={keys}>
					<Text bold>{keys + ' '.repeat(keyWidth - width(keys))}</Text>
					{`  ${truncate(label, Math.min(columns, 50) - keyWidth - 6)}`}
				</Text>
			))}
			{explanation.length > 0 ? <Text> </Text> : null}
			{explanation.map((line, i) => (
				<Text key={`x${i}`}>{line}</Text>
			))}
			{noteBlock && !beside ? <Text> </Text> : null}
			{beside ? null : noteBlock}
			<Text color={theme.muted}>{m.helpClose}</Text>
		</Box>
	);
	if (!beside || !noteBlock) return keysBox;
	return (
		<Box flexDirection="row" alignItems="flex-start">
			{keysBox}
			<Box flexDirection="column" borderStyle={glyphs.border} borderColor={theme.muted} paddingX={1} marginLeft={1} width={noteWidth + 4}>
				{noteBlock}
			</Box>
		</Box>
	);
}
