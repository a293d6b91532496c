/**
 * Where the release stands each minute, strategy by strategy: which servers
 * run which version, what share of traffic (or of users) the new version
 * gets, and whether the service is down. A pure state machine; the engine
 * feeds it the clock and the monitor's verdict.
 */
import type {DeployParams} from './params.js';

export type Phase = 'before' | 'deploying' | 'baking' | 'promoting' | 'live' | 'rolling-back' | 'rolled-back';

export interface Rollout {
	readonly phase: Phase;
	/** Minute the phase (or the rolling batch) ends; -1 when it has no set end. */
	readonly until: number;
	/** Servers serving the old / the new version, and servers starting (not serving yet). */
	readonly oldPods: number;
	readonly newPods: number;
	readonly startingPods: number;
	/** Servers kept beside the fleet without traffic (blue-green's old fleet). */
	readonly idlePods: number;
	/** Rolling: old pods of this batch already stopped (unavailable, no longer running). */
	readonly stoppingPods: number;
	/** Canary and toggle: the share of users sent to the new version; -1 when traffic follows the pods. */
	readonly cohort: number;
	/** Big bang: every server is being swapped and the service answers nothing. */
	readonly down: boolean;
}

/** Kubernetes' fenceposts: maxSurge rounds up, maxUnavailable rounds down; if both come to 0, one pod may be unavailable. */
export function fenceposts(n: number, maxSurge: number, maxUnavailable: number): {surge: number; unavailable: number} {
	const surge = Math.ceil(Number((maxSurge * n).toPrecision(12)));
	let unavailable = Math.floor(Number((maxUnavailable * n).toPrecision(12)));
	if (surge === 0 && unavailable === 0) unavailable = 1;
	return {surge, unavailable};
}

/**
 * Minutes to update the whole fleet in place by rolling batches (the canary's
 * promotion, as Flagger updates the primary): a batch per podReadyMinutes.
 * Its extra servers are the surge.
 */
export function fleetUpdateMinutes(p: DeployParams): number {
	const {surge, unavailable} = fenceposts(p.instances, p.maxSurge, p.maxUnavailable);
	return p.podReadyMinutes * Math.ceil(p.instances / (surge + unavailable));
}

export function startRollout(p: DeployParams): Rollout {
	return {
		phase: 'before',
		until: -1,
		oldPods: p.instances,
		newPods: 0,
		startingPods: 0,
		idlePods: 0,
		stoppingPods: 0,
		cohort: -1,
		down: false,
	};
}

/** The new version's share of the requests now (by users for a cohort, else by serving pods). */
export function newShare(r: Rollout): number {
	if (r.down) return 0;
	if (r.cohort >= 0) return r.cohort;
	const serving = r.oldPods + r.newPods;
	return serving === 0 ? 0 : r.newPods / serving;
}

/** Servers running beyond the fleet's size. */
export function extraPods(r: Rollout, instances: number): number {
	return Math.max(0, r.oldPods + r.newPods + r.startingPods + r.idlePods - instances);
}

/** Whether the monitor watches only the cohort (a canary or a toggle being baked). */
export const watchesCohort = (r: Rollout) => r.phase === 'baking';

/** Whether the release is out and its health is being checked. */
export const checking = (r: Rollout) =>
	!r.down && (r.phase === 'deploying' || r.phase === 'baking' || r.phase === 'promoting' || r.phase === 'live');

/** One rolling batch from `from` pods to `to` pods: start as many as the fenceposts allow. */
function rollingBatch(r: Rollout, p: DeployParams, now: number, back: boolean): Rollout {
	const {surge, unavailable} = fenceposts(p.instances, p.maxSurge, p.maxUnavailable);
	const left = back ? r.newPods : r.oldPods;
	const created = Math.min(surge + unavailable, left);
	const stopping = Math.min(unavailable, created);
	const serving = left - stopping;
	return back
		? {...r, newPods: serving, stoppingPods: stopping, startingPods: created, until: now + p.podReadyMinutes}
		: {...r, oldPods: serving, stoppingPods: stopping, startingPods: created, until: now + p.podReadyMinutes};
}

/** The batch's new pods are ready: they serve, the old ones of the batch are gone. */
function finishBatch(r: Rollout, back: boolean): Rollout {
	const created = r.startingPods;
	const removed = created - r.stoppingPods;
	return back
		? {...r, oldPods: r.oldPods + created, newPods: r.newPods - removed, startingPods: 0, stoppingPods: 0}
		: {...r, newPods: r.newPods + created, oldPods: r.oldPods - removed, startingPods: 0, stoppingPods: 0};
}

