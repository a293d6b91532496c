import {Text} from 'ink';
import {truncate, width} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {hintKeys, type ScreenName, SCREEN_KEYS} from '../keys.js';
import {theme} from '../theme.js';

// The ways out stay on the line longest; other hints give way from the end, whole.
const KEEP = new Set(['back', 'cancel', 'help', 'quit']);

/** The one-line key reminder at the foot of a screen, from the key table; `?` lists them all. */
export function KeyHelp({screen, columns}: {screen: ScreenName; columns: number}) {
	const {m} = useI18n();
	const hints = SCREEN_KEYS[screen].map((h) => ({label: h.label, text: `${hintKeys(h)} ${m.keys[h.label]}`}));
	const line = () => hints.map((h) => h.text).join(' · ');
	while (width(line()) > columns) {
		const drop = hints.findLastIndex((h) => !KEEP.has(h.label));
		if (drop < 0) break;
		hints.splice(drop, 1);
	}
	return <Text color={theme.muted}>{truncate(line(), columns)}</Text>;
}
