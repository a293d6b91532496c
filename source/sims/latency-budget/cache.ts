/**
 * The response cache (Redis or Memcached in the chapter): one entry per page,
 * valid for a TTL. Each page's data changes as a Poisson process; a hit on
 * an entry cached before the page last changed serves stale data, unless a
 * change event deletes the entry at once (event-driven invalidation).
 */
import type {Random} from '../random.js';
import type {LatencyBudgetParams} from './params.js';

/** Per page (index page − 1), in ms: when it was cached (−1: not), last changed, next changes. */
export type CacheState = {
	readonly cachedAt: readonly number[];
	readonly changedAt: readonly number[];
	readonly nextChange: readonly number[];
};

/** "Never" as a finite number, so a state stays plain JSON. */
const NEVER = 1e15;

export const emptyCache = (pages: number): CacheState => ({
	cachedAt: new Array<number>(pages).fill(-1),
	changedAt: new Array<number>(pages).fill(-1),
	nextChange: new Array<number>(pages).fill(-1),
});

const gap = (p: LatencyBudgetParams, updates: Random): number => {
	const perMs = p.updatesPerMin / 60_000;
	return perMs > 0 ? -Math.log(1 - updates.float()) / perMs : NEVER;
};

/** A tick's working copy of the cache, written in place, stored back into the next state. */
export type MutableCache = {cachedAt: number[]; changedAt: number[]; nextChange: number[]};

export const copyCache = (c: CacheState): MutableCache => ({
	cachedAt: [...c.cachedAt],
	changedAt: [...c.changedAt],
	nextChange: [...c.nextChange],
});

/** Looks a page up at time t in the tick's copy: whether it is a hit and whether the hit is stale (a miss stores the page). */
export function lookUp(
	cache: MutableCache,
	p: LatencyBudgetParams,
	page: number,
	t: number,
	updates: Random,
): {hit: boolean; stale: boolean} {
	const i = page - 1;
	let cachedAt = cache.cachedAt[i]!;
	let changedAt = cache.changedAt[i]!;
	let nextChange = cache.nextChange[i]!;
	if (nextChange < 0) nextChange = gap(p, updates);
	while (nextChange <= t) {
		changedAt = nextChange;
		if (p.invalidateOnWrite && cachedAt >= 0 && cachedAt < changedAt) cachedAt = -1;
		nextChange += gap(p, updates);
	}
	const hit = cachedAt >= 0 && t - cachedAt < p.cacheTtlS * 1000;
	const stale = hit && changedAt > cachedAt;
	cache.cachedAt[i] = hit ? cachedAt : t;
	cache.changedAt[i] = changedAt;
	cache.nextChange[i] = nextChange;
	return {hit, stale};
}
