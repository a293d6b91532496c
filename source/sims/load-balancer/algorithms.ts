import {type IPv4, NGINX_IP_HASH_START, nginxIpHashRound, nginxWeightedSlot} from '../hash/nginx-ip-hash.js';
import type {Algorithm} from './params.js';

/** What the balancer can see when it picks. */
export interface PickContext {
	readonly weights: readonly number[];
	readonly capacity: readonly number[];
	readonly down: readonly boolean[];
	/** Active connections per server right now. */
	readonly active: readonly number[];
	/** Smoothed response time per server, null before the first response. */
	readonly srtt: readonly (number | null)[];
	readonly client: number;
	readonly ip: IPv4;
	/** least-response-time: multiply by (open connections + 1). */
	readonly lrtCountsOpen: boolean;
}

export interface BalancerState {
	readonly rrNext: number;
	/** nginx's current_weight per server (smooth weighted round robin). */
	readonly currentWeights: readonly number[];
	/** Server a client is stuck to, -1 if none yet (sticky round robin). */
	readonly sticky: readonly number[];
}

/** Why the balancer chose as it did, for the narration. */
export type PickWhy =
	/** `skipped`: servers up but full that the turn passed over (nginx max_conns). */
	| {readonly kind: 'turn'; readonly skipped?: number}
	| {readonly kind: 'sticky'; readonly client: number}
	| {readonly kind: 'weight'; readonly weight: number}
	| {readonly kind: 'hash'; readonly prefix: string}
	| {readonly kind: 'fewest'; readonly open: number}
	| {readonly kind: 'fastest'; readonly srtt: number | null}
	| {readonly kind: 'none'};

export interface Pick {
	/** Chosen server, or null when no server could take it. */
	readonly server: number | null;
	readonly balancer: BalancerState;
	readonly why: PickWhy;
}

const NONE: PickWhy = {kind: 'none'};

export function initBalancer(servers: number, clients: number): BalancerState {
	return {rrNext: 0, currentWeights: new Array(servers).fill(0), sticky: new Array(clients).fill(-1)};
}

/** Up and below its max_conns (here: capacity): a server nginx would try. */
const usableIn = (ctx: PickContext) => (i: number) => !ctx.down[i] && ctx.active[i]! < ctx.capacity[i]!;

/**
 * Next in turn, skipping a server that is down or at capacity, as nginx skips
 * one at max_conns; only when every server is full does the request go to the
 * next one up in turn, which has to drop it.
 */
function roundRobin(ctx: PickContext, b: BalancerState): Pick {
	const n = ctx.weights.length;
	const usable = usableIn(ctx);
	for (const ok of [usable, (i: number) => !ctx.down[i]]) {
		let skipped = 0;
		for (let k = 0; k < n; k++) {
			const i = (b.rrNext + k) % n;
			if (ok(i)) return {server: i, balancer: {...b, rrNext: (i + 1) % n}, why: skipped > 0 ? {kind: 'turn', skipped} : {kind: 'turn'}};
			if (!ctx.down[i]) skipped++;
		}
	}
	return {server: null, balancer: b, why: NONE};
}

function stickyRoundRobin(ctx: PickContext, b: BalancerState): Pick {
	const stuck = b.sticky[ctx.client] ?? -1;
	if (stuck >= 0 && !ctx.down[stuck]) return {server: stuck, balancer: b, why: {kind: 'sticky', client: ctx.client}};
	const r = roundRobin(ctx, b);
	if (r.server === null) return r;
	const sticky = b.sticky.slice();
	sticky[ctx.client] = r.server;
	return {server: r.server, balancer: {...r.balancer, sticky}, why: r.why};
}

/**
 * nginx's smooth weighted round robin (ngx_http_upstream_get_peer in
 * ngx_http_upstream_round_robin.c, commit 52327e0627f4, 2012): every usable
 * server adds its weight to its current weight, the highest current weight
 * wins (first one on a tie) and the winner gives back the total.
 * Effective weight equals weight here, since the sim has no failed attempts.
 */
export function smoothWeighted(
	weights: readonly number[],
	current: readonly number[],
	usable: (i: number) => boolean,
): {pick: number | null; current: number[]} {
	const next = current.slice();
	let best: number | null = null;
	let total = 0;
	for (let i = 0; i < weights.length; i++) {
		if (!usable(i)) continue;
		next[i]! += weights[i]!;
		total += weights[i]!;
		if (best === null || next[i]! > next[best]!) best = i;
	}
	if (best === null) return {pick: null, current: current.slice()};
	next[best]! -= total;
	return {pick: best, current: next};
}

