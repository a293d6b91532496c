/**
 * One screen load under one architecture: every dependency call drawn from
 * the seeded generator (failure, slow tail, log-normal latency), then hedges,
 * timeouts and fallbacks, then the screen's latency from how the calls are
 * arranged (client connections, one gateway hop, federated waves). Written
 * with plain loops and a reused buffer: a default run samples 300,000 calls.
 */
import type {FastRandom} from './fast-random.js';
import type {ApiEvolutionParams} from './params.js';

export interface Screen {
	ms: number;
	failed: boolean;
	/** Served, with a fallback for at least one call. */
	degraded: boolean;
	/** Waited on at least one slow-tail answer. */
	slow: boolean;
	/** The call the screen waited on longest (its index). */
	slowestCall: number;
	hedges: number;
}

/** One call's latency, ms; negative when it came from the slow tail (the sign carries the flag without an object). */
function latency(p: ApiEvolutionParams, random: FastRandom, alwaysSlow: boolean): number {
	const slow = alwaysSlow || random.float() < p.slowProbability;
	const base = slow ? p.slowMs : p.medianMs;
	const ms = p.jitter > 0 ? base * Math.exp(p.jitter * random.normal()) : base;
	return slow ? -ms : ms;
}

/** Start each call on the first free connection; the screen is done when the last call is. */
function overConnections(ms: Float64Array, n: number, rtt: number, connections: number): number {
	const free = new Float64Array(Math.min(connections, n));
	for (let i = 0; i < n; i++) {
		let k = 0;
		for (let j = 1; j < free.length; j++) if (free[j]! < free[k]!) k = j;
		free[k] = free[k]! + rtt + ms[i]!;
	}
	let end = 0;
	for (let j = 0; j < free.length; j++) end = Math.max(end, free[j]!);
	return end;
}

/** Samples one screen into `out`, using `ms` (length ≥ dependencies) as scratch space. */
export function sampleScreen(
	p: ApiEvolutionParams,
	random: FastRandom,
	alwaysSlow: ReadonlySet<number>,
	ms: Float64Array,
	out: Screen,
): void {
	const n = p.dependencies;
	// A monolith's modules share one process: one availability per screen, no per-call network tricks.
	const network = p.architecture !== 'monolith';
	out.failed = false;
	out.degraded = false;
	out.slow = false;
	out.hedges = 0;
	for (let i = 0; i < n; i++) {
		const failed = network && random.float() >= p.availability;
		const injected = alwaysSlow.size > 0 && alwaysSlow.has(i);
		let x = latency(p, random, injected);
		if (network && p.hedging && !failed && Math.abs(x) > p.hedgeAfterMs) {
			// The hedge goes to another replica: an independent draw (an injected slow dependency is slow everywhere).
			out.hedges++;
			const second = latency(p, random, injected);
			if (p.hedgeAfterMs + Math.abs(second) < Math.abs(x)) x = second < 0 ? -(p.hedgeAfterMs - second) : p.hedgeAfterMs + second;
		}
		if (network && p.timeoutsAndFallbacks && (failed || Math.abs(x) > p.timeoutMs)) {
			out.degraded = true;
			x = Math.min(Math.abs(x), p.timeoutMs);
		} else if (failed) out.failed = true;
		if (x < 0) out.slow = true;
		ms[i] = Math.abs(x);
	}
	let slowest = 0;
	for (let i = 1; i < n; i++) if (ms[i]! > ms[slowest]!) slowest = i;
	out.slowestCall = slowest;
	if (p.architecture === 'direct') out.ms = overConnections(ms, n, p.clientRttMs, p.clientConnections);
	else if (p.architecture === 'federated') {
		// The planner's waves run one after another; the calls inside a wave run together.
		let total = p.clientRttMs;
		for (let w = 0; w < p.federationWaves && w < n; w++) {
			let wave = 0;
			for (let i = w; i < n; i += p.federationWaves) wave = Math.max(wave, ms[i]!);
			total += p.datacenterRttMs + wave;
		}
		out.ms = total;
	} else out.ms = p.clientRttMs + (network ? p.datacenterRttMs : 0) + ms[slowest]!;
	if (!network && random.float() >= p.availability) out.failed = true;
}
