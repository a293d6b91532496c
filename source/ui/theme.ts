/** What the terminal can show, read once from the environment at start. */
export type Terminal = {
	/** False when NO_COLOR is set (https://no-color.org): meaning is carried by marks and words alone. */
	color: boolean;
	/** False in a non-UTF-8 locale (LANG=C, LC_ALL=POSIX…): drawing uses ASCII. */
	unicode: boolean;
};

export function readTerminal(env: Record<string, string | undefined>): Terminal {
	// The locale that decides the character set: LC_ALL, else LC_CTYPE, else LANG; none set is UTF-8 (most terminals today).
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
	return {
		color: !env.NO_COLOR,
		unicode: locale === undefined || /utf-?8/i.test(locale),
	};
}

export const terminal: Terminal = readTerminal(process.env);

/**
 * Every drawing character the core screens use, in Unicode and in ASCII of
 * the same width (one column each), so a layout never shifts between them.
 * Simulation views can draw from here too.
 */
const UNICODE = {
	barFull: '█',
	barEmpty: '░',
	pointer: '❯',
	check: '✓',
	cross: '✗',
	open: '○',
	rule: '─',
	dot: '·',
	up: '↑',
	down: '↓',
	left: '◀',
	right: '▶',
	/** Ink's border style for frames (the help overlay). */
	border: 'round',
} as const;

export type Glyphs = {[K in keyof typeof UNICODE]: string} & {border: 'round' | 'classic'};

const ASCII: Glyphs = {
	barFull: '#',
	barEmpty: '.',
	pointer: '>',
	check: 'v',
	cross: 'x',
	open: 'o',
	rule: '-',
	dot: '-',
	up: '^',
	down: 'v',
	left: '<',
	right: '>',
	border: 'classic',
};

export const glyphsFor = (t: Terminal): Glyphs => (t.unicode ? UNICODE : ASCII);
export const glyphs: Glyphs = glyphsFor(terminal);

/** Colours in one place (Ink drops them all when NO_COLOR is set: see tui.tsx). */
export const theme = {
	accent: 'cyan',
	done: 'green',
	muted: 'gray',
	warn: 'yellow',
	error: 'red',
	barFull: glyphs.barFull,
	barEmpty: glyphs.barEmpty,
	pointer: glyphs.pointer,
} as const;

/** The smallest terminal the screens are laid out for. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
