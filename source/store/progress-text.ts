import {sanitizeLine} from '../text/sanitize.js';
import type {ProgressDoc} from '../progress/progress-doc.js';
import {readDoc} from '../progress/progress-schema.js';

/** A progress file's text read as a document: current, from a newer version, or corrupt (and why). */
export type Parsed = {kind: 'ok'; doc: ProgressDoc} | {kind: 'newer'; version: number} | {kind: 'corrupt'; reason: string};

/** The text of a progress file; a UTF-8 byte order mark (some editors add one) is dropped. */
export function progressSource(bytes: Buffer | string): string {
	const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** JSON.parse with a BOM allowed; throws SyntaxError like JSON.parse. */
export const parseJson = (bytes: Buffer | string): unknown => JSON.parse(progressSource(bytes));

/** Parses and validates; the reason is sanitized (a parse error can quote the file's raw bytes). */
export function parseProgress(bytes: Buffer | string): Parsed {
	let raw: unknown;
	try {
		raw = parseJson(bytes);
	} catch (error) {
		return {kind: 'corrupt', reason: sanitizeLine((error as Error).message, 120)};
	}
	return fromRaw(raw);
}

/** Classifies JSON already parsed. */
export function fromRaw(raw: unknown): Parsed {
	const outcome = readDoc(raw);
	if (outcome.kind === 'invalid') return {kind: 'corrupt', reason: sanitizeLine(outcome.reason, 120)};
	return outcome;
}

/** How the store writes a document: compact (a file of 50,000 answers is a third smaller than indented, and faster to write). */
export const progressJson = (doc: ProgressDoc): string => `${JSON.stringify(doc)}\n`;
