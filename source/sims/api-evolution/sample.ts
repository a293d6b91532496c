/**
 * One screen load under one architecture: every dependency call drawn from
 * the seeded generator (failure, slow tail, log-normal latency), then hedges,
 * timeouts and fallbacks, then the screen's latency from how the calls are
 * arranged (client connections, one gateway hop, federated waves). A default
 * run samples 150,000 calls, so the sampler reuses its buffers and draws the
 * rare events (failures, slow calls) by skipping ahead (see rare.ts).
 */
import type {FastRandom} from './fast-random.js';
import type {ApiEvolutionParams} from './params.js';
import {RareEvents} from './rare.js';

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

/** Draws screens one after another from one generator (one tick's batch). */
export class ScreenSampler {
	private readonly ms: Float64Array;
	private readonly free: Float64Array;
	/** A dependency's failures (a monolith's: the whole screen's). */
	private readonly failures: RareEvents;
	private readonly slowCalls: RareEvents;
	constructor(
		private readonly p: ApiEvolutionParams,
		private readonly random: FastRandom,
		private readonly alwaysSlow: ReadonlySet<number>,
	) {
		this.ms = new Float64Array(p.dependencies);
		this.free = new Float64Array(Math.min(p.clientConnections, p.dependencies));
		this.failures = new RareEvents(1 - p.availability, random);
		this.slowCalls = new RareEvents(p.slowProbability, random);
	}

	/** One call's latency, ms; negative when it came from the slow tail (the sign carries the flag without an object). */
	private latency(injected: boolean): number {
		const p = this.p;
		const slow = injected || this.slowCalls.hit();
		const base = slow ? p.slowMs : p.medianMs;
		const ms = p.jitter > 0 ? base * Math.exp(p.jitter * this.random.normal()) : base;
		return slow ? -ms : ms;
	}

	/** Direct calls: each starts on the first free connection, after a client round trip; the screen is done when the last call is. */
	private overConnections(n: number): number {
		const free = this.free;
		free.fill(0);
		for (let i = 0; i < n; i++) {
			let k = 0;
			for (let j = 1; j < free.length; j++) if (free[j]! < free[k]!) k = j;
			free[k] = free[k]! + this.p.clientRttMs + this.ms[i]!;
		}
		let end = 0;
		for (let j = 0; j < free.length; j++) end = Math.max(end, free[j]!);
		return end;
	}

	/** Samples the next screen into `out`. */
	screen(out: Screen): void {
		const p = this.p;
		const ms = this.ms;
		const n = p.dependencies;
		// A monolith's modules share one process: one availability per screen, no per-call network tricks.
		const network = p.architecture !== 'monolith';
		out.failed = false;
		out.degraded = false;
		out.slow = false;
		out.hedges = 0;
		for (let i = 0; i < n; i++) {
			const failed = network && this.failures.hit();
			const injected = this.alwaysSlow.size > 0 && this.alwaysSlow.has(i);
			let x = this.latency(injected);
			if (network && p.hedging && !failed && Math.abs(x) > p.hedgeAfterMs) {
				// The hedge goes to another replica: an independent draw (an injected slow dependency is slow everywhere).
				out.hedges++;
				const second = this.latency(injected);
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
		if (p.architecture === 'direct') out.ms = this.overConnections(n);
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
		if (!network && this.failures.hit()) out.failed = true;
	}
}
