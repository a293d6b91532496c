import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, tone} from '../view-kit.js';
import type {MonthState} from './engine.js';
import {monthReview} from './review.js';
import {summarize} from './summary.js';

const LEVELS = '▁▂▃▄▅▆▇█';
const LABEL = 5;

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/** Hours per column so the month fits; each column keeps its worst hour (`pick`). */
function bucketed(values: readonly number[], total: number, cols: number, pick: (xs: number[]) => number): number[] {
	const per = Math.max(1, Math.ceil(total / Math.max(1, cols)));
	const out: number[] = [];
	for (let start = 0; start < values.length; start += per) out.push(pick(values.slice(start, start + per)));
	return out;
}

const leftGlyph = (x: number) => (x < 0 ? '✗' : LEVELS[Math.min(7, Math.max(0, Math.ceil(x * 8) - 1))]!);

/** Row `r` (0 = top) of a chart `height` rows tall: each row holds 1/height of the budget; past zero the bottom row shows ✗. */
function chartGlyph(x: number, r: number, height: number): string {
	if (x < 0) return r === height - 1 ? '✗' : ' ';
	const v = x * height - (height - 1 - r);
	if (v >= 1) return '█';
	return v <= 0 ? ' ' : LEVELS[Math.min(7, Math.max(0, Math.ceil(v * 8) - 1))]!;
}

/** Rows the chart leaves to the rest (status, errors, pages, DORA, toil, calls, the month-end review) and to the screen's params. */
const OTHER_LINES = 14;

/** A stretch's worst hour: ░ a blip, ▒ an incident burning slower than 14.4×, ▓ faster, █ 10% of requests or more. */
function errorGlyph(x: number, slo: number): string {
	if (x >= 0.1) return '█';
	if (x >= 14.4 * (1 - slo)) return '▓';
	if (x >= 0.004) return '▒';
	return x > 0.0005 ? '░' : '·';
}

type T = {
	day: string;
	left: string;
	err: string;
	frozen: string;
	pages: string;
	ship: string;
	held: string;
	failed: string;
	lead: string;
	leadShort: string;
	cfr: string;
	restore: string;
	toil: string;
	services: string;
	platform: (day: number | null) => string;
	calls: string;
	perDay: string;
	min: string;
	max: string;
	cap: string;
	platformName: string;
	h: string;
};

const TEXT: Record<Lang, T> = {
	en: {
		day: 'day',
		left: 'left',
		err: 'err',
		frozen: 'FROZEN',
		pages: 'pages',
		ship: 'shipped',
		held: 'held',
		failed: 'failed',
		lead: 'lead time',
		leadShort: 'lead',
		cfr: 'CFR',
		restore: 'restore',
		toil: 'toil',
		services: 'services',
		platform: (d) => (d === null ? 'platform –' : `platform day ${d}`),
		calls: 'calls',
		perDay: '/day',
		min: 'min',
		max: 'max',
		cap: 'cap',
		platformName: 'Platform',
		h: 'h',
	},
	ko: {
		day: '일',
		left: '예산',
		err: '오류',
		frozen: '동결',
		pages: '호출',
		ship: '배포',
		held: '대기',
		failed: '실패',
		lead: '리드 타임',
		leadShort: '리드',
		cfr: '실패율',
		restore: '복구',
		toil: '토일',
		services: '서비스',
		platform: (d) => (d === null ? '플랫폼 –' : `플랫폼 ${d}일`),
		calls: '결정',
		perDay: '/일',
		min: '분',
		max: '최대',
		cap: '상한',
		platformName: '플랫폼',
		h: '시간',
	},
};

/**
 * The month so far: a status line (day, budget left, the freeze), the budget
 * left over the month and each stretch's worst error rate (a column per few
 * hours), the pages (true, false, missed), deploys shipped and held by a
 * freeze, DORA's four keys, toil against Google's 50% cap with the platform's
 * ready day, and the calls each role made; at the month's end, which role made
 * which call. Spare rows make the budget chart taller; fewer rows drop the later lines.
 */
export function monthView(state: MonthState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const s = summarize(state);
	const p = state.params;
	const cols = Math.max(1, width - LABEL);
	const total = p.days * 24;
	const left = s.budget.remainingShare;
	const status = `${t.day} ${s.day}/${p.days} · ${t.left} ${pct(left)} / ${s.budget.minutes}${t.min}${state.frozen ? ` · ${t.frozen}` : ''}`;
	const worst = bucketed(state.left, total, cols, (xs) => Math.min(...xs));
	// The budget chart grows only with rows to spare (a tall terminal), up to six; one row is the plain ▁..█ strip.
	const height = Math.max(1, Math.min(6, rows - OTHER_LINES));
	const chart = Array.from({length: height}, (_, r) => {
		const label = r === 0 ? t.left : r === height - 1 && height >= 3 ? '0%' : '';
		const glyphs = height === 1 ? worst.map(leftGlyph) : worst.map((x) => chartGlyph(x, r, height));
		return {text: clip(padEnd(label, LABEL) + glyphs.join(''), width).trimEnd(), color: left < 0 ? tone.bad : tone.ok};
	});
	const errRow = bucketed(state.rates, total, cols, (xs) => Math.max(...xs))
		.map((x) => errorGlyph(x, p.slo))
		.join('');
	const ttr = s.dora.timeToRestoreHours === null ? '–' : `${s.dora.timeToRestoreHours}${t.h}`;
	const lines: ViewLine[] = [
		{text: clip(status, width), color: left < 0 ? tone.bad : state.frozen ? tone.warn : tone.accent},
		...chart,
		{text: clip(padEnd(t.err, LABEL) + errRow, width), color: tone.muted},
		{
			text: clip(
				`${t.pages} ✓${s.pages.true} ✗${s.pages.false} ?${s.pages.missed} · ${t.ship} ${s.deploysShipped} · ${t.held} ${s.deploysDeferred} · ${t.failed} ${s.failedChanges}`,
				width,
			),
			color: s.pages.missed > 0 ? tone.bad : undefined,
		},
		{
			text: firstFit(
				[
					`DORA ${s.dora.deploysPerDay}${t.perDay} · ${t.lead} ${s.dora.leadTimeHours}${t.h} · ${t.cfr} ${pct(s.dora.changeFailureRate)} · ${t.restore} ${ttr}`,
					`DORA ${s.dora.deploysPerDay}${t.perDay} · ${t.leadShort} ${s.dora.leadTimeHours}${t.h} · ${t.cfr} ${pct(s.dora.changeFailureRate)} · ${t.restore} ${ttr}`,
					`DORA ${s.dora.deploysPerDay} · ${s.dora.leadTimeHours}${t.h} · ${pct(s.dora.changeFailureRate)} · ${ttr}`,
				],
				width,
			),
		},
		{
			text: clip(
				`${t.toil} ${pct(s.toil.share)} (${t.max} ${pct(s.toil.peakShare)}, ${t.cap} 50%) · ${t.services} ${s.services} · ${t.platform(s.platformReadyDay)}`,
				width,
			),
			color: s.toil.share > 0.5 ? tone.warn : undefined,
		},
		{
			text: clip(`${t.calls}: DevOps ${s.decisions.devops} · SRE ${s.decisions.sre} · ${t.platformName} ${s.decisions.platform}`, width),
			color: tone.muted,
		},
	];
	if (state.hour >= p.days * 24) lines.push(...monthReview(state, s, width, lang));
	return lines.slice(0, rows);
}