function release(r: Rollout, p: DeployParams, now: number): Rollout {
	const n = p.instances;
	switch (p.strategy) {
		case 'big-bang':
			return {...r, phase: 'deploying', oldPods: 0, startingPods: n, down: true, until: now + p.deployMinutes};
		case 'rolling':
			return rollingBatch({...r, phase: 'deploying'}, p, now, false);
		case 'blue-green':
			return {...r, phase: 'deploying', startingPods: n, until: now + p.podReadyMinutes};
		case 'canary':
			return {...r, phase: 'deploying', startingPods: Math.max(1, Math.ceil(p.cohortShare * n - 1e-9)), until: now + p.podReadyMinutes};
		case 'toggle':
			return {...r, phase: 'baking', cohort: p.cohortShare, until: now + p.bakeMinutes};
	}
}

/** Everyone on the new version, the old servers gone (or kept idle for blue-green). */
function allNew(r: Rollout, p: DeployParams, now: number): Rollout {
	const idle = p.strategy === 'blue-green' && p.keepBlueMinutes > 0 ? p.instances : 0;
	return {
		...r,
		phase: 'live',
		oldPods: 0,
		newPods: p.instances,
		startingPods: 0,
		stoppingPods: 0,
		idlePods: idle,
		cohort: -1,
		down: false,
		until: idle > 0 ? now + p.keepBlueMinutes : -1,
	};
}

/** A minute passes: the phase that ended hands over to the next. */
export function advanceRollout(r: Rollout, p: DeployParams, now: number): Rollout {
	if (r.phase === 'before') return now >= p.releaseAt ? release(r, p, now) : r;
	if (r.until < 0 || now < r.until) return r;
	switch (r.phase) {
		case 'deploying':
			if (p.strategy === 'rolling') {
				const done = finishBatch(r, false);
				return done.oldPods === 0 ? {...done, phase: 'live', until: -1} : rollingBatch(done, p, now, false);
			}
			if (p.strategy === 'canary')
				return {...r, phase: 'baking', newPods: r.startingPods, startingPods: 0, cohort: p.cohortShare, until: now + p.bakeMinutes};
			return allNew(r, p, now);
		case 'baking':
			// Passed its checks: the toggle turns on for everyone; the canary's version rolls out to the whole fleet.
			if (p.strategy === 'toggle') return {...r, phase: 'live', cohort: 1, until: -1};
			return {
				...r,
				phase: 'promoting',
				startingPods: fenceposts(p.instances, p.maxSurge, p.maxUnavailable).surge,
				until: now + fleetUpdateMinutes(p),
			};
		case 'promoting':
			return allNew(r, p, now);
		case 'live':
			// Blue-green: the old fleet is let go.
			return {...r, idlePods: 0, until: -1};
		case 'rolling-back':
			if (p.strategy === 'rolling' && r.cohort < 0 && r.startingPods > 0) {
				const done = finishBatch(r, true);
				return done.newPods === 0 ? {...done, phase: 'rolled-back', until: -1} : rollingBatch(done, p, now, true);
			}
			return {
				...r,
				phase: 'rolled-back',
				oldPods: p.instances,
				newPods: 0,
				startingPods: 0,
				stoppingPods: 0,
				idlePods: 0,
				cohort: -1,
				down: false,
				until: -1,
			};
		default:
			return r;
	}
}

/** The monitor (or the learner) calls it off: back to the old version, by the strategy's own way back. */
export function rollBack(r: Rollout, p: DeployParams, now: number): Rollout {
	if (r.phase === 'before' || r.phase === 'rolling-back' || r.phase === 'rolled-back') return r;
	const back = {...r, phase: 'rolling-back' as const};
	const n = p.instances;
	if (r.phase === 'deploying' && p.strategy !== 'big-bang' && p.strategy !== 'rolling') {
		// Nothing serves the new version yet: stop the new servers.
		return {...back, startingPods: 0, until: now};
	}
	switch (p.strategy) {
		case 'big-bang':
			// Decided after this minute's requests: down for the whole swap from the next minute.
			return {...back, oldPods: 0, newPods: 0, startingPods: n, down: true, until: now + 1 + p.deployMinutes};
		case 'rolling': {
			// The same rolling update, towards the old version (kubectl rollout undo).
			const settled = r.startingPods > 0 ? finishBatch(r, false) : r;
			return rollingBatch({...settled, phase: 'rolling-back', cohort: -1}, p, now, true);
		}
		case 'blue-green':
			// The old fleet still runs: switch back. Else it must be started again first.
			return {
				...back,
				until: now + (r.idlePods > 0 || r.phase !== 'live' ? p.switchMinutes : p.podReadyMinutes + p.switchMinutes),
				startingPods: r.idlePods > 0 ? 0 : n,
			};
		case 'canary':
			// Still a cohort: route it back. Past that, the fleet is updated back in place.
			if (r.phase === 'baking' || r.phase === 'promoting') return {...back, startingPods: 0, until: now + p.switchMinutes};
			return {...back, startingPods: fenceposts(n, p.maxSurge, p.maxUnavailable).surge, until: now + fleetUpdateMinutes(p)};
		case 'toggle':
			return {...back, until: now + p.switchMinutes};
	}
}
