import {createContext, type RefObject, useContext, useLayoutEffect} from 'react';

/** Lines a screen adds to its `?` overlay (a simulation's legend), for the screen known by `key`. */
export type HelpNote = {key: string; title: string; lines: string[]};

const HelpNotes = createContext<RefObject<HelpNote | undefined> | undefined>(undefined);
export const HelpNotesProvider = HelpNotes.Provider;

/**
 * Declares what the `?` overlay adds for this screen. Kept after the screen
 * unmounts (the overlay replaces it while open); the app shows a note only
 * while the route it was made for is the current one.
 */
export function useHelpNotes(key: string, title: string, lines: string[]): void {
	const notes = useContext(HelpNotes);
	useLayoutEffect(() => {
		if (notes) notes.current = {key, title, lines};
	});
}
