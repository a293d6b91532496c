/**
 * Deployment strategies (chapter 48): a release goes out by big bang, rolling
 * update, blue-green switch, canary or feature toggle; the new version may
 * carry a bug (an error rate) and a database change. A monitor checks the
 * error rate each minute and rolls the release back after enough failed
 * checks, each strategy by its own way back. One tick is one minute.
 */
import {murmur3String} from '../hash/murmur3.js';
import {type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {type DeployParams, deployParamHelp, deployParams} from './params.js';
import {advanceRollout, checking, extraPods, newShare, type Phase, type Rollout, rollBack, startRollout, watchesCohort} from './rollout.js';
import {type SchemaPhase, advanceSchema} from './schema.js';
import {failingCount} from './stats.js';
import {type DeploySummary, summarize} from './summary.js';
import {emptyBits, runMinute} from './traffic.js';

export type {DeployParams} from './params.js';
export type {DeploySummary} from './summary.js';

/** What happened in the last step, for the narration. */
export type DeployEvent =
	| {kind: 'phase'; from: Phase; to: Phase}
	| {kind: 'batch'; starting: number; stopping: number}
	| {kind: 'bug-reaches-users'; rate: number}
	| {kind: 'schema-breaks'; failed: number}
	| {kind: 'check-failed'; failed: number; of: number; count: number}
	| {kind: 'rollback'; reason: 'monitor' | 'manual'}
	| {kind: 'schema'; to: SchemaPhase}
	| {kind: 'bug-set'; rate: number};

export interface DeployState {
	readonly params: DeployParams;
	readonly tick: number;
	readonly rng: RandomState;
	readonly order: readonly number[];
	readonly rollout: Rollout;
	readonly schema: SchemaPhase;
	readonly schemaUntil: number;
	/** The new version's extra error rate now (the param, or changed live). */
	readonly bug: number;
	readonly checks: number;
	readonly failedChecks: number;
	/** First minute the release caused unplanned failures (-1: none yet). */
	readonly firstBadAt: number;
	readonly alertAt: number;
	readonly rollbackReason: 'monitor' | 'manual' | null;
	readonly recoveredAt: number;
	readonly requests: number;
	readonly background: number;
	readonly bugErrors: number;
	readonly downErrors: number;
	readonly schemaErrors: number;
	readonly downMinutes: number;
	readonly errorUserMinutes: number;
	readonly extraPodMinutes: number;
	readonly peakExtra: number;
	readonly affected: readonly number[];
	readonly exposed: readonly number[];
	readonly affectedCount: number;
	readonly exposedCount: number;
	/** Per minute: the new version's share of requests, and the share of requests the release failed. */
	readonly shares: readonly number[];
	readonly errorRates: readonly number[];
	readonly events: readonly DeployEvent[];
}

export type DeployAction = {type: 'set-bug'; rate: number} | {type: 'roll-back'};

/** Users sorted by murmur3 of their name: a cohort is a prefix, so a user stays in (or out of) it. */
function userOrder(users: number): number[] {
	const keyed = Array.from({length: users}, (_, u) => [murmur3String(`user-${u}`), u] as const);
	keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	return keyed.map(([, u]) => u);
}

function tick(s: DeployState): DeployState {
	const p = s.params;
	const now = s.tick + 1;
	const events: DeployEvent[] = [];
	let rollout = advanceRollout(s.rollout, p, now);
	if (rollout.phase !== s.rollout.phase) events.push({kind: 'phase', from: s.rollout.phase, to: rollout.phase});
	if (p.strategy === 'rolling' && rollout.startingPods > 0 && rollout.until !== s.rollout.until)
		events.push({kind: 'batch', starting: rollout.startingPods, stopping: rollout.stoppingPods});
	const schemaNext = advanceSchema(s.schema, s.schemaUntil, rollout, p, now);
	if (schemaNext.phase !== s.schema) events.push({kind: 'schema', to: schemaNext.phase});

	const share = newShare(rollout);
	const downNow = rollout.down;
	const out = runMinute({
		rng: s.rng,
		rpm: p.requestsPerMinute,
		users: p.users,
		order: s.order,
		share,
		byCohort: rollout.cohort >= 0,
		down: rollout.down,
		oldBroken: schemaNext.phase === 'renamed',
		base: p.baseErrorRate,
		bug: s.bug,
		watchCohort: watchesCohort(rollout),
		affected: s.affected,
		exposed: s.exposed,
	});
	// The release's first unplanned failures: the bug reaching users, or old code missing its column.
	let firstBadAt = s.firstBadAt;
	if (firstBadAt < 0 && ((s.bug > 0 && out.newRequests > 0) || out.schemaErrors > 0)) {
		firstBadAt = now;
		events.push(out.schemaErrors > 0 ? {kind: 'schema-breaks', failed: out.schemaErrors} : {kind: 'bug-reaches-users', rate: s.bug});
	}

	// The monitor's check for this minute.
	let {checks, failedChecks, alertAt, rollbackReason} = s;
	if (checking(rollout) && out.watched > 0) {
		checks++;
		if (out.watchedFailed >= failingCount(out.watched, p.alertThreshold)) {
			failedChecks++;
			events.push({kind: 'check-failed', failed: out.watchedFailed, of: out.watched, count: failedChecks});
			if (failedChecks >= p.failedChecks && alertAt < 0) {
				alertAt = now;
				rollbackReason = 'monitor';
				rollout = rollBack(rollout, p, now);
				events.push({kind: 'rollback', reason: 'monitor'});
			}
		}
	}
	const recoveredAt = s.recoveredAt < 0 && rollout.phase === 'rolled-back' ? now : s.recoveredAt;
	const release = out.bugErrors + out.downErrors + out.schemaErrors;
	const extra = extraPods(rollout, p.instances);
	return {
		...s,
		tick: now,
		rng: out.rng,
		rollout,
		schema: schemaNext.phase,
		schemaUntil: schemaNext.until,
		checks,
		failedChecks,
		firstBadAt,
		alertAt,
		rollbackReason,
		recoveredAt,
		requests: s.requests + out.requests,
		background: s.background + out.background,
		bugErrors: s.bugErrors + out.bugErrors,
		downErrors: s.downErrors + out.downErrors,
		schemaErrors: s.schemaErrors + out.schemaErrors,
		downMinutes: s.downMinutes + (downNow ? 1 : 0),
		errorUserMinutes: s.errorUserMinutes + out.errorUsers,
		extraPodMinutes: s.extraPodMinutes + extra,
		peakExtra: Math.max(s.peakExtra, extra),
		affected: out.affected,
		exposed: out.exposed,
		affectedCount: s.affectedCount + out.newlyAffected,
		exposedCount: s.exposedCount + out.newlyExposed,
		shares: [...s.shares, share],
		errorRates: [...s.errorRates, out.requests > 0 ? release / out.requests : 0],
		events,
	};
}

export const deployStrategies: SimEngine<DeployParams, DeployState, DeployAction, DeploySummary> = {
	id: 'deploy-strategies',
	chapter: 48,
	params: deployParams,
	paramHelp: deployParamHelp,

	init(params, seed) {
		return {
			params,
			tick: 0,
			rng: seedRandom(seed),
			order: userOrder(params.users),
			rollout: startRollout(params),
			schema: 'old',
			schemaUntil: -1,
			bug: params.badErrorRate,
			checks: 0,
			failedChecks: 0,
			firstBadAt: -1,
			alertAt: -1,
			rollbackReason: null,
			recoveredAt: -1,
			requests: 0,
			background: 0,
			bugErrors: 0,
			downErrors: 0,
			schemaErrors: 0,
			downMinutes: 0,
			errorUserMinutes: 0,
			extraPodMinutes: 0,
			peakExtra: 0,
			affected: emptyBits(params.users),
			exposed: emptyBits(params.users),
			affectedCount: 0,
			exposedCount: 0,
			shares: [],
			errorRates: [],
			events: [],
		};
	},

	step(state, action) {
		switch (action.type) {
			case 'tick':
				return tick(state);
			case 'set-bug': {
				const rate = Math.min(1, Math.max(0, action.rate));
				return {...state, bug: rate, events: [{kind: 'bug-set', rate}]};
			}
			case 'roll-back': {
				const rollout = rollBack(state.rollout, state.params, state.tick);
				if (rollout === state.rollout) return {...state, events: []};
				const first = state.alertAt < 0;
				return {
					...state,
					rollout,
					alertAt: first ? state.tick : state.alertAt,
					rollbackReason: first ? 'manual' : state.rollbackReason,
					events: [{kind: 'rollback', reason: 'manual'}],
				};
			}
			default:
				return state;
		}
	},

	done(state) {
		return state.tick >= state.params.minutes;
	},

	summary: summarize,
};
