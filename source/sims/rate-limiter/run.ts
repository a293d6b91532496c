/**
 * The event loop behind the rate-limiter engine: integer milliseconds, two
 * clocks (the bucket's drain/refill ticks and the arrivals) merged in time
 * order. Works on a private copy of the counters, so callers stay pure.
 *
 * Rounding rule (one rule for every clock): the k-th event of a clock that
 * runs n times a second happens at floor(k * 1000 / n) ms, k = 1, 2, …
 * With integer n that floor is exact in floating point.
 *
 * The token bucket refills continuously by default, as the classic definition
 * has it: tokens = min(capacity, tokens + rate × elapsed), kept exactly as
 * thousandths of a token (rate × whole ms is an integer). So in any stretch
 * of T seconds it lets in at most capacity + rate × T requests. The
 * "discrete" refill drips whole tokens on the fixed clock instead, which can
 * let a request through right after the bucket was emptied, when the clock
 * happens to tick (kept as an option: it is how many implementations work).
 */
export type Refill = 'continuous' | 'discrete';
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
	/** Leaky bucket: requests waiting in the queue. Token bucket: whole tokens left. */
	level: number;
	/** Continuous token bucket: thousandths of a token, and the ms they were last topped up to. */
	milli: number;
	refilledTo: number;
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
	readonly refill: Refill;
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
		c.milli -= accepted * 1000;
		bump(c, t, 'served', accepted);
	}
	bump(c, t, 'arrived', n);
	bump(c, t, 'accepted', accepted);
	bump(c, t, 'dropped', n - accepted);
	if (n > 0) log?.({kind: 'arrive', t, n, accepted, level: c.level});
}

/** Runs every bucket tick at or before `t` (a tick precedes an arrival at the same ms). */
export function ticksThrough(cfg: RunConfig, c: Counters, t: number, log?: RunLog): void {
	if (cfg.algorithm === 'token-bucket' && cfg.refill === 'continuous') refillThrough(cfg, c, t, log);
	else while (clockTime(c.nextTick, cfg.rate) <= t) bucketTick(cfg, c, log);
}

/** Continuous refill up to ms `t`: each whole token is reported at the ms it completes. */
function refillThrough(cfg: RunConfig, c: Counters, t: number, log?: RunLog): void {
	if (t <= c.refilledTo) return;
	const full = cfg.capacity * 1000;
	const from = c.milli;
	c.milli = Math.min(full, from + cfg.rate * (t - c.refilledTo));
	for (let k = Math.floor(from / 1000) + 1; k * 1000 <= c.milli; k++) {
		c.level = k;
		log?.({kind: 'refill', t: c.refilledTo + Math.ceil((k * 1000 - from) / cfg.rate), level: k});
	}
	c.level = Math.floor(c.milli / 1000);
	c.refilledTo = t;
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
