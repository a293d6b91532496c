import type {Key} from 'ink';
import type {Messages} from '../content/messages.js';

/**
 * The one key table: input handlers look actions up here, and the help line
 * and help overlay are printed from it, so they cannot disagree.
 */
export const KEYS = {
	up: {show: '↑/k', match: (input: string, key: Key) => key.upArrow || input === 'k'},
	down: {show: '↓/j', match: (input: string, key: Key) => key.downArrow || input === 'j'},
	prev: {show: '←/h', match: (input: string, key: Key) => key.leftArrow || input === 'h'},
	next: {show: '→/l', match: (input: string, key: Key) => key.rightArrow || input === 'l'},
	open: {show: 'Enter', match: (_: string, key: Key) => key.return},
	back: {show: 'Esc', match: (_: string, key: Key) => key.escape},
	known: {show: 'Space', match: (input: string) => input === ' '},
	settings: {show: 's', match: (input: string) => input === 's'},
	help: {show: '?', match: (input: string) => input === '?'},
	quit: {show: 'q', match: (input: string) => input === 'q'},
} as const;

export type Action = keyof typeof KEYS;

export function actionOf(input: string, key: Key): Action | undefined {
	return (Object.keys(KEYS) as Action[]).find((a) => KEYS[a].match(input, key));
}

const NO_KEY = {} as Key;
const RETURN = {return: true} as Key;

/**
 * Every action in one chunk of input. Ink hands over keys typed faster than a
 * frame (or pasted) as one string such as " l"; each character counts.
 */
export function actionsOf(input: string, key: Key): Action[] {
	const whole = actionOf(input, key);
	if (whole || [...input].length <= 1) return whole ? [whole] : [];
	return [...input].map((ch) => actionOf(ch, ch === '\r' ? RETURN : NO_KEY)).filter((a) => a !== undefined);
}

export type ScreenName = 'home' | 'chapter' | 'cards' | 'settings';

type Hint = {actions: Action[]; label: keyof Messages['keys']};

/** What each screen answers to, in the order the help line lists it. */
export const SCREEN_KEYS: Record<ScreenName, Hint[]> = {
	home: [
		{actions: ['up', 'down'], label: 'move'},
		{actions: ['open'], label: 'open'},
		{actions: ['settings'], label: 'settings'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	chapter: [
		{actions: ['up', 'down'], label: 'move'},
		{actions: ['open'], label: 'open'},
		{actions: ['back'], label: 'back'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	cards: [
		{actions: ['prev', 'next'], label: 'page'},
		{actions: ['known'], label: 'known'},
		{actions: ['up', 'down'], label: 'scroll'},
		{actions: ['back'], label: 'back'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	settings: [
		{actions: ['up', 'down'], label: 'move'},
		{actions: ['open'], label: 'open'},
		{actions: ['back'], label: 'back'},
		{actions: ['quit'], label: 'quit'},
	],
};

/** "↑/k ↓/j" for a hint's keys; arrows merged where both directions are listed. */
export function showKeys(actions: Action[]): string {
	if (actions.join() === 'up,down') return '↑↓/jk';
	if (actions.join() === 'prev,next') return '←→/hl';
	return actions.map((a) => KEYS[a].show).join(' ');
}