function weightedRoundRobin(ctx: PickContext, b: BalancerState): Pick {
	// Full servers sit out (nginx's max_conns); with every one full, the turn goes on among those up, and drops.
	const usable = usableIn(ctx);
	const anyRoom = ctx.weights.some((_, i) => usable(i));
	const r = smoothWeighted(ctx.weights, b.currentWeights, anyRoom ? usable : (i) => !ctx.down[i]);
	if (r.pick === null) return {server: null, balancer: b, why: NONE};
	return {server: r.pick, balancer: {...b, currentWeights: r.current}, why: {kind: 'weight', weight: ctx.weights[r.pick]!}};
}

/**
 * ngx_http_upstream_get_ip_hash_peer: hash, skip a server that is down or at
 * max_conns (here: capacity) by rehashing, and after 20 failed tries fall back
 * to round robin (which also skips down and full servers). With fewer than two
 * servers nginx goes straight to round robin.
 */
function ipHash(ctx: PickContext, b: BalancerState): Pick {
	const usable = usableIn(ctx);
	const first = nginxWeightedSlot(nginxIpHashRound(NGINX_IP_HASH_START, ctx.ip), ctx.weights);
	if (ctx.weights.length >= 2) {
		let hash = NGINX_IP_HASH_START;
		let tries = 0;
		for (;;) {
			hash = nginxIpHashRound(hash, ctx.ip);
			const p = nginxWeightedSlot(hash, ctx.weights);
			if (usable(p)) return {server: p, balancer: b, why: {kind: 'hash', prefix: ctx.ip.slice(0, 3).join('.')}};
			if (++tries > 20) break;
		}
	}
	const r = smoothWeighted(ctx.weights, b.currentWeights, usable);
	if (r.pick !== null) return {server: r.pick, balancer: {...b, currentWeights: r.current}, why: {kind: 'turn'}};
	// nginx answers 502 here; the sim counts the drop on the hashed server if it is up.
	return {server: ctx.down[first] ? null : first, balancer: b, why: {kind: 'hash', prefix: ctx.ip.slice(0, 3).join('.')}};
}

/**
 * Fewest active connections per unit of weight (nginx's least_conn compares
 * active × the other's weight); a tie goes to the next in turn, round robin,
 * so equal servers share the work. A server at capacity sits out unless all are.
 */
function leastConnections(ctx: PickContext, b: BalancerState): Pick {
	const n = ctx.weights.length;
	const usable = usableIn(ctx);
	const anyRoom = ctx.weights.some((_, i) => usable(i));
	let best: number | null = null;
	for (let k = 0; k < n; k++) {
		const i = (b.rrNext + k) % n;
		if (ctx.down[i] || (anyRoom && !usable(i))) continue;
		// active[i] / weight[i] < active[best] / weight[best], without division.
		if (best === null || ctx.active[i]! * ctx.weights[best]! < ctx.active[best]! * ctx.weights[i]!) best = i;
	}
	if (best === null) return {server: null, balancer: b, why: NONE};
	return {server: best, balancer: {...b, rrNext: (best + 1) % n}, why: {kind: 'fewest', open: ctx.active[best]!}};
}

/**
 * Lowest smoothed response time (SRTT, RFC 6298 section 2, alpha = 1/8).
 * A server with no response yet counts as 0, so each one gets tried; the
 * earlier server wins a tie. The textbook method ignores open connections and
 * so herds onto whichever server looked fastest; with lrtCountsOpen the score
 * is SRTT x (open + 1), combining both signals as NGINX Plus least_time does
 * (its exact formula is unpublished).
 */
function leastResponseTime(ctx: PickContext, b: BalancerState): Pick {
	let best: number | null = null;
	let bestScore = 0;
	for (let i = 0; i < ctx.srtt.length; i++) {
		if (ctx.down[i]) continue;
		const score = (ctx.srtt[i] ?? 0) * (ctx.lrtCountsOpen ? ctx.active[i]! + 1 : 1);
		if (best === null || score < bestScore) {
			best = i;
			bestScore = score;
		}
	}
	return {server: best, balancer: b, why: best === null ? NONE : {kind: 'fastest', srtt: ctx.srtt[best] ?? null}};
}

export const pickers: Readonly<Record<Algorithm, (ctx: PickContext, b: BalancerState) => Pick>> = {
	'round-robin': roundRobin,
	'sticky-round-robin': stickyRoundRobin,
	'weighted-round-robin': weightedRoundRobin,
	'ip-hash': ipHash,
	'least-connections': leastConnections,
	'least-response-time': leastResponseTime,
};

/** RFC 6298: SRTT <- R on the first sample, then (1 - 1/8) SRTT + 1/8 R. */
export function updateSrtt(srtt: number | null, sample: number): number {
	return srtt === null ? sample : srtt * (7 / 8) + sample / 8;
}
