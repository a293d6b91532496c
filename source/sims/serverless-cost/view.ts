import type {Lang} from '../../content/text.js';
import {billOf, DESIGN_LINES, LINE_PRICE, type LineName} from './billing.js';
import type {ServerlessCostState} from './engine.js';
import {type Design, DESIGNS} from './params.js';
import {PRICES, PRICES_CHECKED, REGION} from './prices.js';
import {summarize} from './summary.js';
import {count, DESIGN_NAME, pct, rate, usd} from './text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, padStart, tone, widthOf} from '../view-kit.js';

/** The glyph each line item stacks in a bar with (lines of one service share a glyph). */
export const GLYPH: Record<LineName, string> = {
	transitions: '█',
	expressRequests: '▓',
	expressGbSeconds: '▓',
	lambdaRequests: '▒',
	lambdaGbSeconds: '▒',
	s3Puts: '░',
	s3Gets: '░',
	vcpuHours: '▄',
	gbHours: '▄',
};

const LINE_NAME: Record<Lang, Record<LineName, string>> = {
	en: {
		transitions: 'transitions',
		expressRequests: 'Express requests',
		expressGbSeconds: 'Express GB-s',
		lambdaRequests: 'Lambda requests',
		lambdaGbSeconds: 'Lambda GB-s',
		s3Puts: 'S3 PUTs',
		s3Gets: 'S3 GETs',
		vcpuHours: 'Fargate vCPU-h',
		gbHours: 'Fargate GB-h',
	},
	ko: {
		transitions: '상태 전환',
		expressRequests: 'Express 요청',
		expressGbSeconds: 'Express GB-초',
		lambdaRequests: 'Lambda 요청',
		lambdaGbSeconds: 'Lambda GB-초',
		s3Puts: 'S3 PUT',
		s3Gets: 'S3 GET',
		vcpuHours: 'Fargate vCPU-시간',
		gbHours: 'Fargate GB-시간',
	},
};

/** One design's bar: its lines stacked by glyph, then dots for the rest of the month at today's pace. */
function bar(state: ServerlessCostState, design: Design, scale: number, columns: number): string {
	if (columns <= 0) return '';
	const usage = state.usage[design];
	const days = state.params.days;
	const bill = billOf(design, usage);
	const projected = state.day > 0 ? (bill / state.day) * days : 0;
	let text = '';
	let spent = 0;
	for (const line of DESIGN_LINES[design]) {
		spent += usage[line] * PRICES[LINE_PRICE[line]].usd;
		const end = scale > 0 ? Math.round((spent / scale) * columns) : 0;
		text += GLYPH[line].repeat(Math.max(0, end - text.length));
	}
	const ahead = scale > 0 ? Math.round((projected / scale) * columns) : 0;
	return text + '·'.repeat(Math.max(0, Math.min(columns, ahead) - text.length));
}

/**
 * The month's bill, drawn: a status line; one bar per design on a shared
 * scale (the largest bill projected to the month's end), the design run marked
 * ▶ and its throttled streams written after it; the saving per stream against
 * Step Functions; why Step Functions throttles; what each stream does per
 * second of video; and the bill of the design run, line by line (usage × list
 * price = dollars). With fewer rows the bars stay and the rest goes, the
 * breakdown first.
 */
