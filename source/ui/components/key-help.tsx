import {Text} from 'ink';
import {truncate} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {type ScreenName, SCREEN_KEYS, showKeys} from '../keys.js';
import {theme} from '../theme.js';

/** The one-line key reminder at the foot of a screen, from the key table. */
export function KeyHelp({screen, columns}: {screen: ScreenName; columns: number}) {
	const {m} = useI18n();
	const line = SCREEN_KEYS[screen].map((h) => `${showKeys(h.actions)} ${m.keys[h.label]}`).join(' · ');
	return <Text color={theme.muted}>{truncate(line, columns)}</Text>;
}
