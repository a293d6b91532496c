import {errorBudgetMinutes} from '../deploy-strategies/stats.js';
import {budgetHours, type MonthState} from './engine.js';

export interface MonthSummary {
	day: number;
	days: number;
	budget: {minutes: number; spentMinutes: number; remainingShare: number};
	/** The month ended (or stands) within its SLO: budget left ≥ 0. */
	sloMet: boolean;
	pages: {true: number; false: number; missed: number};
	freezeDays: number;
	deploysShipped: number;
	deploysDeferred: number;
	failedChanges: number;
	/** DORA's four keys for the month so far. */
	dora: {deploysPerDay: number; leadTimeHours: number; changeFailureRate: number; timeToRestoreHours: number | null};
	toil: {share: number; peakShare: number; overCapHours: number};
	services: number;
	engineers: number;
	platformReadyDay: number | null;
	/** The settings a challenge pins, as set. */
	settings: {
		slo: number;
		deploysPerDay: number;
		changeFailureRate: number;
		incidentMinRate: number;
		incidentMaxRate: number;
		blipChance: number;
		servicesPerWeek: number;
		toilHoursPerService: number;
	};
	/** Calls made this month, by the role that owns them. */
	decisions: {devops: number; sre: number; platform: number};
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function summarize(s: MonthState): MonthSummary {
	const p = s.params;
	const days = s.hour / 24;
	const changes = s.shipped + s.deferred;
	return {
		// The day the last hour belongs to (1-based), 0 before the first hour.
		day: s.hour > 0 ? Math.floor((s.hour - 1) / 24) + 1 : 0,
		days: p.days,
		budget: {
			minutes: errorBudgetMinutes(p.slo, p.days),
			spentMinutes: round(s.spent * 60, 2),
			remainingShare: round(1 - s.spent / budgetHours(p)),
		},
		sloMet: s.spent <= budgetHours(p),
		pages: {true: s.truePages, false: s.falsePages, missed: s.missed},
		freezeDays: round(s.frozenHours / 24, 2),
		deploysShipped: s.shipped,
		deploysDeferred: s.deferred,
		failedChanges: s.failed,
		dora: {
			deploysPerDay: days > 0 ? round(s.shipped / days, 2) : 0,
			leadTimeHours: round(p.leadTimeHours + (changes > 0 ? s.deferredWait / changes : 0), 1),
			changeFailureRate: s.shipped > 0 ? round(s.failed / s.shipped) : 0,
			timeToRestoreHours: s.restoredCount > 0 ? round(s.restoredHours / s.restoredCount, 2) : null,
		},
		toil: {share: round(s.toilShare), peakShare: round(s.peakToil), overCapHours: s.overCapHours},
		services: Math.floor(p.services + (p.servicesPerWeek * s.hour) / 168),
		engineers: p.engineers,
		platformReadyDay: s.platformReadyAt >= 0 ? Math.floor(s.platformReadyAt / 24) + 1 : null,
		settings: {
			slo: p.slo,
			deploysPerDay: p.deploysPerDay,
			changeFailureRate: p.changeFailureRate,
			incidentMinRate: p.incidentMinRate,
			incidentMaxRate: p.incidentMaxRate,
			blipChance: p.blipChance,
			servicesPerWeek: p.servicesPerWeek,
			toilHoursPerService: p.toilHoursPerService,
		},
		decisions: {...s.decisions},
	};
}
