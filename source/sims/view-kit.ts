/**
 * What every simulation's drawing shares: colour tokens by meaning, and text
 * that fits a box of columns, measured as the terminal shows it (Korean and
 * other wide characters take two columns, and are never cut in half).
 * Drawings are plain text lines: no Ink here.
 */
import {truncate, width} from '../content/text.js';
import type {ViewLine} from './types.js';

/**
 * Colours by what they mean. The values are Ink colour names matching the
 * screens' theme (accent cyan, done green, warn yellow, error red, muted gray);
 * a test keeps them in step.
 */
export const tone = {
	/** The line that says where the run is (its header). */
	accent: 'cyan',
	/** Things going right: a member found, a request served. */
	ok: 'green',
	/** Worth a look: keys moved, a lagging or idle consumer, a deleted item. */
	warn: 'yellow',
	/** Things going wrong: a false positive, a drop, a node down, a violation. */
	bad: 'red',
	/** Legends, scales and what came before. */
	muted: 'gray',
} as const;

export type Tone = (typeof tone)[keyof typeof tone];

export {width as widthOf} from '../content/text.js';

/** The text cut to `columns` (ending in "…" when cut); as it is when it fits. */
export function clip(text: string, columns: number): string {
	return width(text) <= columns ? text : truncate(text, columns);
}

/** The text with spaces after it up to `columns` (never cut). */
export function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** The text with spaces before it up to `columns` (never cut). */
export function padStart(text: string, columns: number): string {
	return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/**
 * The first of several ways to say the same thing, longest first, that fits
 * `columns`; the last one, clipped, when none does. How a drawing keeps its
 * meaning when the terminal is narrow ("3 servers" → "3 srv" → "3").
 */
export function firstFit(forms: readonly string[], columns: number): string {
	return forms.find((f) => width(f) <= columns) ?? clip(forms.at(-1) ?? '', columns);
}

/** Every line clipped to `columns`; a line that fits is returned as it was. */
export function fitLines(lines: readonly ViewLine[], columns: number): ViewLine[] {
	return lines.map((line) => (width(line.text) <= columns ? line : {...line, text: clip(line.text, columns)}));
}
