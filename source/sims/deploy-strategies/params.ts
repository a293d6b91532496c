import {z} from 'zod';

export const STRATEGIES = ['big-bang', 'rolling', 'blue-green', 'canary', 'toggle'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const SCHEMA_CHANGES = ['none', 'breaking', 'expand-contract'] as const;
export type SchemaChange = (typeof SCHEMA_CHANGES)[number];

/** One tick is one minute. */
export const deployParams = z
	.object({
		strategy: z.enum(STRATEGIES).default('big-bang'),
		instances: z.number().int().min(1).max(40).default(8),
		users: z.number().int().min(1).max(20000).default(1000),
		requestsPerMinute: z.number().int().min(0).max(5000).default(2000),
		baseErrorRate: z.number().min(0).max(0.05).default(0.001),
		badErrorRate: z.number().min(0).max(1).default(0.05),
		releaseAt: z.number().int().min(0).max(60).default(5),
		minutes: z.number().int().min(10).max(240).default(60),
		deployMinutes: z.number().int().min(1).max(30).default(5),
		podReadyMinutes: z.number().int().min(1).max(30).default(2),
		maxSurge: z.number().min(0).max(1).default(0.25),
		maxUnavailable: z.number().min(0).max(1).default(0.25),
		switchMinutes: z.number().int().min(1).max(10).default(1),
		keepBlueMinutes: z.number().int().min(0).max(240).default(30),
		cohortShare: z.number().min(0).max(0.5).default(0.05),
		bakeMinutes: z.number().int().min(1).max(60).default(10),
		alertThreshold: z.number().min(0).max(0.5).default(0.01),
		failedChecks: z.number().int().min(1).max(20).default(5),
		schemaChange: z.enum(SCHEMA_CHANGES).default('none'),
		backfillMinutes: z.number().int().min(1).max(60).default(10),
		slo: z.number().min(0.9).max(0.9999).default(0.999),
		sloDays: z.number().int().min(1).max(90).default(30),
	})
	.refine((p) => p.maxSurge > 0 || p.maxUnavailable > 0, {
		message: 'maxSurge and maxUnavailable cannot both be 0 (Kubernetes rejects it)',
		path: ['maxUnavailable'],
	});

export type DeployParams = z.output<typeof deployParams>;

export const deployParamHelp: Readonly<Record<string, string>> = {
	strategy: "How the new version reaches users: 'big-bang', 'rolling', 'blue-green', 'canary' or 'toggle'",
	instances: 'Servers (pods) in the fleet (1-40)',
	users: 'Active users; each request comes from one of them (1-20000)',
	requestsPerMinute: 'Requests the service gets per minute (0-5000)',
	baseErrorRate: 'Share of requests that fail anyway, on either version (0-0.05)',
	badErrorRate: 'Extra share of requests the new version fails: the bug (0 = a good release)',
	releaseAt: 'Minute the release starts',
	minutes: 'Length of the run in minutes (one tick = one minute)',
	deployMinutes: 'Big bang: minutes the service is down while every server is swapped',
	podReadyMinutes: 'Minutes a new server takes to start and pass its readiness check',
	maxSurge: 'Rolling: extra pods allowed above the fleet, as a share (Kubernetes default 0.25, rounded up)',
	maxUnavailable: 'Rolling: pods that may be down at once, as a share (Kubernetes default 0.25, rounded down)',
	switchMinutes: 'Minutes to move traffic at the load balancer, router or flag service',
	keepBlueMinutes: 'Blue-green: minutes the old (blue) fleet is kept after the switch',
	cohortShare: 'Canary and toggle: share of users who get the new version first (0-0.5)',
	bakeMinutes: 'Canary and toggle: minutes of checks before everyone gets it',
	alertThreshold: 'A check fails when more than this share of the watched requests fail',
	failedChecks: 'Failed checks (one a minute) before the release is rolled back',
	schemaChange: "Database change in the release: 'none', 'breaking' (rename in one step) or 'expand-contract'",
	backfillMinutes: 'Expand-contract: minutes to copy old rows into the new column',
	slo: 'Availability objective, e.g. 0.999 = 99.9% of requests succeed',
	sloDays: 'Days the objective is measured over (30 = a month)',
};
