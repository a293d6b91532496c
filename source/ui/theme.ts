/** Colours in one place; Ink drops them when the terminal has none (NO_COLOR, dumb). */
export const theme = {
	accent: 'cyan',
	done: 'green',
	muted: 'gray',
	warn: 'yellow',
	error: 'red',
	barFull: '█',
	barEmpty: '░',
	pointer: '❯',
} as const;

/** The smallest terminal the screens are laid out for. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
