/**
 * The event loop behind the rate-limiter engine: integer milliseconds, two
 * clocks (the bucket's drain/refill ticks and the arrivals) merged in time
 * order. Works on a private copy of the counters, so callers stay pure.
 *
 * Rounding rule (one rule for every clock): the k-th event of a clock that
 * runs n times a second happens at floor(k * 1000 / n) ms, k = 1, 2, …
 * With integer n that floor is exact in floating point.
 */
export type Algorithm = 'leaky-bucket' | 'token-bucket';

export interface SecondStats {
	/** 1-based: second s covers ms (1000(s-1), 1000s]; the t=0 burst counts in second 1. */
	readonly second: number;
	readonly arrived: number;
	readonly accepted: number;
	readonly dropped: number;
	/** Requests that left the limiter for the backend in this second. */
	readonly served: number;
}

export interface Counters {
	/** Leaky bucket: requests waiting in the queue. Token bucket: tokens left. */
	level: number;
	/** Index k of the bucket's next drain (leaky) or refill (token) tick. */
	nextTick: number;
	/** Index j of the next steady arrival; 0 means the t=0 burst is still due. */
	nextArrival: number;
	waitTotal: number;
	maxWait: number;
	timeline: SecondStats[];
}

export interface RunConfig {
	readonly algorithm: Algorithm;
	readonly capacity: number;
	readonly rate: number;
	readonly burst: number;
	readonly steadyRate: number;
	readonly duration: number;
}

/** What happened at one instant, for the narration (the engine itself needs none of it). */
export type RunEvent =
	/** `n` requests arrived together at ms `t`: the first `accepted` of them got in. `level` is the bucket after. */
	| {kind: 'arrive'; t: number; n: number; accepted: number; level: number}
	/** Leaky bucket: the oldest queued request left for the backend; `level` requests still wait. */
	| {kind: 'leave'; t: number; level: number}
	/** Token bucket: a token dripped in (one that finds the bucket full is lost, and not reported). */
	| {kind: 'refill'; t: number; level: number};
export type RunLog = (e: RunEvent) => void;

export function clockTime(k: number, perSecond: number): number {
	return Math.floor((k * 1000) / perSecond);
}

export function secondIndex(t: number): number {
	return t === 0 ? 0 : Math.ceil(t / 1000) - 1;
}

function bump(c: Counters, t: number, field: 'arrived' | 'accepted' | 'dropped' | 'served', n: number): void {
	if (n === 0) return;
	const i = secondIndex(t);
	const row = c.timeline[i];
	if (row) c.timeline[i] = {...row, [field]: row[field] + n};
}

function nextArrivalTime(cfg: RunConfig, c: Counters): number {
	if (c.nextArrival === 0) return 0;
	if (cfg.steadyRate === 0 || c.nextArrival > cfg.steadyRate * cfg.duration) return Number.POSITIVE_INFINITY;
	return clockTime(c.nextArrival, cfg.steadyRate);
}

function bucketTick(cfg: RunConfig, c: Counters, log?: RunLog): void {
	const t = clockTime(c.nextTick, cfg.rate);
	if (cfg.algorithm === 'leaky-bucket') {
		if (c.level > 0) {
			c.level--;
			bump(c, t, 'served', 1);
			log?.({kind: 'leave', t, level: c.level});
		}
	} else if (c.level < cfg.capacity) {
		c.level++; // a token that finds the bucket full is lost
		log?.({kind: 'refill', t, level: c.level});
	}
	c.nextTick++;
}

/** `n` requests arriving together at ms `t`; ticks at or before `t` must be done. */
export function arrive(cfg: RunConfig, c: Counters, t: number, n: number, log?: RunLog): void {
	const room = cfg.algorithm === 'leaky-bucket' ? cfg.capacity - c.level : c.level;
	const accepted = Math.min(n, room);
	if (cfg.algorithm === 'leaky-bucket') {
		// FIFO and one departure per tick: the request at queue position p
		// (1-based) leaves at tick nextTick + p - 1, so its wait is known now.
		for (let i = 0; i < accepted; i++) {
			const wait = clockTime(c.nextTick + c.level + i, cfg.rate) - t;
			c.waitTotal += wait;
			if (wait > c.maxWait) c.maxWait = wait;
		}
		c.level += accepted;
	} else {
		c.level -= accepted;
		bump(c, t, 'served', accepted);
	}
	bump(c, t, 'arrived', n);
	bump(c, t, 'accepted', accepted);
	bump(c, t, 'dropped', n - accepted);
	if (n > 0) log?.({kind: 'arrive', t, n, accepted, level: c.level});
}

/** Runs every bucket tick at or before `t` (a tick precedes an arrival at the same ms). */
export function ticksThrough(cfg: RunConfig, c: Counters, t: number, log?: RunLog): void {
	while (clockTime(c.nextTick, cfg.rate) <= t) bucketTick(cfg, c, log);
}

/** Processes every event with time in [.., to] (inclusive), in time order. */
export function runThrough(cfg: RunConfig, c: Counters, to: number, log?: RunLog): void {
	for (;;) {
		const arrival = nextArrivalTime(cfg, c);
		if (arrival > to) break;
		ticksThrough(cfg, c, arrival, log);
		if (c.nextArrival === 0) arrive(cfg, c, 0, cfg.burst, log);
		else arrive(cfg, c, arrival, 1, log);
		c.nextArrival++;
	}
	ticksThrough(cfg, c, to, log);
}
