import {type Key, useInput} from 'ink';
import {createContext, type RefObject, useContext, useLayoutEffect, useRef} from 'react';
import {type Action, type KeyPress, keysOf, listedActions, type ScreenName} from '../keys.js';

export type Handlers = Partial<Record<Action, () => void>> & {
	/** Each character typed (for a number field, letters, 1–9); called after the actions. */
	text?: (input: string) => void;
	/** Which screen's keys these are, for the help overlay. */
	screen?: ScreenName;
	/**
	 * A text field has the keys: every printable character (q, ?, digits, letters,
	 * Space) is typed, not obeyed. Enter, Backspace and the arrows keep their
	 * actions; Esc goes to the screen's `back` (leaving the field); Ctrl+C still quits.
	 */
	capture?: boolean;
};

/*
 * One input subscription for the whole app, made once at start. A screen's
 * handlers are registered in a layout effect, i.e. while the screen is being
 * committed, so a key typed the instant a screen appears reaches it. (A
 * useInput per screen subscribes in a passive effect, which can run after
 * such a key has already been read and dropped.)
 */
const ScreenKeys = createContext<RefObject<Handlers | undefined> | undefined>(undefined);
export const ScreenKeysProvider = ScreenKeys.Provider;

let reads = 0;
let reading = false;
/**
 * Which read of the terminal's input the key being handled came from. Keys
 * pasted, repeated or typed faster than a frame arrive in one read (Ink hands
 * them over in one synchronous loop, so a microtask marks the read's end).
 */
export const inputRead = () => reads;
function countRead(): void {
	if (reading) return;
	reads++;
	reading = true;
	queueMicrotask(() => {
		reading = false;
	});
}

/**
 * The app's dispatcher. `route` sees every key press first (even one that is
 * no action) and returns the actions left for the current screen, or false
 * when the press is used up (the typed character too); `field` says a text
 * field has the keys and handles Esc itself.
 */
export function useKeyDispatch(route: (actions: Action[], field: boolean) => Action[] | false): RefObject<Handlers | undefined> {
	const screen = useRef<Handlers | undefined>(undefined);
	// The router of the frame on screen, taken while it is committed (as the screens' handlers
	// are): useInput would take a new one only in a passive effect, so a key typed the instant
	// a frame appears (the first-start page, say) could meet the router of the frame before.
	const router = useRef(route);
	useLayoutEffect(() => {
		router.current = route;
	});
	const onInput = useRef((input: string, key: Key) => {
		countRead();
		// One key at a time, in the order typed: "80\r" types 8 and 0, then answers.
		// The handlers are read again for each key: one key can open a text field for the next.
		for (const press of keysOf(input, key, screen.current?.screen)) {
			const field = screen.current?.capture === true;
			const {action, text} = field ? typed(press) : press;
			const rest = router.current(action ? [action] : [], field && screen.current?.back !== undefined);
			if (rest === false) continue;
			// A screen answers only to the keys its entry in SCREEN_KEYS lists (what its help shows).
			const name = screen.current?.screen;
			for (const a of rest) if (!name || listedActions(name).has(a)) screen.current?.[a]?.();
			if (text) screen.current?.text?.(text);
		}
	}).current;
	useInput(onInput);
	return screen;
}

/** A key press as a text field sees it: a printable character is only text. */
export function typed(press: KeyPress): KeyPress {
	return press.text === undefined ? press : {text: press.text};
}

/** Routes the current screen's keys (from the key table) to its handlers. */
export function useKeys(handlers: Handlers, name?: ScreenName): void {
	const screen = useContext(ScreenKeys);
	useLayoutEffect(() => {
		if (!screen) return;
		screen.current = name ? {...handlers, screen: name} : handlers;
		const mine = screen.current;
		return () => {
			if (screen.current === mine) screen.current = undefined;
		};
	});
}
