/**
 * Pattern lab (chapter 59): pick an architecture pattern for a scenario and
 * live a seeded year, a week per tick. Each week brings Poisson-drawn events
 * (changes touching k modules, traffic spikes, new plug-ins, crashes, new
 * hires) that cost the pattern engineer-days and outage hours by its
 * trade-off profile. A CQRS sub-view samples users reading back their own
 * writes while the read model lags behind by an exponential delay.
 */
import {Random, type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {changeDays, crashIsWhole, platformDaysPerWeek, pluginDays, spikeOutageHours} from './costs.js';
import {patternLabParamHelp, type PatternLabParams, patternLabParams} from './params.js';
import {type EventKind, fitOf, SCENARIO_SPECS} from './profiles.js';

export {type PatternLabParams, patternLabParams} from './params.js';

export type YearEvent = {kind: EventKind; modules: number};
export type Happening = YearEvent & {days: number; outageHours: number; whole: boolean};
export type PatternLabAction = {type: 'spike'} | {type: 'crash'};

/** Users who read back their own write, sampled each week for the CQRS sub-view. */
export const READS_PER_WEEK = 50;

export interface PatternLabState {
	readonly params: PatternLabParams;
	readonly week: number;
	readonly engineers: number;
	readonly deliveryDays: number;
	readonly changes: number;
	readonly spikes: number;
	readonly plugins: number;
	readonly crashes: number;
	readonly outageHours: number;
	readonly wholeAppOutages: number;
	readonly readsChecked: number;
	readonly staleReads: number;
	/** The last week's read-model lags (ms) and whether each read was stale. */
	readonly lastLags: readonly number[];
	readonly log: readonly Happening[];
	readonly random: RandomState;
}

export interface PatternLabSummary {
	scenario: string;
	pattern: string;
	weeks: number;
	fit: number;
	deliveryDays: number;
	changes: number;
	spikes: number;
	plugins: number;
	crashes: number;
	outageHours: number;
	wholeAppOutages: number;
	/** Plug-ins that needed a release of the core or the whole app (all of them unless microkernel). */
	pluginReleases: number;
	engineers: number;
	cqrs: boolean;
	projectionLagMs: number;
	readAfterWriteMs: number;
	readsChecked: number;
	staleReads: number;
}

/** A Poisson draw (Knuth's method: multiply uniforms until below e^−mean). */
function poisson(r: Random, mean: number): number {
	const limit = Math.exp(-mean);
	let n = 0;
	for (let p = r.float(); p > limit; p *= r.float()) n++;
	return n;
}

/** Modules a change touches: 1, then each more with probability 1/2 (at most 6). */
function modulesOf(r: Random): number {
	let k = 1;
	while (k < 6 && r.float() < 0.5) k++;
	return k;
}

function apply(s: PatternLabState, e: YearEvent, engineers: number): Happening {
	const p = s.params.pattern;
	if (e.kind === 'change') return {...e, days: changeDays(p, e.modules, engineers), outageHours: 0, whole: false};
	if (e.kind === 'plugin') return {...e, days: pluginDays(p, engineers), outageHours: 0, whole: false};
	if (e.kind === 'spike') {
		const hours = spikeOutageHours(p);
		return {...e, days: 0, outageHours: hours, whole: hours > 0};
	}
	if (e.kind === 'crash') {
		const whole = crashIsWhole(p);
		return {...e, days: 0, outageHours: whole ? 1 : 0.5, whole};
	}
	return {...e, days: 0, outageHours: 0, whole: false};
}

function live(s: PatternLabState, events: readonly YearEvent[], random: Random, week: number): PatternLabState {
	let {engineers, deliveryDays, changes, spikes, plugins, crashes, outageHours, wholeAppOutages} = s;
	const log: Happening[] = [];
	for (const e of events) {
		if (e.kind === 'hire') engineers += 8;
		const h = apply(s, e, engineers);
		log.push(h);
		deliveryDays += h.days;
		outageHours += h.outageHours;
		if (h.whole) wholeAppOutages++;
		if (e.kind === 'change') changes++;
		if (e.kind === 'spike') spikes++;
		if (e.kind === 'plugin') plugins++;
		if (e.kind === 'crash') crashes++;
	}
	return {...s, week, engineers, deliveryDays, changes, spikes, plugins, crashes, outageHours, wholeAppOutages, log, random: random.state};
}

function tick(s: PatternLabState): PatternLabState {
	const random = new Random(s.random);
	const spec = SCENARIO_SPECS[s.params.scenario];
	const events: YearEvent[] = [];
	for (const kind of ['hire', 'change', 'plugin', 'spike', 'crash'] as const)
		for (let n = poisson(random, spec.perWeek[kind]); n > 0; n--) events.push({kind, modules: kind === 'change' ? modulesOf(random) : 1});
	const next = live(s, events, random, s.week + 1);
	const platform = platformDaysPerWeek(s.params.pattern);
	// CQRS: each read of one's own write, after readAfterWriteMs, finds the read model behind by an exponential lag.
	const {cqrs, projectionLagMs, readAfterWriteMs, ownReads} = s.params;
	const lags = cqrs ? Array.from({length: READS_PER_WEEK}, () => Math.round(-projectionLagMs * Math.log(1 - random.float()))) : [];
	const stale = ownReads === 'read-model' ? lags.filter((lag) => lag > readAfterWriteMs).length : 0;
	return {
		...next,
		deliveryDays: next.deliveryDays + platform,
		readsChecked: s.readsChecked + lags.length,
		staleReads: s.staleReads + stale,
		lastLags: lags,
		random: random.state,
	};
}

export const patternLab: SimEngine<PatternLabParams, PatternLabState, PatternLabAction, PatternLabSummary> = {
	id: 'pattern-lab',
	chapter: 59,
	params: patternLabParams,
	paramHelp: patternLabParamHelp,
	init: (params, seed) => ({
		params,
		week: 0,
		engineers: SCENARIO_SPECS[params.scenario].engineers,
		deliveryDays: 0,
		changes: 0,
		spikes: 0,
		plugins: 0,
		crashes: 0,
		outageHours: 0,
		wholeAppOutages: 0,
		readsChecked: 0,
		staleReads: 0,
		lastLags: [],
		log: [],
		random: seedRandom(seed),
	}),
	step: (s, action) => (action.type === 'tick' ? tick(s) : live(s, [{kind: action.type, modules: 1}], new Random(s.random), s.week)),
	done: (s) => s.week >= s.params.weeks,
	summary: (s) => ({
		scenario: s.params.scenario,
		pattern: s.params.pattern,
		weeks: s.week,
		fit: Math.round(fitOf(s.params.pattern, s.params.scenario) * 1000) / 1000,
		deliveryDays: Math.round(s.deliveryDays * 10) / 10,
		changes: s.changes,
		spikes: s.spikes,
		plugins: s.plugins,
		crashes: s.crashes,
		outageHours: Math.round(s.outageHours * 10) / 10,
		wholeAppOutages: s.wholeAppOutages,
		pluginReleases: s.params.pattern === 'microkernel' ? 0 : s.plugins,
		engineers: s.engineers,
		cqrs: s.params.cqrs,
		projectionLagMs: s.params.projectionLagMs,
		readAfterWriteMs: s.params.readAfterWriteMs,
		readsChecked: s.readsChecked,
		staleReads: s.staleReads,
	}),
};
