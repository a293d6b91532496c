/**
 * The defence × attack matrix as the run fills it: for each attack whether it
 * was tried, which defence stopped it, or that it worked. Marks carry the
 * meaning (✓ blocked, ✗ worked, » playing now, · not tried yet); colours only
 * repeat them. Wide: one row per attack with a column per defence (■ the one
 * that stopped it) under a row of the current settings; narrow: the attacks
 * packed on one or two lines.
 */
import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, tone, widthOf} from '../view-kit.js';
import {ATTACKS, type AttackId} from './params.js';
import type {Defence, OAuthFlowState} from './types.js';
import {ATTACK_NAME, DEFENCE_ORDER, DEFENCE_SHORT, defenceSetting} from './view-text.js';

export type Outcome = 'blocked' | 'worked' | 'playing' | 'untried';
export type Cell = {outcome: Outcome; blockedBy: Defence | null};

const MARK: Record<Outcome, string> = {blocked: '✓', worked: '✗', playing: '»', untried: '·'};
const COLOR: Record<Outcome, string> = {blocked: tone.ok, worked: tone.bad, playing: tone.accent, untried: tone.muted};
const WORD: Record<Outcome, Record<Lang, string>> = {
	blocked: {en: 'blocked', ko: '막음'},
	worked: {en: 'WORKED', ko: '뚫림'},
	playing: {en: 'playing', ko: '진행 중'},
	untried: {en: 'not tried', ko: '안 해 봄'},
};

/** Each attack's cell so far: a success in any round counts; the round playing marks an untried attack. */
export function cells(s: OAuthFlowState): Record<AttackId, Cell> {
	const out = Object.fromEntries(ATTACKS.map((a) => [a, {outcome: 'untried', blockedBy: null} as Cell])) as Record<AttackId, Cell>;
	for (const r of s.results) {
		if (r.attack === 'none' || out[r.attack].outcome === 'worked') continue;
		out[r.attack] = r.succeeded ? {outcome: 'worked', blockedBy: null} : {outcome: 'blocked', blockedBy: r.blockedBy};
	}
	const playing = s.round?.attack;
	if (playing && playing !== 'none' && out[playing].outcome === 'untried') out[playing] = {outcome: 'playing', blockedBy: null};
	return out;
}

/** Narrow: "✓ stolen code (PKCE)  ✗ CSRF login  · replay …" on up to `rows` lines, names shortened until it fits. */
export function packedMatrix(s: OAuthFlowState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0) return [];
	const c = cells(s);
	const tiers: ((a: AttackId) => string)[] = [
		(a) => `${MARK[c[a].outcome]} ${ATTACK_NAME[a][lang][0]}${by(c[a], lang)}`,
		(a) => `${MARK[c[a].outcome]}${ATTACK_NAME[a][lang][1]}${by(c[a], lang)}`,
		(a) => `${MARK[c[a].outcome]}${ATTACK_NAME[a][lang][1]}`,
	];
	for (const [i, tier] of tiers.entries()) {
		const lines = pack(ATTACKS.map(tier), width, i === 0 ? '  ' : ' ');
		if (lines.length <= rows || i === tiers.length - 1) return lines.slice(0, rows).map((text) => ({text: clip(text, width)}));
	}
	return [];
}

const by = (cell: Cell, lang: Lang) => (cell.blockedBy ? `(${DEFENCE_SHORT[cell.blockedBy][lang]})` : '');

/** Items on as few lines as fit; widths are added up, not measured again on every join (measuring is slow). */
function pack(items: string[], width: number, gap: string): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const item of items) {
		const w = widthOf(item);
		if (line === '') [line, used] = [item, w];
		else if (used + gap.length + w <= width) [line, used] = [`${line}${gap}${item}`, used + gap.length + w];
		else {
			lines.push(line);
			[line, used] = [item, w];
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

const COL = 7;
/** Width of the grid: the attack names, a column per defence, the outcome. */
export function gridWidth(lang: Lang): number {
	return nameWidth(lang) + 1 + DEFENCE_ORDER.length * COL + 10;
}
const nameWidth = (lang: Lang) => Math.max(...ATTACKS.map((a) => widthOf(ATTACK_NAME[a][lang][0]!)), widthOf(HEAD[lang].attack));

const HEAD: Record<Lang, {attack: string; settings: string; result: string}> = {
	en: {attack: 'attack', settings: 'now set', result: 'result'},
	ko: {attack: '공격', settings: '현재 설정', result: '결과'},
};

/** Wide: the defences across, the settings under them, one row per attack with ■ under the defence that stopped it. */
export function gridMatrix(s: OAuthFlowState, width: number, lang: Lang): ViewLine[] {
	const c = cells(s);
	const nw = nameWidth(lang);
	const row = (name: string, columns: string[], last: string) =>
		clip(`${padEnd(name, nw)} ${columns.map((x) => padEnd(x, COL)).join('')}${last}`.trimEnd(), width);
	const lines: ViewLine[] = [
		{
			text: row(
				HEAD[lang].attack,
				DEFENCE_ORDER.map((d) => DEFENCE_SHORT[d][lang]),
				HEAD[lang].result,
			),
			color: tone.accent,
		},
		{
			text: row(
				HEAD[lang].settings,
				DEFENCE_ORDER.map((d) => defenceSetting(d, s.params, lang)),
				'',
			),
			color: tone.muted,
		},
	];
	for (const a of ATTACKS) {
		const cell = c[a];
		const marks = DEFENCE_ORDER.map((d) => (cell.blockedBy === d ? '■' : '·'));
		const name = firstFit(ATTACK_NAME[a][lang], nw);
		lines.push({text: row(name, marks, `${MARK[cell.outcome]} ${WORD[cell.outcome][lang]}`), color: COLOR[cell.outcome]});
	}
	return lines;
}
