import {Box, Text} from 'ink';
import {truncate, width, wrap} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {type ScreenName, SCREEN_KEYS, hintKeys} from '../keys.js';
import {theme} from '../theme.js';

/** Screens that show progress figures: their overlay also says what the figures mean. */
const EXPLAINED: ScreenName[] = ['home', 'chapter', 'stats'];

/** The key overlay (`?`), printed from the key table for the screen beneath. */
export function Help({screen, columns, height = 1000}: {screen: ScreenName; columns: number; height?: number}) {
	const {m} = useI18n();
	const rows = SCREEN_KEYS[screen].map((h) => [hintKeys(h), m.keys[h.label]] as const);
	const keyWidth = Math.max(...rows.map(([k]) => width(k)));
	// Borders, title, a blank line and the closing line take five rows; the explanation shows only whole.
	const explained = EXPLAINED.includes(screen) ? wrap(m.progressHelp, Math.min(columns, 50) - 4) : [];
	const explanation = explained.length + 1 <= height - rows.length - 4 ? explained : [];
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1} width={Math.min(columns, 50)}>
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
			<Text color={theme.muted}>{m.helpClose}</Text>
		</Box>
	);
}
