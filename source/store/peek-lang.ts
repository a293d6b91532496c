import {closeSync, openSync, readFileSync, readSync} from 'node:fs';

/** The store writes `settings` right after `version`, so it sits in the first few hundred bytes. */
const PREFIX_BYTES = 16_384;

type Settings = {lang?: {value?: unknown}} | undefined;

/**
 * The stored language, read cheaply before the first frame so the first
 * screen is already in the learner's language. Only the start of the file is
 * read (a progress file grows to megabytes); if `settings` is not there, the
 * whole file is parsed. Anything odd means "unknown"; the real store reads,
 * validates and repairs the file later.
 */
export function peekLang(file: string): 'ko' | 'en' | undefined {
	try {
		const fromPrefix = settingsInPrefix(readPrefix(file));
		const whole = () => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as {settings?: Settings};
		const settings = fromPrefix === 'unknown' ? whole().settings : fromPrefix;
		const value = settings?.lang?.value;
		return value === 'ko' || value === 'en' ? value : undefined;
	} catch {
		return undefined;
	}
}

function readPrefix(file: string): {text: string; whole: boolean} {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(PREFIX_BYTES);
		const read = readSync(fd, buffer, 0, PREFIX_BYTES, 0);
		return {text: buffer.toString('utf8', 0, read).replace(/^\uFEFF/, ''), whole: read < PREFIX_BYTES};
	} finally {
		closeSync(fd);
	}
}

const STRING = /"(?:[^"\\]|\\.)*"/y;
const SPACE = /\s*/y;

/**
 * Walks the top-level keys of a JSON object that may be cut short, skipping
 * each value by bracket depth, until it meets `settings`. Says 'unknown' when
 * the text ends first (or is not an object), so the caller reads it all.
 */
export function settingsInPrefix({text, whole}: {text: string; whole: boolean}): Settings | 'unknown' {
	let i = 0;
	const skipSpace = () => {
		SPACE.lastIndex = i;
		SPACE.exec(text);
		i = SPACE.lastIndex;
	};
	skipSpace();
	if (text[i++] !== '{') return 'unknown';
	for (;;) {
		skipSpace();
		if (text[i] === '}') return whole ? undefined : 'unknown';
		STRING.lastIndex = i;
		const key = STRING.exec(text);
		if (!key) return 'unknown';
		i = STRING.lastIndex;
		skipSpace();
		if (text[i++] !== ':') return 'unknown';
		skipSpace();
		const start = i;
		const end = valueEnd(text, start);
		if (end === undefined) return 'unknown';
		if (JSON.parse(key[0]) === 'settings') {
			const value: unknown = JSON.parse(text.slice(start, end));
			return typeof value === 'object' && value !== null ? (value as Settings) : undefined;
		}
		i = end;
		skipSpace();
		if (text[i] === ',') i++;
		else return text[i] === '}' && whole ? undefined : 'unknown';
	}
}

/** Where the JSON value starting at `start` ends, or undefined if the text ends first. */
function valueEnd(text: string, start: number): number | undefined {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') {
			STRING.lastIndex = i;
			if (!STRING.exec(text)) return undefined;
			i = STRING.lastIndex - 1;
			if (depth === 0) return i + 1;
		} else if (ch === '{' || ch === '[') depth++;
		else if (ch === '}' || ch === ']') {
			if (depth === 0) return i;
			if (--depth === 0) return i + 1;
		} else if (depth === 0 && (ch === ',' || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r')) return i;
	}
	return undefined;
}
