import {Text} from 'ink';
import {truncate, width} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {type ScreenName, SCREEN_KEYS, showKeys} from '../keys.js';
import {theme} from '../theme.js';

const SEPARATOR = ' · ';

/**
 * Fits hints on one line: earlier hints come first; a hint that does not fit
 * is left out whole (never cut mid-word), and the help hint, which lists them
 * all, is kept when there is room for it.
 */
export function fitHints(hints: {text: string; help: boolean}[], columns: number): string {
	const help = hints.find((h) => h.help);
	const others = hints.filter((h) => !h.help);
	const room = help && width(help.text) <= columns ? columns - width(help.text) - width(SEPARATOR) : columns;
	const kept: string[] = [];
	let used = 0;
	for (const h of others) {
		const cost = width(h.text) + (kept.length > 0 ? width(SEPARATOR) : 0);
		if (used + cost > room) continue;
		kept.push(h.text);
		used += cost;
	}
	const line = [...kept, ...(help && width(help.text) <= columns ? [help.text] : [])];
	// Shown in the table's order, the help hint where the table puts it.
	const order = hints.map((h) => h.text).filter((t) => line.includes(t));
	return truncate(order.join(SEPARATOR), columns);
}

/** The one-line key reminder at the foot of a screen, from the key table. */
export function KeyHelp({screen, columns}: {screen: ScreenName; columns: number}) {
	const {m} = useI18n();
	const hints = SCREEN_KEYS[screen].map((h) => ({text: `${showKeys(h.actions)} ${m.keys[h.label]}`, help: h.label === 'help'}));
	return <Text color={theme.muted}>{fitHints(hints, columns)}</Text>;
}
