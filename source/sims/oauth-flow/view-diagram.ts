/**
 * The sequence diagram: one column (a lifeline │) per party, one row per
 * message, drawn as an arrow from sender to receiver with its short label.
 * The user's own and the apps' arrows are ───▶; any arrow to or from the
 * attacker is ═══▶ and its row starts with "!"; an arrow the receiver
 * refused ends in ✗ and its row starts with "✗". Text is laid on a row of
 * cells, so a double-width character is never cut in half.
 */
import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone, widthOf} from '../view-kit.js';
import type {Message, Party} from './types.js';
import {arrowLabel, PARTY, partyName, SNAP_STORE} from './view-text.js';

/** A row of terminal cells: one character each, '' behind a double-width one. */
type Row = string[];

const blank = (width: number): Row => Array.from({length: width}, () => ' ');

const widths = new Map<string, number>();
/** A character's width, measured once: the drawing lays out thousands of cells a frame. */
function cellWidth(ch: string): number {
	let w = widths.get(ch);
	if (w === undefined) {
		w = widthOf(ch);
		widths.set(ch, w);
	}
	return w;
}

/** Frees one cell, blanking the other half of a double-width character it belonged to. */
function free(row: Row, at: number): void {
	if (row[at] === '' && at > 0) row[at - 1] = ' ';
	if (row[at + 1] === '' && cellWidth(row[at] ?? ' ') === 2) row[at + 1] = ' ';
	row[at] = ' ';
}

/** Writes text from a column on; what would pass the right edge is left out. */
function put(row: Row, at: number, text: string): void {
	let col = at;
	for (const ch of text) {
		const w = cellWidth(ch);
		if (col < 0 || col + w > row.length) break;
		for (let i = 0; i < w; i++) free(row, col + i);
		row[col] = ch;
		if (w === 2) row[col + 1] = '';
		col += w;
	}
}

const render = (row: Row): string => row.join('').trimEnd();

/** Each party's column: the centre of an equal share of the width. */
export function columnsOf(parties: readonly Party[], width: number): Map<Party, number> {
	const slot = width / parties.length;
	return new Map(parties.map((p, i) => [p, Math.floor(slot * i + slot / 2)]));
}

/** The parties' names, each centred over its lifeline (the short form when the long one does not fit). */
export function headerLine(parties: readonly Party[], width: number, lang: Lang): ViewLine {
	const row = blank(width);
	const slot = Math.floor(width / parties.length);
	const at = columnsOf(parties, width);
	for (const p of parties) {
		const name = firstFit(PARTY[p][lang], Math.max(1, slot - 1));
		put(row, Math.max(0, at.get(p)! - Math.floor(widthOf(name) / 2)), name);
	}
	return {text: render(row), color: tone.accent};
}

/** "╭── Snap Store ──╮" over the authorization and photo servers: both are Snap Store's. */
export function ownerLine(parties: readonly Party[], width: number, lang: Lang): ViewLine | null {
	const at = columnsOf(parties, width);
	const from = at.get('as')!;
	const to = at.get('rs')!;
	const name = ` ${SNAP_STORE[lang]} `;
	const inner = to - from - 1;
	if (inner < widthOf(name) + 2) return null;
	const left = Math.floor((inner - widthOf(name)) / 2);
	const row = blank(width);
	put(row, from, `╭${'─'.repeat(left)}`);
	put(row, from + 1 + left, name);
	put(row, from + 1 + left + widthOf(name), `${'─'.repeat(inner - left - widthOf(name))}╮`);
	return {text: render(row), color: tone.muted};
}

const byAttacker = (m: Message) => m.from === 'attacker' || m.to === 'attacker';

/** What the attacker gained with this message: a working token, or photos. */
export function attackerGains(m: Message): boolean {
	if (m.to !== 'attacker' || !m.ok) return false;
	return m.kind === 'token-response' || m.kind === 'token-in-url' || m.kind === 'api-response' || Boolean(m.fields.access_token);
}

/** A message's colour: a refusal is a defence working, the attacker's gains are losses, his other moves a warning. */
export function messageColor(m: Message): string | undefined {
	if (!m.ok) return tone.ok;
	if (attackerGains(m)) return tone.bad;
	return byAttacker(m) ? tone.warn : undefined;
}

/** The row's first character: ✗ refused, ! the attacker's move, else blank. */
export const marker = (m: Message): string => (!m.ok ? '✗' : byAttacker(m) ? '!' : ' ');

/** One message as an arrow between lifelines. */
export function arrowLine(m: Message, parties: readonly Party[], width: number, lang: Lang): ViewLine {
	const row = blank(width);
	const at = columnsOf(parties, width);
	for (const p of parties) put(row, at.get(p)!, '│');
	const from = at.get(m.from);
	const to = at.get(m.to);
	if (from === undefined || to === undefined) return textLine(m, width, lang);
	const lo = Math.min(from, to);
	const hi = Math.max(from, to);
	const fill = byAttacker(m) ? '═' : '─';
	const head = !m.ok ? '✗' : to > from ? '▶' : '◀';
	put(row, lo + 1, fill.repeat(Math.max(0, hi - lo - 1)));
	put(row, to > from ? hi - 1 : lo + 1, head);
	// The label sits inside the arrow, clear of the head and of one fill character at each end.
	const area = hi - lo - 4;
	const start = to > from ? lo + 2 : lo + 3;
	if (area >= 3) {
		const text = ` ${firstFit(arrowLabel(m, lang), area - 2)} `;
		put(row, start + Math.floor((area - widthOf(text)) / 2), text);
	} else if (area >= 1) put(row, start, firstFit(arrowLabel(m, lang), area));
	put(row, 0, marker(m));
	const color = messageColor(m);
	return color ? {text: render(row), color} : {text: render(row)};
}

/** One message in words, for a box too small for the diagram: "! attacker → user: forged link". */
export function textLine(m: Message, width: number, lang: Lang): ViewLine {
	const [label] = arrowLabel(m, lang);
	const text = `${marker(m)} ${partyName(m.from, lang)} → ${partyName(m.to, lang)}: ${label}`;
	const color = messageColor(m);
	return color ? {text: clip(text, width), color} : {text: clip(text, width)};
}
