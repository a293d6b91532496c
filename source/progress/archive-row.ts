/**
 * One archived answer as a row of text and back (the format is described in
 * archive.ts). Decoding checks every field; a row's canonical text is written
 * out only when a merge or a save asks for it.
 */
import type {AnswerRecord} from './progress-doc.js';

/** An archived answer; its canonical row text is written out only when asked for (textOf): loading never needs it. */
export type Row = {id: string; record: AnswerRecord; text?: string};

/** A row's one canonical writing, so equal answers are always equal text (merges compare rows by text). */
export const textOf = (row: Row): string => {
	row.text ??= encodeRow(row.id, row.record);
	return row.text;
};

/** Escapes only what would break a row: `%`, the two separators and control characters. */
function enc(text: string): string {
	let out = '';
	for (const ch of text) {
		const code = ch.charCodeAt(0);
		out +=
			code < 0x20 || code === 0x7f || ch === '%' || ch === ',' || ch === ' ' ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
	}
	return out;
}

export function encodeRow(id: string, a: AnswerRecord): string {
	const sure = a.confidence === undefined ? '' : 'lmh'[a.confidence - 1];
	const seed = a.seed === undefined ? '' : `s${a.seed.toString(36)}`;
	const flags = `${a.rating}${a.mode === 'quiz' ? 'q' : 'r'}${a.correct ? 'c' : 'w'}${sure}${seed}`;
	const fields = [enc(id), a.at.toString(36), a.ms.toString(36), String(a.score), flags];
	const prefix = id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
	const run = a.run === undefined ? '' : a.run === prefix ? '^' : enc(a.run);
	if (a.run !== undefined || a.misconception !== undefined) fields.push(run);
	if (a.misconception !== undefined) fields.push(enc(a.misconception));
	return fields.join(' ');
}

const BASE36 = /^[0-9a-z]{1,11}$/;
const FLAGS = /^([1-4])([qr])([cw])([lmh]?)(?:s([0-9a-z]{1,11}))?$/;

function decodeText(text: string): string | undefined {
	// Without a %, decoding leaves the text as it is (most rows).
	if (!text.includes('%')) return text;
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** One row back to its answer, or undefined if it is not a well-formed row. */
export function decodeRow(text: string, pack: string, item: string): Row | undefined {
	const [idText, at36, ms36, scoreText, flagText, runText, tagText, ...rest] = text.split(' ');
	if (rest.length > 0 || !idText || !at36 || !ms36 || !scoreText || !flagText) return undefined;
	const id = decodeText(idText);
	const flags = FLAGS.exec(flagText);
	if (id === undefined || !flags || !BASE36.test(at36) || !BASE36.test(ms36)) return undefined;
	const at = Number.parseInt(at36, 36);
	const ms = Number.parseInt(ms36, 36);
	const score = Number(scoreText);
	if (!Number.isSafeInteger(at) || !Number.isSafeInteger(ms) || !(score >= 0 && score <= 1)) return undefined;
	const record: AnswerRecord = {
		pack,
		item,
		at,
		ms,
		correct: flags[3] === 'c',
		score,
		rating: Number(flags[1]) as AnswerRecord['rating'],
		mode: flags[2] === 'q' ? 'quiz' : 'review',
	};
	if (flags[4]) record.confidence = ('lmh'.indexOf(flags[4]) + 1) as 1 | 2 | 3;
	if (flags[5] !== undefined) {
		const seed = Number.parseInt(flags[5], 36);
		if (!Number.isSafeInteger(seed)) return undefined;
		record.seed = seed;
	}
	if (runText) {
		const run = runText === '^' && id.includes(':') ? id.slice(0, id.indexOf(':')) : decodeText(runText);
		if (run === undefined) return undefined;
		record.run = run;
	}
	if (tagText !== undefined) {
		const tag = decodeText(tagText);
		if (tag === undefined) return undefined;
		record.misconception = tag;
	}
	return {id, record};
}

const FIELDS = ['pack', 'item', 'at', 'ms', 'correct', 'score', 'rating', 'mode', 'run', 'misconception', 'confidence', 'seed'] as const;

/** The row for an answer if it reads back as the same answer; odd ones (e.g. an id with a lone surrogate) stay in the log. */
export function rowOf(id: string, record: AnswerRecord): Row | undefined {
	try {
		const text = encodeRow(id, record);
		const back = decodeRow(text, record.pack, record.item);
		return back && FIELDS.every((f) => back.record[f] === record[f]) ? {id, record, text} : undefined;
	} catch {
		return undefined;
	}
}
