/**
 * Published unit prices and quotas, as data with their sources: AWS list
 * prices for US East (N. Virginia, us-east-1) as the pricing pages showed
 * them when checked on 2026-12-01. Free tiers and volume discounts (Lambda
 * over 6 billion GB-seconds, Express duration over 1,000 GB-hours, savings
 * plans) are left out: each line is usage × its first-tier price.
 */
export const REGION = 'us-east-1';
export const PRICES_CHECKED = '2026-12-01';

/** `listed`: the price as the pricing page writes it (per 1,000, per million or per unit). */
export type UnitPrice = {readonly usd: number; readonly per: string; readonly listed: string; readonly source: string};

const SFN = 'AWS Step Functions Pricing — https://aws.amazon.com/step-functions/pricing/';
const LAMBDA = 'AWS Lambda Pricing — https://aws.amazon.com/lambda/pricing/';
const S3 = 'Amazon S3 Pricing — https://aws.amazon.com/s3/pricing/';
const FARGATE = 'AWS Fargate Pricing — https://aws.amazon.com/fargate/pricing/';

/** Every price the bill uses, per one unit of usage. */
export const PRICES = {
	/** $0.025 per 1,000 state transitions, retries included. */
	sfnTransition: {usd: 0.025 / 1000, per: 'state transition', listed: '$0.025/1k', source: SFN},
	/** $1.00 per million Express requests (executions started). */
	expressRequest: {usd: 1 / 1_000_000, per: 'request', listed: '$1.00/M', source: SFN},
	/** $0.00001667 per GB-second of Express duration (first tier), in 100 ms and 64 MB steps. */
	expressGbSecond: {usd: 0.00001667, per: 'GB-second', listed: '$0.00001667/GB-s', source: SFN},
	/** $0.20 per million Lambda requests. */
	lambdaRequest: {usd: 0.2 / 1_000_000, per: 'request', listed: '$0.20/M', source: LAMBDA},
	/** $0.0000166667 per GB-second of Lambda duration (x86, first tier). */
	lambdaGbSecond: {usd: 0.0000166667, per: 'GB-second', listed: '$0.0000166667/GB-s', source: LAMBDA},
	/** S3 Standard: $0.005 per 1,000 PUT requests. */
	s3Put: {usd: 0.005 / 1000, per: 'PUT', listed: '$0.005/1k', source: S3},
	/** S3 Standard: $0.0004 per 1,000 GET requests. */
	s3Get: {usd: 0.0004 / 1000, per: 'GET', listed: '$0.0004/1k', source: S3},
	/** Fargate Linux/x86: $0.04048 per vCPU-hour. */
	fargateVcpuHour: {usd: 0.04048, per: 'vCPU-hour', listed: '$0.04048/vCPU-h', source: FARGATE},
	/** Fargate Linux/x86: $0.004445 per GB-hour. */
	fargateGbHour: {usd: 0.004445, per: 'GB-hour', listed: '$0.004445/GB-h', source: FARGATE},
} as const satisfies Record<string, UnitPrice>;

export type PriceName = keyof typeof PRICES;

/** Step Functions quotas (us-east-1): the Standard StateTransition refill rate is a param; Express starts are fixed here. */
export const QUOTAS_SOURCE =
	'AWS Step Functions Developer Guide, Quotas (state and API throttling, us-east-1, 2023 edition) — https://github.com/awsdocs/aws-step-functions-developer-guide/blob/main/doc_source/limits-overview.md';
/** Express StartExecution refill rate per second (us-east-1). */
export const EXPRESS_STARTS_PER_SECOND = 6000;

/**
 * Fargate task sizes (Linux): each vCPU size with the memory sizes it allows,
 * in GB. A task is rounded up to the first size that fits what its streams need.
 */
export const FARGATE_SIZES_SOURCE =
	'Amazon ECS Developer Guide, task CPU and memory for Fargate — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html';
const range = (from: number, to: number, step: number) =>
	Array.from({length: Math.round((to - from) / step) + 1}, (_, i) => from + i * step);
const SIZES: readonly {vcpu: number; gbs: readonly number[]}[] = [
	{vcpu: 0.25, gbs: [0.5, 1, 2]},
	{vcpu: 0.5, gbs: range(1, 4, 1)},
	{vcpu: 1, gbs: range(2, 8, 1)},
	{vcpu: 2, gbs: range(4, 16, 1)},
	{vcpu: 4, gbs: range(8, 30, 1)},
	{vcpu: 8, gbs: range(16, 60, 4)},
	{vcpu: 16, gbs: range(32, 120, 8)},
];

/** The smallest Fargate task that gives at least this much vCPU and memory (the largest one if none does). */
export function fargateTask(vcpu: number, gb: number): {vcpu: number; gb: number} {
	const eps = 1e-9;
	for (const size of SIZES) {
		if (size.vcpu + eps < vcpu) continue;
		const fit = size.gbs.find((g) => g + eps >= gb);
		if (fit !== undefined) return {vcpu: size.vcpu, gb: fit};
	}
	return {vcpu: 16, gb: 120};
}