export function serverlessCostView(state: ServerlessCostState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const s = summarize(state);
	const p = state.params;
	const ko = lang === 'ko';
	const out: {line: ViewLine; rank: number}[] = [];
	const add = (text: string, rank: number, color?: string) =>
		out.push({line: color ? {text: clip(text, width), color} : {text: clip(text, width)}, rank});

	const streams = count(state.streams);
	const status = ko
		? [
				`${state.day}/${p.days}일 · 스트림 ${streams}개 · ${REGION} 정가(${PRICES_CHECKED} 확인)`,
				`${state.day}/${p.days}일 · 스트림 ${streams}개 · ${REGION}`,
				`${state.day}/${p.days}일 · ${streams}개`,
			]
		: [
				`day ${state.day}/${p.days} · ${streams} streams · ${REGION} list prices (${PRICES_CHECKED})`,
				`day ${state.day}/${p.days} · ${streams} streams · ${REGION}`,
				`day ${state.day}/${p.days} · ${streams}`,
			];
	add(firstFit(status, width), 1, tone.accent);

	const names = DESIGN_NAME[lang];
	const short = width < 50;
	const nameOf = (d: Design) => (short ? {standard: 'SFN', express: 'Express', 'in-process': 'in-proc'}[d] : names[d]);
	const nameWidth = Math.max(...DESIGNS.map((d) => widthOf(nameOf(d))));
	const bills = DESIGNS.map((d) => billOf(d, state.usage[d]));
	const scale = state.day > 0 ? Math.max(...bills.map((b) => (b / state.day) * p.days)) : 0;
	const moneyWidth = Math.max(...bills.map((b) => usd(b).length));
	for (const d of DESIGNS) {
		const throttled = state.lastDay?.[d].throttled ?? 0;
		const tail =
			throttled > 0
				? firstFit(
						ko ? [` ${count(throttled)}개 스로틀`, ` ${count(throttled)}✗`] : [` ${count(throttled)} throttled`, ` ${count(throttled)}✗`],
						16,
					)
				: '';
		const head = `${d === p.design ? '▶' : ' '} ${padEnd(nameOf(d), nameWidth)} ${padStart(usd(billOf(d, state.usage[d])), moneyWidth)} `;
		const barWidth = Math.min(40, width - widthOf(head) - widthOf(tail));
		add(
			`${head}${padEnd(bar(state, d, scale, barWidth), Math.max(0, barWidth))}${tail}`.trimEnd(),
			0,
			throttled > 0 ? tone.bad : undefined,
		);
	}

	const ex = pct(s.expressSaving);
	const inp = pct(s.inProcessSaving);
	add(
		firstFit(
			ko
				? [`Step Functions 대비 스트림당 절감: Express ${ex} · in-process ${inp}`, `스트림당 절감: Express ${ex} · in-process ${inp}`]
				: [
						`saving per stream vs Step Functions: Express ${ex} · in-process ${inp}`,
						`saving per stream: Express ${ex} · in-process ${inp}`,
					],
			width,
		),
		2,
	);

	const per = (d: Design) => usd(state.streamDays[d] > 0 ? (billOf(d, state.usage[d]) / state.streamDays[d]) * 30 : 0);
	add(
		firstFit(
			ko
				? [
						`감시한 스트림당 월 비용: Step Functions ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
						`스트림당 월 비용: Step Functions ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
						`스트림당 월: SFN ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
					]
				: [
						`per monitored stream-month: Step Functions ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
						`per stream-month: Step Functions ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
						`per stream-month: SFN ${per('standard')} · Express ${per('express')} · in-process ${per('in-process')}`,
					],
			width,
		),
		3.2,
	);

	const need = count(state.streams * p.transitionsPerSecond * (1 + p.retryRate));
	const over = state.streams * p.transitionsPerSecond * (1 + p.retryRate) > state.sfnTransitionLimit;
	const limit = count(state.sfnTransitionLimit);
	const cmp = over ? '>' : '≤';
	add(
		firstFit(
			ko
				? [
						`Step Functions 필요 ${need}회/초 ${cmp} 한도 ${limit}회/초${over ? ' → 스로틀' : ''}`,
						`전환 ${need}/초 ${cmp} 한도 ${limit}/초${over ? ' → 스로틀' : ''}`,
					]
				: [
						`Step Functions needs ${need} transitions/s ${cmp} limit ${limit}/s${over ? ' → throttled' : ''}`,
						`transitions ${need}/s ${cmp} limit ${limit}/s${over ? ' → throttled' : ''}`,
					],
			width,
		),
		3,
		over ? tone.bad : undefined,
	);
	add(
		firstFit(
			ko
				? [
						`스트림당 영상 1초에: 전환 ${rate(p.transitionsPerSecond)}회 · 프레임 ${rate(p.framesPerSecond)}개 · S3 왕복 ${rate(p.s3RoundTripsPerFrame * p.framesPerSecond)}회`,
						`영상 1초: 전환 ${rate(p.transitionsPerSecond)} · 프레임 ${rate(p.framesPerSecond)} · S3 왕복 ${rate(p.s3RoundTripsPerFrame * p.framesPerSecond)}`,
					]
				: [
						`per stream per video second: transitions ${rate(p.transitionsPerSecond)} · frames ${rate(p.framesPerSecond)} · S3 round trips ${rate(p.s3RoundTripsPerFrame * p.framesPerSecond)}`,
						`per video second: transitions ${rate(p.transitionsPerSecond)} · frames ${rate(p.framesPerSecond)} · S3 trips ${rate(p.s3RoundTripsPerFrame * p.framesPerSecond)}`,
					],
			width,
		),
		3.5,
		tone.muted,
	);

	const lineNames = LINE_NAME[lang];
	const lines = DESIGN_LINES[p.design];
	const lineWidth = Math.max(...lines.map((l) => widthOf(lineNames[l])));
	for (const l of lines) {
		const used = state.usage[p.design][l];
		const dollars = usd(used * PRICES[LINE_PRICE[l]].usd);
		const name = padEnd(lineNames[l], lineWidth);
		add(
			firstFit(
				[
					`${GLYPH[l]} ${name} ${padStart(count(used), 15)} × ${padEnd(PRICES[LINE_PRICE[l]].listed, 18)} = ${dollars}`,
					`${GLYPH[l]} ${name} ${count(used)} = ${dollars}`,
					`${GLYPH[l]} ${name} ${dollars}`,
				],
				width,
			),
			4,
		);
	}
	add(
		ko
			? `= ${names[p.design]} 청구액 ${usd(s.monthlyBill)}(위 항목의 합)`
			: `= ${names[p.design]} bill ${usd(s.monthlyBill)} (the sum of the lines above)`,
		4,
		tone.muted,
	);

	const kept = new Set(
		out
			.map((o, i) => ({rank: o.rank, i}))
			.sort((a, b) => a.rank - b.rank || a.i - b.i)
			.slice(0, rows)
			.map((o) => o.i),
	);
	return out.filter((_, i) => kept.has(i)).map((o) => o.line);
}
