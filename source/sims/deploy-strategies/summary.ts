import type {DeployState} from './engine.js';
import {newShare} from './rollout.js';
import {schemaDone} from './schema.js';
import {canaryOdds, errorBudgetMinutes} from './stats.js';

export interface DeploySummary {
	minute: number;
	strategy: string;
	phase: string;
	/** The new version's share of requests now. */
	newShare: number;
	requests: number;
	users: number;
	requestsPerMinute: number;
	/** Requests one user sends a minute: how quickly a bad version reaches each user. */
	requestsPerUserMinute: number;
	badErrorRate: number;
	baseErrorRate: number;
	/** The release caused failures and the monitor (or the learner) called it off; everyone is back on the old version. */
	detected: boolean;
	rolledBack: boolean;
	/** Minutes from the release's first failure to the rollback call; from the call to no one on the new version. */
	detectMinutes: number | null;
	rollbackMinutes: number | null;
	/** Share of users served by the new version at least once / who got an error the release caused. */
	exposedShare: number;
	affectedShare: number;
	affectedUsers: number;
	/** Σ over minutes of users who hit a release error in that minute. */
	errorUserMinutes: number;
	releaseErrors: number;
	downtimeMinutes: number;
	budget: {minutes: number; usedMinutes: number; usedShare: number};
	extraCapacity: {peakShare: number; podMinutes: number};
	canary: {
		share: number;
		requestsPerCheck: number;
		failingRequests: number;
		checkFalseAlarm: number;
		checkDetect: number;
		falseAlarm: number;
		missed: number;
	};
	schema: {change: string; phase: string; done: boolean; errors: number};
}

const round = (x: number, digits = 6) => Number(x.toFixed(digits));

export function summarize(s: DeployState): DeploySummary {
	const p = s.params;
	const releaseErrors = s.bugErrors + s.downErrors + s.schemaErrors;
	const budgetMinutes = errorBudgetMinutes(p.slo, p.sloDays);
	// Failed requests as minutes of full outage: a minute's requests all failing is one minute.
	const usedMinutes = p.requestsPerMinute > 0 ? releaseErrors / p.requestsPerMinute : 0;
	const odds = canaryOdds({
		rpm: p.requestsPerMinute,
		share: p.cohortShare,
		threshold: p.alertThreshold,
		base: p.baseErrorRate,
		bug: p.badErrorRate,
		bake: p.bakeMinutes,
		failed: p.failedChecks,
	});
	return {
		minute: s.tick,
		strategy: p.strategy,
		phase: s.rollout.phase,
		newShare: round(newShare(s.rollout)),
		requests: s.requests,
		users: p.users,
		requestsPerMinute: p.requestsPerMinute,
		requestsPerUserMinute: round(p.requestsPerMinute / p.users, 4),
		badErrorRate: s.bug,
		baseErrorRate: p.baseErrorRate,
		detected: s.firstBadAt >= 0 && s.alertAt >= 0,
		rolledBack: s.rollout.phase === 'rolled-back',
		detectMinutes: s.firstBadAt >= 0 && s.alertAt >= 0 ? Math.max(0, s.alertAt - s.firstBadAt) : null,
		rollbackMinutes: s.alertAt >= 0 && s.recoveredAt >= 0 ? s.recoveredAt - s.alertAt : null,
		exposedShare: round(s.exposedCount / p.users),
		affectedShare: round(s.affectedCount / p.users),
		affectedUsers: s.affectedCount,
		errorUserMinutes: s.errorUserMinutes,
		releaseErrors,
		downtimeMinutes: s.downMinutes,
		budget: {minutes: budgetMinutes, usedMinutes: round(usedMinutes, 4), usedShare: round(usedMinutes / budgetMinutes)},
		extraCapacity: {peakShare: round(s.peakExtra / p.instances), podMinutes: s.extraPodMinutes},
		canary: {
			share: p.cohortShare,
			requestsPerCheck: odds.requestsPerCheck,
			failingRequests: odds.failingRequests,
			checkFalseAlarm: round(odds.checkFalseAlarm, 9),
			checkDetect: round(odds.checkDetect, 9),
			falseAlarm: round(odds.falseAlarm, 9),
			missed: round(odds.missed, 9),
		},
		schema: {change: p.schemaChange, phase: s.schema, done: schemaDone(s.schema), errors: s.schemaErrors},
	};
}
