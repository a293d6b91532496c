import stringWidth from '../vendor/fast-string-width.js';
import wrapAnsi from 'wrap-ansi';
import type {Localized} from './schema.js';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

// Anything that could move the cursor or restyle the terminal: ESC/CSI
// sequences and every other C0/C1 control except newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const UNSAFE = /\u001b\[[0-?]*[ -/]*[@-~]|[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Text from a pack, made safe to print whatever the pack contains. */
export function clean(text: string): string {
	return text.replace(UNSAFE, '');
}

/** The text in the learner's language (packs are validated to carry both). */
export function pick(text: Localized, lang: Lang): string {
	return clean(text[lang] || text.en || text.ko);
}

export function width(text: string): number {
	return stringWidth(text);
}

/**
 * Wraps at word boundaries and, for a word longer than the line (common in
 * Korean), between characters — never inside one: a double-width character
 * never straddles the edge.
 */
export function wrap(text: string, columns: number): string[] {
	const out: string[] = [];
	for (const paragraph of text.split('\n')) {
		if (paragraph.trim() === '') {
			out.push('');
			continue;
		}
		out.push(...wrapAnsi(paragraph, Math.max(2, columns), {hard: true, trim: true}).split('\n'));
	}
	return out;
}

/** Wraps with a hanging indent: the first line starts with `marker`, the rest align under the text. */
export function wrapHanging(text: string, marker: string, columns: number): string[] {
	const indent = width(marker);
	return wrap(text, columns - indent).map((line, i) => (i === 0 ? marker : ' '.repeat(indent)) + line);
}

/** Cuts to at most `columns` display columns, ending in "…" when cut. */
export function truncate(text: string, columns: number): string {
	if (width(text) <= columns) return text;
	let out = '';
	for (const ch of text) {
		if (width(out + ch) > columns - 1) break;
		out += ch;
	}
	return `${out}…`;
}
