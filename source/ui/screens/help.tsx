import {Box, Text} from 'ink';
import {truncate, width} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {type ScreenName, SCREEN_KEYS, hintKeys} from '../keys.js';
import {theme} from '../theme.js';

/** The key overlay (`?`), printed from the key table for the screen beneath. */
export function Help({screen, columns}: {screen: ScreenName; columns: number}) {
	const {m} = useI18n();
	const rows = SCREEN_KEYS[screen].map((h) => [hintKeys(h), m.keys[h.label]] as const);
	const keyWidth = Math.max(...rows.map(([k]) => width(k)));
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
			<Text color={theme.muted}>{m.helpClose}</Text>
		</Box>
	);
}
