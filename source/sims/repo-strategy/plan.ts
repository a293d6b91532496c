/**
 * When each pull request merges and each service runs the fix, computed
 * once from the graph and the seed. Monorepo: one atomic change (the author
 * fixes every call site of a breaking change), one CI run, then each service
 * deploys at its next slot (slots spread evenly over the deploy cycle). Polyrepo: core releases first; each repository
 * gets a bump PR that its team picks up after an exponential delay (a bot
 * takes none); a service also waits for the shared libraries it uses to
 * release, unless one version is pinned for every repository (a version
 * catalog), which lets a non-breaking bump skip the wait.
 */
import type {Random} from '../random.js';
import type {Graph} from './graph.js';
import type {RepoStrategyParams} from './params.js';

export type Plan = {
	readonly ciMinutes: number;
	/** Hours the monorepo change's CI runs, or the slowest single repository's in a polyrepo. */
	readonly ciWallHours: number;
	readonly coreRelease: number;
	/** Hour each library releases the fix (polyrepo) or merges it (monorepo). */
	readonly libDone: readonly number[];
	/** Hour each service's change merges. */
	readonly serviceDone: readonly number[];
	/** Hour each service deploys with the fix. */
	readonly deployAt: readonly number[];
	/** Each service's deploy slot within its cycle (hours). */
	readonly phase: readonly number[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;

export function nextDeploy(p: RepoStrategyParams, phase: number, ready: number): number {
	const k = Math.max(0, Math.ceil((ready - phase) / p.deployEveryHours));
	return phase + k * p.deployEveryHours;
}

export function affectedCount(p: RepoStrategyParams): number {
	return p.libraries + p.services;
}

/** CI minutes for the fix: one run of the affected set (or everything) in a monorepo, each affected repository once in a polyrepo. */
export function ciMinutesOf(p: RepoStrategyParams): number {
	const affected = 1 + affectedCount(p);
	if (p.mode === 'polyrepo' || p.affectedOnly) return affected * p.buildMinutes;
	return affected * p.buildMinutes + p.otherPackages * (p.remoteCache ? p.cacheHitMinutes : p.buildMinutes);
}

export function makePlan(p: RepoStrategyParams, g: Graph, r: Random): {plan: Plan; delays: number[]} {
	// Deploy slots spread evenly over the cycle (every hour has one once services ≥ cycle hours), dealt out in a random order.
	const slots = Array.from({length: p.services}, (_, k) => Math.floor((k * p.deployEveryHours) / p.services));
	for (let i = slots.length - 1; i > 0; i--) {
		const j = r.int(0, i);
		[slots[i], slots[j]] = [slots[j]!, slots[i]!];
	}
	const phase = slots;
	const ciMinutes = ciMinutesOf(p);
	const build = p.buildMinutes / 60;
	if (p.mode === 'monorepo') {
		const ciWallHours = ciMinutes / p.ciRunners / 60;
		const author = p.breaking ? p.fixHoursPerDependent * affectedCount(p) : 0;
		const merged = round2(p.reviewHours + author + ciWallHours);
		const serviceDone = new Array<number>(p.services).fill(merged);
		return {
			plan: {
				ciMinutes,
				ciWallHours: round2(ciWallHours),
				coreRelease: merged,
				libDone: new Array<number>(p.libraries).fill(merged),
				serviceDone,
				deployAt: phase.map((ph) => nextDeploy(p, ph, merged)),
				phase,
			},
			delays: [],
		};
	}
	// Polyrepo: a team's delay before it acts on the bump PR, one per library then per service.
	const mean = p.teamPickupDays * 24;
	const drawn = Array.from({length: p.libraries + p.services}, () => (p.bumpBot || mean === 0 ? 0 : -Math.log(1 - r.float()) * mean));
	const work = p.reviewHours * (p.breaking ? 2 : 1) + build;
	const coreRelease = round2(p.reviewHours + build);
	const libDone = Array.from({length: p.libraries}, (_, l) => round2(coreRelease + drawn[l]! + work));
	const serviceDone = Array.from({length: p.services}, (_, s) => {
		const picked = coreRelease + drawn[p.libraries + s]!;
		// With one version pinned for everyone, a non-breaking bump does not wait for the libraries.
		const wait = p.oneVersion && !p.breaking ? 0 : Math.max(0, ...g.libsOf[s]!.map((l) => libDone[l]!));
		return round2(Math.max(picked, wait) + work);
	});
	return {
		plan: {
			ciMinutes,
			ciWallHours: round2(build),
			coreRelease,
			libDone,
			serviceDone,
			deployAt: serviceDone.map((done, s) => nextDeploy(p, phase[s]!, done)),
			phase,
		},
		delays: drawn,
	};
}
