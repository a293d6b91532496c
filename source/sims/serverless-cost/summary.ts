/** The summary of a month of monitoring: each design's bill by line, the saving against the orchestrated design, throttled streams. */
import {billOf, linesOf} from './billing.js';
import type {ServerlessCostState} from './engine.js';
import type {Design, ServerlessCostParams} from './params.js';
import {PRICES_CHECKED, REGION} from './prices.js';
import {dollars} from './text.js';

export interface ServerlessCostSummary {
	design: Design;
	region: string;
	pricesChecked: string;
	day: number;
	days: number;
	/** Streams now (after any doubling). */
	streams: number;
	/** The params the run started with. */
	settings: ServerlessCostParams;
	/** The bill of the design the fleet runs, so far (the month's bill at the end), in US dollars (whole dollars from $100). */
	monthlyBill: number;
	/** 1 − its cost per monitored stream ÷ the orchestrated design's (0 when either monitored nothing). */
	saving: number;
	/** The most streams the design could not take on one day. */
	throttledStreams: number;
	/** Dollars per monitored stream for a 30-day month. */
	costPerStream: number;
	standardBill: number;
	expressBill: number;
	inProcessBill: number;
	expressSaving: number;
	inProcessSaving: number;
	standardThrottled: number;
	expressThrottled: number;
	/** Step Functions Standard refill rate now (after any raise). */
	sfnTransitionLimit: number;
	/** State transitions retried (and billed again) in the orchestrated design. */
	retries: number;
	/** Each design's bill line by line, in dollars: the bill is their sum. */
	lines: Record<'standard' | 'express' | 'inProcess', Record<string, number>>;
	/** Each design's usage in billed units. */
	usage: Record<'standard' | 'express' | 'inProcess', Record<string, number>>;
}

const KEY = {standard: 'standard', express: 'express', 'in-process': 'inProcess'} as const;

/** Dollars per monitored stream per 30-day month; 0 when nothing was monitored. */
function perStream(state: ServerlessCostState, design: Design): number {
	const days = state.streamDays[design];
	return days > 0 ? (billOf(design, state.usage[design]) / days) * 30 : 0;
}

/** 1 − design's cost per stream ÷ the orchestrated design's; 0 when there is nothing to compare. */
function savingOf(state: ServerlessCostState, design: Design): number {
	const base = perStream(state, 'standard');
	const mine = perStream(state, design);
	if (base <= 0 || state.streamDays[design] <= 0) return 0;
	return Math.round((1 - mine / base) * 1e6) / 1e6;
}

export function summarize(state: ServerlessCostState): ServerlessCostSummary {
	const d = state.params.design;
	const lines = {standard: {}, express: {}, inProcess: {}} as ServerlessCostSummary['lines'];
	const usage = {standard: {}, express: {}, inProcess: {}} as ServerlessCostSummary['usage'];
	for (const design of ['standard', 'express', 'in-process'] as const) {
		lines[KEY[design]] = linesOf(design, state.usage[design]);
		usage[KEY[design]] = {...state.usage[design]};
	}
	return {
		design: d,
		region: REGION,
		pricesChecked: PRICES_CHECKED,
		day: state.day,
		days: state.params.days,
		streams: state.streams,
		settings: state.params,
		monthlyBill: dollars(billOf(d, state.usage[d])),
		saving: savingOf(state, d),
		throttledStreams: state.peakThrottled[d],
		costPerStream: dollars(perStream(state, d)),
		standardBill: dollars(billOf('standard', state.usage.standard)),
		expressBill: dollars(billOf('express', state.usage.express)),
		inProcessBill: dollars(billOf('in-process', state.usage['in-process'])),
		expressSaving: savingOf(state, 'express'),
		inProcessSaving: savingOf(state, 'in-process'),
		standardThrottled: state.peakThrottled.standard,
		expressThrottled: state.peakThrottled.express,
		sfnTransitionLimit: state.sfnTransitionLimit,
		retries: state.retries,
		lines,
		usage,
	};
}
