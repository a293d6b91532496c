/**
 * A month of running a service (chapter 53): the team ships changes, some
 * fail and burn the error budget, an alert policy pages (or does not), an
 * error budget policy may freeze releases, toil grows with every new
 * service, and a platform investment costs time first and pays back later.
 * Every decision is tagged with the role that owns it. One tick is one hour.
 */
import {Random, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {errorBudgetMinutes} from '../deploy-strategies/stats.js';
import {alertFires, SLOW} from './alerts.js';
import {type MonthParams, monthParamHelp, monthParams} from './params.js';
import {type MonthSummary, summarize} from './summary.js';
import type {Incident, MonthAction, MonthEvent, MonthState} from './types.js';

export type {MonthParams} from './params.js';
export type {MonthSummary} from './summary.js';

export type {Incident, MonthAction, MonthEvent, MonthState, Role} from './types.js';

/** The budget in hours of full outage: (1 − SLO) × days × 24. */
export const budgetHours = (p: MonthParams) => errorBudgetMinutes(p.slo, p.days) / 60;
/** A missed page: an incident nobody was paged for that cost 5% of the budget or more (the Workbook's 6-hour page). */
const MISSED_SHARE = 0.05;
const TOIL_CAP = 0.5;

function startIncident(s: MonthState, rate: number, events: MonthEvent[]): MonthState {
	const id = s.nextIncident;
	events.push({kind: 'deploy-failed', role: 'devops', incident: id, rate});
	const incident: Incident = {id, start: s.hour, rate, pagedAt: -1, endAt: s.hour + s.params.unnoticedHours, burned: 0};
	return {...s, incidents: [...s.incidents, incident], nextIncident: id + 1, failed: s.failed + 1};
}

function tick(state: MonthState): MonthState {
	const p = state.params;
	const h = state.hour;
	const rnd = new Random(state.rng);
	const events: MonthEvent[] = [];
	const decisions = {...state.decisions};
	let s: MonthState = state;

	// The platform: built with a share of the team's time, then it cuts toil and failed changes.
	let {platformHours, platformReadyAt} = s;
	if (p.platformShare > 0 && platformReadyAt < 0) {
		platformHours += (p.engineers * 40 * p.platformShare) / 168;
		if (platformHours >= p.platformEffortHours) {
			platformReadyAt = h;
			events.push({kind: 'platform-ready', role: 'platform'});
			decisions.platform++;
		}
	}
	const ready = platformReadyAt >= 0;
	const services = p.services + (p.servicesPerWeek * h) / 168;
	const toilShare = (services * p.toilHoursPerService * (ready ? 1 - p.toilCut : 1)) / (p.engineers * 40);
	if (toilShare > TOIL_CAP !== s.toilShare > TOIL_CAP) {
		events.push({kind: 'toil-cap', role: 'sre', over: toilShare > TOIL_CAP, share: toilShare});
		decisions.sre++;
	}

	// The error budget policy: stop shipping once the budget left reaches the line.
	const leftNow = state.left.at(-1) ?? 1;
	let frozen = s.frozen;
	if (!frozen && p.freezePolicy === 'freeze' && leftNow <= p.freezeAt) {
		frozen = true;
		events.push({kind: 'freeze', role: 'sre', on: true, left: leftNow});
		decisions.sre++;
	}

	// Deploys due this hour (fewer while the team builds the platform).
	const perDay = p.deploysPerDay * (ready ? 1 : 1 - p.platformShare);
	const due = s.due + perDay / 24;
	const n = Math.floor(due + 1e-9) - Math.floor(s.due + 1e-9);
	s = {...s, due, frozen};
	if (frozen) s = {...s, deferred: s.deferred + n};
	else {
		const cfr = p.changeFailureRate * (ready ? 1 - p.failureCut : 1);
		for (let i = 0; i < n; i++) {
			s = {...s, shipped: s.shipped + 1};
			decisions.devops++;
			if (rnd.float() < cfr) {
				const [lo, hi] =
					p.incidentMinRate <= p.incidentMaxRate ? [p.incidentMinRate, p.incidentMaxRate] : [p.incidentMaxRate, p.incidentMinRate];
				s = startIncident(s, Math.exp(Math.log(lo) + rnd.float() * (Math.log(hi) - Math.log(lo))), events);
			}
		}
	}

	// This hour's errors: the quiet rate, a blip now and then, every incident still on.
	const blip = rnd.float() < p.blipChance ? 0.001 + rnd.float() * 0.002 : 0;
	const active = s.incidents.filter((i) => i.start <= h && h < i.endAt);
	const rate = Math.min(1, p.baseErrorRate + blip + active.reduce((a, i) => a + i.rate, 0));
	const rates = [...s.rates, rate];
	const spent = s.spent + rate;
	let incidents = s.incidents.map((i) => (i.start <= h && h < i.endAt ? {...i, burned: i.burned + i.rate} : i));

	// The alert policy reads the rates; a page starts a restore of every incident still unpaged.
	const fires = alertFires(rates, p);
	let {truePages, falsePages} = s;
	const unpaged = incidents.filter((i) => i.start <= h && h < i.endAt && i.pagedAt < 0);
	const restore = p.restoreHours * (toilShare > TOIL_CAP ? 2 : 1);
	if (fires && unpaged.length > 0) {
		truePages++;
		const ids = unpaged.map((i) => i.id);
		incidents = incidents.map((i) => (ids.includes(i.id) ? {...i, pagedAt: h, endAt: Math.min(i.endAt, h + restore)} : i));
		events.push({kind: 'page', role: 'sre', real: true, incidents: ids});
		decisions.sre++;
	} else if (fires && !s.fired && !incidents.some((i) => i.start <= h && i.endAt > h - SLOW.hours)) {
		// A new alert with no incident in its window: nothing real to wake anyone for.
		falsePages++;
		events.push({kind: 'page', role: 'sre', real: false, incidents: []});
		decisions.sre++;
	}

	// Incidents that end with this hour.
	let {missed, restoredHours, restoredCount} = s;
	for (const i of incidents) {
		if (i.endAt !== h + 1) continue;
		const wasMissed = i.pagedAt < 0 && i.burned >= MISSED_SHARE * budgetHours(p);
		if (wasMissed) missed++;
		restoredHours += i.endAt - i.start;
		restoredCount++;
		events.push({kind: 'restored', role: i.pagedAt < 0 ? 'devops' : 'sre', incident: i.id, hours: i.endAt - i.start, missed: wasMissed});
	}
	const left = 1 - spent / budgetHours(p);
	return {
		...s,
		hour: h + 1,
		rng: rnd.state,
		rates,
		left: [...s.left, left],
		incidents: incidents.filter((i) => i.endAt > h + 1 - 168),
		fired: fires,
		spent,
		deferredWait: s.deferredWait + s.deferred,
		frozenHours: s.frozenHours + (frozen ? 1 : 0),
		truePages,
		falsePages,
		missed,
		restoredHours,
		restoredCount,
		platformHours,
		platformReadyAt,
		toilShare,
		peakToil: Math.max(s.peakToil, toilShare),
		overCapHours: s.overCapHours + (toilShare > TOIL_CAP ? 1 : 0),
		decisions,
		events,
	};
}

export const errorBudgetMonth: SimEngine<MonthParams, MonthState, MonthAction, MonthSummary> = {
	id: 'error-budget-month',
	chapter: 53,
	params: monthParams,
	paramHelp: monthParamHelp,

	init(params, seed) {
		return {
			params,
			hour: 0,
			rng: seedRandom(seed),
			rates: [],
			left: [],
			incidents: [],
			nextIncident: 1,
			fired: false,
			spent: 0,
			due: 0,
			shipped: 0,
			failed: 0,
			deferred: 0,
			deferredWait: 0,
			frozen: false,
			frozenHours: 0,
			truePages: 0,
			falsePages: 0,
			missed: 0,
			restoredHours: 0,
			restoredCount: 0,
			platformHours: 0,
			platformReadyAt: -1,
			toilShare: 0,
			peakToil: 0,
			overCapHours: 0,
			decisions: {devops: 0, sre: 0, platform: 0},
			events: [],
		};
	},

	step(state, action) {
		switch (action.type) {
			case 'tick':
				return tick(state);
			case 'bad-change': {
				const events: MonthEvent[] = [];
				const next = startIncident({...state, shipped: state.shipped + 1}, 0.05, events);
				return {...next, decisions: {...state.decisions, devops: state.decisions.devops + 1}, events};
			}
			case 'freeze':
				if (state.frozen === action.on) return {...state, events: []};
				return {
					...state,
					frozen: action.on,
					decisions: {...state.decisions, sre: state.decisions.sre + 1},
					events: [{kind: 'freeze', role: 'sre', on: action.on, left: state.left.at(-1) ?? 1}],
				};
			default:
				return state;
		}
	},

	done(state) {
		return state.hour >= state.params.days * 24;
	},

	summary: summarize,
};
