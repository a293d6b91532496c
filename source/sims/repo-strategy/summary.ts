/** The summary of a repo-strategy run: what the fix cost and how long it took to reach every service. */
import type {RepoStrategyState} from './engine.js';
import {directDependents} from './graph.js';
import {affectedCount} from './plan.js';

export interface RepoStrategySummary {
	mode: 'polyrepo' | 'monorepo';
	hour: number;
	services: number;
	packagesTotal: number;
	/** Packages the fix touches: core's dependents, direct and through libraries. */
	affected: number;
	/** Packages that depend on core directly. */
	fanIn: number;
	prsNeeded: number;
	prsMerged: number;
	ciMinutes: number;
	ciWallHours: number;
	/** Hour the last pull request merged (or will). */
	lastMergeHour: number;
	fixedServices: number;
	fixedShare: number;
	allFixed: boolean;
	/** Days until every service runs the fix: once they all do (or the run is over: then from the schedule); null before. */
	daysToAllFixed: number | null;
	versionsInFlight: number;
	peakVersions: number;
	diamondsNow: number;
	peakDiamonds: number;
	vacations: number;
	/** CI minutes spent / what building every package would cost (1 = everything rebuilt). */
	ciShare: number;
	deployEveryHours: number;
	libsPerService: number;
	teamPickupDays: number;
	reviewHours: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function summarize(s: RepoStrategyState): RepoStrategySummary {
	const p = s.params;
	const h = Math.min(s.hour, s.end);
	const upTo = (xs: readonly number[]) => xs.slice(0, h + 1);
	const merged = [...s.plan.libDone, ...s.plan.serviceDone].filter((d) => d <= h).length + (s.plan.coreRelease <= h ? 1 : 0);
	const fixed = s.series.fixed[h] ?? 0;
	const lastDeploy = Math.max(0, ...s.plan.deployAt);
	const over = s.hour >= s.end;
	return {
		mode: p.mode,
		hour: s.hour,
		services: p.services,
		packagesTotal: 1 + p.libraries + p.services + p.otherPackages,
		affected: affectedCount(p),
		fanIn: directDependents(p, s.graph),
		prsNeeded: p.mode === 'monorepo' ? 1 : 1 + affectedCount(p),
		prsMerged: p.mode === 'monorepo' ? (s.plan.coreRelease <= h ? 1 : 0) : merged,
		ciMinutes: r2(s.plan.ciMinutes),
		ciWallHours: s.plan.ciWallHours,
		lastMergeHour: r2(Math.max(s.plan.coreRelease, ...s.plan.serviceDone, ...s.plan.libDone)),
		fixedServices: fixed,
		fixedShare: r2(fixed / p.services),
		allFixed: fixed === p.services,
		daysToAllFixed: over || fixed === p.services ? r2(lastDeploy / 24) : null,
		versionsInFlight: s.series.versions[h] ?? 0,
		peakVersions: Math.max(0, ...upTo(s.series.versions)),
		diamondsNow: s.series.diamonds[h] ?? 0,
		peakDiamonds: Math.max(0, ...upTo(s.series.diamonds)),
		vacations: s.vacations,
		ciShare: r2(s.plan.ciMinutes / ((1 + p.libraries + p.services + p.otherPackages) * p.buildMinutes)),
		deployEveryHours: p.deployEveryHours,
		libsPerService: p.libsPerService,
		teamPickupDays: p.teamPickupDays,
		reviewHours: p.reviewHours,
	};
}
