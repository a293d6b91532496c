import {z} from 'zod';

/** The three ways to run one monitoring job per stream. */
export const DESIGNS = ['standard', 'express', 'in-process'] as const;
export type Design = (typeof DESIGNS)[number];

export const serverlessCostParams = z.object({
	design: z.enum(DESIGNS).default('standard'),
	streams: z.int().min(0).max(20_000).default(1000),
	transitionsPerSecond: z.number().min(0).max(20).default(5),
	framesPerSecond: z.number().min(0).max(30).default(1),
	s3RoundTripsPerFrame: z.int().min(0).max(10).default(2),
	lambdaMemoryMb: z.int().min(128).max(10_240).default(1024),
	lambdaMsPerFrame: z.int().min(0).max(10_000).default(200),
	expressMemoryMb: z.int().min(64).max(1024).default(64),
	vcpuPerStream: z.number().min(0.05).max(1).default(0.25),
	gbPerStream: z.number().min(0.25).max(7.5).default(0.5),
	streamsPerContainer: z.int().min(1).max(16).default(4),
	retryRate: z.number().min(0).max(0.5).default(0.01),
	sfnTransitionLimit: z.int().min(0).max(100_000).default(1500),
	days: z.int().min(1).max(31).default(30),
});

export type ServerlessCostParams = z.infer<typeof serverlessCostParams>;

/** One line per param for `sim --list` and `--help`. */
export const serverlessCostParamHelp: Readonly<Record<keyof ServerlessCostParams, string>> = {
	design:
		'the design the fleet runs: standard (Step Functions Standard + Lambda + S3), express (Express workflows + Lambda + S3) or in-process (one process per stream in Fargate containers)',
	streams: 'live streams monitored, one monitoring job each (0–20000)',
	transitionsPerSecond: 'Step Functions state transitions per second of video per stream (assumed, 0–20)',
	framesPerSecond: 'frames sampled per second of video and analysed by a Lambda call each (assumed, 0–30)',
	s3RoundTripsPerFrame: 'S3 round trips (one PUT and one GET) per frame passed between steps (assumed, 0–10)',
	lambdaMemoryMb: 'memory of each Lambda function, MB (assumed, 128–10240)',
	lambdaMsPerFrame: 'Lambda run time per frame, ms (assumed, 0–10000)',
	expressMemoryMb: 'memory an Express execution is billed for, in 64 MB chunks (assumed, 64–1024)',
	vcpuPerStream: 'container vCPU one stream needs in the in-process design (assumed, 0.05–1)',
	gbPerStream: 'container memory one stream needs, GB (assumed, 0.25–7.5)',
	streamsPerContainer: 'streams packed into one Fargate task; the task is rounded up to a Fargate size (1–16)',
	retryRate: 'share of state transitions that fail and are retried; each retry is billed again (assumed, 0–0.5)',
	sfnTransitionLimit: "the account's Step Functions Standard state-transition refill rate per second, us-east-1 (0–100000)",
	days: 'days in the billed month; one step is one day (1–31)',
};
