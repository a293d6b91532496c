import {z} from 'zod';

export const rateLimiterParams = z.object({
	algorithm: z.enum(['leaky-bucket', 'token-bucket']).default('leaky-bucket'),
	capacity: z.number().int().min(1).max(1000).default(10),
	rate: z.number().int().min(1).max(1000).default(5),
	burst: z.number().int().min(0).max(10_000).default(20),
	steadyRate: z.number().int().min(0).max(1000).default(4),
	duration: z.number().int().min(1).max(120).default(10),
	tickMs: z.number().int().min(10).max(1000).default(100),
	refill: z.enum(['continuous', 'discrete']).default('continuous'),
});

export type RateLimiterParams = z.output<typeof rateLimiterParams>;

/** One line per param for `sim --list` and `--help`. */
export const rateLimiterParamHelp: Readonly<Record<keyof RateLimiterParams, string>> = {
	algorithm: 'leaky-bucket (FIFO queue drained at a fixed rate) or token-bucket (tokens refilled at a fixed rate)',
	capacity: 'bucket size: queue slots (leaky) or maximum tokens (token bucket, starts full), 1-1000',
	rate: 'drain rate (leaky) or refill rate (token), per second, 1-1000',
	burst: 'requests that all arrive at t=0, 0-10000',
	steadyRate: 'steady requests per second after the burst, 0-1000',
	duration: 'seconds of steady traffic, 1-120',
	tickMs: 'simulated milliseconds per tick, 10-1000',
	refill: 'token bucket: continuous (tokens accrue every moment, the classic definition) or discrete (a whole token on a fixed clock)',
};
