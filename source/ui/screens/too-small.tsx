import {Text} from 'ink';
import {wrap} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {MIN_COLUMNS, MIN_ROWS, theme} from '../theme.js';

/** Shown instead of a screen that would not fit. */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	const {m} = useI18n();
	const lines = wrap(m.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS), Math.max(10, columns - 1)).slice(0, Math.max(1, rows - 1));
	return <Text color={theme.warn}>{lines.join('\n')}</Text>;
}
