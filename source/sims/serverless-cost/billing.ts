/**
 * What one day of monitoring uses in each design, in the units AWS bills
 * (state transitions, requests, GB-seconds, PUTs and GETs, vCPU-hours and
 * GB-hours), and what that usage costs line by line. Pure functions: the
 * engine adds the days up; a bill is always usage × unit price, summed.
 */
import {type Design, DESIGNS, type ServerlessCostParams} from './params.js';
import {EXPRESS_STARTS_PER_SECOND, fargateTask, PRICES, type PriceName} from './prices.js';
import type {Random} from '../random.js';

export const SECONDS_PER_DAY = 86_400;

/** Usage by billed unit. */
export type Usage = Readonly<Record<LineName, number>>;

/** Each line of a bill and the unit price it is billed at. */
export const LINE_PRICE = {
	transitions: 'sfnTransition',
	expressRequests: 'expressRequest',
	expressGbSeconds: 'expressGbSecond',
	lambdaRequests: 'lambdaRequest',
	lambdaGbSeconds: 'lambdaGbSecond',
	s3Puts: 's3Put',
	s3Gets: 's3Get',
	vcpuHours: 'fargateVcpuHour',
	gbHours: 'fargateGbHour',
} as const satisfies Record<string, PriceName>;
export type LineName = keyof typeof LINE_PRICE;
export const LINE_NAMES = Object.keys(LINE_PRICE) as LineName[];

/** The lines each design's bill has, in the order the bar stacks them. */
export const DESIGN_LINES: Readonly<Record<Design, readonly LineName[]>> = {
	standard: ['transitions', 'lambdaRequests', 'lambdaGbSeconds', 's3Puts', 's3Gets'],
	express: ['expressRequests', 'expressGbSeconds', 'lambdaRequests', 'lambdaGbSeconds', 's3Puts', 's3Gets'],
	'in-process': ['vcpuHours', 'gbHours'],
};

export const NO_USAGE: Usage = Object.fromEntries(LINE_NAMES.map((n) => [n, 0])) as Usage;

export function addUsage(a: Usage, b: Usage): Usage {
	return Object.fromEntries(LINE_NAMES.map((n) => [n, a[n] + b[n]])) as Usage;
}

/** The dollars of each line of a design's bill. */
export function linesOf(design: Design, usage: Usage): Record<string, number> {
	return Object.fromEntries(DESIGN_LINES[design].map((n) => [n, usage[n] * PRICES[LINE_PRICE[n]].usd]));
}

/** A bill is the sum of its lines. */
export function billOf(design: Design, usage: Usage): number {
	return Object.values(linesOf(design, usage)).reduce((a, b) => a + b, 0);
}

/** One design's day: what it used, how many streams it monitored and how many it could not take. */
export type DesignDay = {readonly usage: Usage; readonly served: number; readonly throttled: number; readonly retries: number};
export type Day = Readonly<Record<Design, DesignDay>>;

/** What a day runs with: the params, plus what live actions changed. */
export type DayInput = {params: ServerlessCostParams; streams: number; retryRate: number; sfnTransitionLimit: number};

/**
 * Binomial(n, p) draws: exact below 1,000 trials, Poisson when the variance
 * is small, else the normal approximation (Box–Muller) rounded to a count.
 */
export function binomial(random: Random, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	if (n < 1000) {
		let k = 0;
		for (let i = 0; i < n; i++) if (random.float() < p) k++;
		return k;
	}
	const mean = n * p;
	const variance = mean * (1 - p);
	if (variance < 25) {
		const limit = Math.exp(-mean);
		let k = 0;
		let product = random.float();
		while (product > limit) {
			k++;
			product *= random.float();
		}
		return Math.min(n, k);
	}
	const z = Math.sqrt(-2 * Math.log(1 - random.float())) * Math.cos(2 * Math.PI * random.float());
	return Math.min(n, Math.max(0, Math.round(mean + z * Math.sqrt(variance))));
}

/** Lambda calls for the frames of `served` streams, each retry re-running one call. */
function lambdaUsage(p: ServerlessCostParams, served: number, retries: number) {
	const calls = Math.round(served * p.framesPerSecond * SECONDS_PER_DAY) + (p.framesPerSecond > 0 ? retries : 0);
	const gbSecondsPerCall = (p.lambdaMsPerFrame / 1000) * (p.lambdaMemoryMb / 1024);
	const puts = Math.round(served * p.framesPerSecond * p.s3RoundTripsPerFrame * SECONDS_PER_DAY);
	return {lambdaRequests: calls, lambdaGbSeconds: calls * gbSecondsPerCall, s3Puts: puts, s3Gets: puts};
}

/** How many streams a rate limit admits when each stream needs `perStream` per second. */
function admitted(streams: number, perStream: number, limit: number): number {
	return perStream > 0 ? Math.min(streams, Math.floor(limit / perStream + 1e-9)) : streams;
}

/** The day of every design, retries drawn from `random`. */
export function simulateDay(input: DayInput, random: Random): Day {
	const {params: p, streams, retryRate: r} = input;
	const transitionsPerSecond = p.transitionsPerSecond;

	// Standard: every transition and every retry is billed; the account's refill rate caps the streams.
	const served = admitted(streams, transitionsPerSecond * (1 + r), input.sfnTransitionLimit);
	const baseTransitions = Math.round(served * transitionsPerSecond * SECONDS_PER_DAY);
	const retries = binomial(random, baseTransitions, r);
	const standard: DesignDay = {
		usage: {...NO_USAGE, transitions: baseTransitions + retries, ...lambdaUsage(p, served, retries)},
		served,
		throttled: streams - served,
		retries,
	};

	// Express: one execution per second of video per stream, billed per request and for its duration.
	const servedExpress = admitted(streams, 1, EXPRESS_STARTS_PER_SECOND);
	const retriesExpress = binomial(random, Math.round(servedExpress * transitionsPerSecond * SECONDS_PER_DAY), r);
	const executions = servedExpress * SECONDS_PER_DAY;
	const gb = (Math.ceil(p.expressMemoryMb / 64) * 64) / 1024;
	// Each execution waits for its frames' Lambda calls, billed in 100 ms steps.
	const seconds = Math.max(1, Math.ceil((p.framesPerSecond * p.lambdaMsPerFrame) / 100 - 1e-9)) / 10;
	const express: DesignDay = {
		usage: {
			...NO_USAGE,
			expressRequests: executions,
			expressGbSeconds: (executions * seconds + (retriesExpress * p.lambdaMsPerFrame) / 1000) * gb,
			...lambdaUsage(p, servedExpress, retriesExpress),
		},
		served: servedExpress,
		throttled: streams - servedExpress,
		retries: retriesExpress,
	};

	// In-process: frames stay in memory; streams share Fargate tasks rounded up to a Fargate size.
	const containers = Math.ceil(streams / p.streamsPerContainer);
	const task = fargateTask(p.streamsPerContainer * p.vcpuPerStream, p.streamsPerContainer * p.gbPerStream);
	const inProcess: DesignDay = {
		usage: {...NO_USAGE, vcpuHours: containers * task.vcpu * 24, gbHours: containers * task.gb * 24},
		served: streams,
		throttled: 0,
		retries: 0,
	};
	return {standard, express, 'in-process': inProcess};
}

export {DESIGNS};
