import type {Key} from 'ink';
import {type Hint, SCREEN_KEYS, type ScreenName} from './screen-keys.js';

export {SCREEN_KEYS, type ScreenName};

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
	toggle: {show: 'Space', match: (input: string) => input === ' '},
	erase: {show: 'Backspace', match: (_: string, key: Key) => key.backspace || key.delete},
	card: {show: 'c', match: (input: string, key: Key) => input === 'c' && !key.ctrl},
	undo: {show: 'u', match: (input: string) => input === 'u'},
	review: {show: 'r', match: (input: string) => input === 'r'},
	stats: {show: 't', match: (input: string) => input === 't'},
	settings: {show: 's', match: (input: string) => input === 's'},
	// After a remediation item: open the simulation that shows the misconception fail.
	remedySim: {show: 's', match: (input: string) => input === 's'},
	stepNext: {show: 'n', match: (input: string) => input === 'n'},
	stepBack: {show: 'b', match: (input: string) => input === 'b'},
	toEnd: {show: 'e', match: (input: string) => input === 'e'},
	// The map's exam entry (the map lists no toEnd, so e means this there).
	exam: {show: 'e', match: (input: string) => input === 'e'},
	restart: {show: 'x', match: (input: string) => input === 'x'},
	newSeed: {show: 'g', match: (input: string) => input === 'g'},
	predict: {show: 'p', match: (input: string) => input === 'p'},
	slower: {show: '-', match: (input: string) => input === '-'},
	faster: {show: '+', match: (input: string) => input === '+' || input === '='},
	// Simulation screen: these share a key with an action above (→/l, c); a screen listing both gets these.
	legend: {show: 'l', match: (input: string) => input === 'l'},
	challenges: {show: 'c', match: (input: string, key: Key) => input === 'c' && !key.ctrl},
	reset: {show: 'd', match: (input: string) => input === 'd'},
	// A simulation with a command line (the git sandbox) opens it with this.
	command: {show: ':', match: (input: string) => input === ':'},
	// Simulation screen: the run's share code (s, declared after settings so the screen's entry picks it) and loading one.
	share: {show: 's', match: (input: string) => input === 's'},
	loadCode: {show: 'o', match: (input: string) => input === 'o'},
	// A scenario review's feedback: play the run it asked about.
	watch: {show: 'w', match: (input: string) => input === 'w'},
	help: {show: '?', match: (input: string) => input === '?'},
	search: {show: '/', match: (input: string) => input === '/'},
	intro: {show: 'i', match: (input: string) => input === 'i'},
	// Ctrl+C quits everywhere, even while a text field takes q as a letter.
	interrupt: {show: 'Ctrl+C', match: (input: string, key: Key) => key.ctrl && input === 'c'},
	quit: {show: 'q', match: (input: string) => input === 'q'},
} as const;

export type Action = keyof typeof KEYS;

/**
 * The action a key press means. Where two actions share a key (l is → and
 * "legend"), the screen decides: an action its entry in SCREEN_KEYS lists wins,
 * and of two listed, the one declared later in KEYS (the more specific one).
 */
export function actionOf(input: string, key: Key, screen?: ScreenName): Action | undefined {
	const matches = (Object.keys(KEYS) as Action[]).filter((a) => KEYS[a].match(input, key));
	if (screen === undefined || matches.length < 2) return matches[0];
	const listed = new Set(SCREEN_KEYS[screen].flatMap((h) => h.actions));
	return matches.findLast((a) => listed.has(a)) ?? matches[0];
}

const NO_KEY = {} as Key;
const RETURN = {return: true} as Key;
const CTRL = {ctrl: true} as Key;

export type KeyPress = {action?: Action | undefined; text?: string | undefined};

/**
 * The key presses in one chunk of input, in order. Ink hands over keys typed
 * faster than a frame (or pasted) as one string such as " l" or "80\r";
 * each character counts. `text` is a printable character (for typing).
 */
export function keysOf(input: string, key: Key, screen?: ScreenName): KeyPress[] {
	const printable = (ch: string) => (ch >= ' ' && ch !== '\u007f' ? ch : undefined);
	const special = key.ctrl || key.meta || key.escape;
	const chars = [...input];
	if (chars.length <= 1 || special) {
		return [{action: actionOf(input, key, screen), text: special || !input ? undefined : printable(input)}];
	}
	// Ctrl+C typed in the same read as other keys comes as its raw byte: it still quits.
	return chars.map((ch) =>
		ch === '\x03'
			? {action: actionOf('c', CTRL, screen)}
			: {action: actionOf(ch, ch === '\r' ? RETURN : NO_KEY, screen), text: printable(ch)},
	);
}

const listed = new Map<ScreenName, ReadonlySet<Action>>();
/** The actions a screen's entry lists: the only ones its handlers are given. */
export function listedActions(screen: ScreenName): ReadonlySet<Action> {
	let set = listed.get(screen);
	if (!set) {
		set = new Set(SCREEN_KEYS[screen].flatMap((h) => h.actions));
		listed.set(screen, set);
	}
	return set;
}

/** How a hint's keys are written. */
export function hintKeys(hint: Hint): string {
	return hint.show ?? showKeys(hint.actions);
}

/** "↑/k ↓/j" for a hint's keys; arrows merged where both directions are listed. */
export function showKeys(actions: Action[]): string {
	if (actions.join() === 'up,down') return '↑↓/jk';
	if (actions.join() === 'prev,next') return '←→/hl';
	return actions.map((a) => KEYS[a].show).join(' ');
}
