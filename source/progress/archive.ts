import {decodeRow, encodeRow, type Row, rowOf, textOf} from './archive-row.js';
import type {AnswerRecord, ProgressDoc} from './progress-doc.js';

/*
 * The answer archive: answers older than a day, kept whole but packed one line
 * each into a string per item (pack → item → text), so a log of years stays a
 * few hundred strings instead of tens of thousands of objects (parsing,
 * validating, merging and writing it stay cheap). Nothing is lost: every
 * field and every id is kept, so undos and resets that arrive later from
 * another terminal still apply, and every figure is the same as before.
 *
 * A row: `id at ms score flags [run [misconception]]`, fields separated by a
 * space, rows by a comma. In text fields `%`, both separators and control
 * characters are percent-escaped (so a field never holds a separator); numbers are base 36 (`at`, `ms`) or decimal (`score`);
 * flags are the rating (1–4), `q`/`r` for the mode and `c`/`w` for right or
 * wrong, then `l`/`m`/`h` for a confidence given and `s` with a base-36 seed
 * for a scenario item. A run equal to the answer id's prefix before the first `:` (the
 * game's quiz answers) is written `^`. Rows are sorted by time, then id, and
 * ids are unique, so equal sets of answers give equal text.
 */

/** Answers older than this move into the archive. */
export const ARCHIVE_AFTER_MS = 86_400_000;

export type Archive = Record<string, Record<string, string>>;

const byTime = (x: Row, y: Row) => x.record.at - y.record.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

function encodeRows(rows: Row[]): string {
	return rows.sort(byTime).map(textOf).join(',');
}

/** Decoded archives, remembered by item while their text is the same (the answers keep their identity). */
const decoded = new Map<string, {text: string; rows: Row[]; ids: Map<string, Row>}>();

/** An item's archived answers, or undefined if the text is not a well-formed archive. */
export function decodeArchive(text: string, pack: string, item: string): Row[] | undefined {
	const key = `${pack}\u0000${item}`;
	const hit = decoded.get(key);
	if (hit && hit.text === text) return hit.rows;
	const rows: Row[] = [];
	const ids = new Map<string, Row>();
	for (const line of text === '' ? [] : text.split(',')) {
		const row = decodeRow(line, pack, item);
		if (!row || ids.has(row.id)) return undefined;
		const last = rows.at(-1);
		if (last && byTime(last, row) >= 0) return undefined;
		rows.push(row);
		ids.set(row.id, row);
	}
	decoded.set(key, {text, rows, ids});
	return rows;
}

function archivedIds(archive: Archive, pack: string, item: string): Map<string, Row> | undefined {
	const items = Object.hasOwn(archive, pack) ? archive[pack] : undefined;
	const text = items && Object.hasOwn(items, item) ? items[item] : undefined;
	if (text === undefined || !decodeArchive(text, pack, item)) return undefined;
	return decoded.get(`${pack}\u0000${item}`)?.ids;
}

/** One item's stored answers: its archive text and its answers still in the log. */
export type ItemSource = {pack: string; item: string; text: string; raw: [string, AnswerRecord][]};

/** The stored answers grouped by item (cheap: the archive is not decoded here). */
export function itemSources(doc: ProgressDoc): Map<string, ItemSource> {
	const out = new Map<string, ItemSource>();
	for (const [pack, items] of Object.entries(doc.archive)) {
		for (const [item, text] of Object.entries(items)) out.set(`${pack}\u0000${item}`, {pack, item, text, raw: []});
	}
	for (const [id, record] of Object.entries(doc.answers)) {
		const key = `${record.pack}\u0000${record.item}`;
		const source = out.get(key);
		if (source) source.raw.push([id, record]);
		else out.set(key, {pack: record.pack, item: record.item, text: '', raw: [[id, record]]});
	}
	return out;
}

/**
 * Visits each answer of one item once, archived or not. An id both archived
 * and in the log is one answer; if the two copies differ, the same fixed rule
 * as merging picks one (the greater row text).
 */
export function eachItemAnswer(source: ItemSource, visit: (id: string, record: AnswerRecord) => void): void {
	const rows = decodeArchive(source.text, source.pack, source.item) ?? [];
	const ids = rows.length > 0 ? decoded.get(`${source.pack}\u0000${source.item}`)?.ids : undefined;
	const replaced = new Set<string>();
	for (const [id, record] of source.raw) {
		const row = ids?.get(id);
		if (row && (!rowOf(id, record) || encodeRow(id, record) <= textOf(row))) continue;
		if (row) replaced.add(id);
		visit(id, record);
	}
	for (const row of rows) if (!replaced.has(row.id)) visit(row.id, row.record);
}

/** Of two stored copies of one answer, the one every terminal keeps (the greater row text). */
export function pickAnswer(id: string, a: AnswerRecord, b: AnswerRecord): AnswerRecord {
	const x = rowOf(id, a)?.text ?? JSON.stringify(a);
	const y = rowOf(id, b)?.text ?? JSON.stringify(b);
	return x >= y ? a : b;
}

/** Two archives of one item as one: the union of their answers (equal ids: the greater row text). */
export function mergeArchiveText(a: string, b: string, pack: string, item: string): string {
	if (a === b) return a;
	const rows = new Map<string, Row>();
	for (const row of [...(decodeArchive(a, pack, item) ?? []), ...(decodeArchive(b, pack, item) ?? [])]) {
		const old = rows.get(row.id);
		if (!old || textOf(row) > textOf(old)) rows.set(row.id, row);
	}
	return encodeRows([...rows.values()]);
}

const put = <T>(record: Record<string, T>, key: string, value: T) =>
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});

/**
 * Moves answers from the log into the archive: those `moves` picks, and any
 * already archived (a copy from a terminal that had not archived it yet).
 * Returns the same objects when nothing moves.
 */
export function fold(
	answers: Record<string, AnswerRecord>,
	archive: Archive,
	moves: (record: AnswerRecord) => boolean = () => false,
): {answers: Record<string, AnswerRecord>; archive: Archive} {
	const moving = new Map<string, {pack: string; item: string; rows: Row[]}>();
	const kept: Record<string, AnswerRecord> = {};
	let moved = 0;
	for (const [id, record] of Object.entries(answers)) {
		const archived = archivedIds(archive, record.pack, record.item)?.has(id);
		const row = archived || moves(record) ? rowOf(id, record) : undefined;
		if (!row) {
			put(kept, id, record);
			continue;
		}
		moved++;
		const key = `${record.pack}\u0000${record.item}`;
		const entry = moving.get(key) ?? {pack: record.pack, item: record.item, rows: []};
		entry.rows.push(row);
		moving.set(key, entry);
	}
	if (moved === 0) return {answers, archive};
	const out: Archive = {...archive};
	for (const {pack, item, rows} of moving.values()) {
		const items = {...(Object.hasOwn(out, pack) ? out[pack] : {})};
		put(items, item, mergeArchiveText(Object.hasOwn(items, item) ? items[item]! : '', encodeRows(rows), pack, item));
		put(out, pack, items);
	}
	return {answers: kept, archive: out};
}

/**
 * Moves answers older than a day from the log into the archive. Returns the
 * same document when there is nothing to move. Every figure derived from the
 * document is the same before and after (test/progress/archive.test.ts).
 */
export function compact(doc: ProgressDoc, now: number): ProgressDoc {
	const cutoff = now - ARCHIVE_AFTER_MS;
	const {answers, archive} = fold(doc.answers, doc.archive, (record) => record.at < cutoff);
	return answers === doc.answers ? doc : {...doc, answers, archive};
}
