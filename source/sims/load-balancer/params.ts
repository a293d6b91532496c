import {z} from 'zod';

export const ALGORITHMS = [
	'round-robin',
	'sticky-round-robin',
	'weighted-round-robin',
	'ip-hash',
	'least-connections',
	'least-response-time',
] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

const serverSchema = z.object({
	name: z.string().min(1).max(16),
	weight: z.number().int().min(1).max(100).default(1),
	capacity: z.number().int().min(1).max(1000).default(20),
	speed: z.number().min(0.1).max(10).default(1),
	down: z.boolean().default(false),
});
export type ServerSpec = z.infer<typeof serverSchema>;

const DEFAULT_SERVERS: ServerSpec[] = [
	{name: 'a', weight: 1, capacity: 8, speed: 1, down: false},
	{name: 'b', weight: 1, capacity: 8, speed: 1, down: false},
	{name: 'c', weight: 1, capacity: 8, speed: 0.5, down: false},
];

export const paramsSchema = z.object({
	algorithm: z.enum(ALGORITHMS).default('round-robin'),
	compareWith: z.enum([...ALGORITHMS, 'none']).default('none'),
	lrtCountsOpen: z.boolean().default(false),
	servers: z
		.array(serverSchema)
		.min(1)
		.max(12)
		.default(DEFAULT_SERVERS)
		.refine((s) => new Set(s.map((x) => x.name)).size === s.length, 'server names must be unique'),
	requests: z.number().int().min(1).max(5000).default(600),
	ratePerSec: z.number().min(1).max(10_000).default(50),
	clients: z.number().int().min(1).max(2000).default(40),
	subnets: z.number().int().min(1).max(2000).default(40),
	clientSkew: z.number().min(0).max(3).default(0),
	costMs: z.number().int().min(1).max(5000).default(20),
	heavyCostMs: z.number().int().min(1).max(5000).default(200),
	heavyFraction: z.number().min(0).max(1).default(0.1),
});
export type Params = z.infer<typeof paramsSchema>;

export const paramHelp: Readonly<Record<string, string>> = {
	algorithm: 'round-robin | sticky-round-robin | weighted-round-robin | ip-hash | least-connections | least-response-time',
	compareWith: 'a second algorithm run on the very same request stream, or none',
	lrtCountsOpen: 'least-response-time scores SRTT x (open connections + 1) instead of SRTT alone',
	servers: 'list of {name, weight 1-100, capacity = max concurrent connections 1-1000, speed = work per ms 0.1-10, down}',
	requests: 'how many requests the stream holds (1-5000)',
	ratePerSec: 'mean arrival rate, requests per second (Poisson arrivals, 1-10000)',
	clients: 'distinct clients; each keeps one IPv4 address (1-2000)',
	subnets: 'how many /24 networks the client addresses come from; ip-hash only sees the first three octets (1-2000)',
	clientSkew: 'Zipf exponent for which client sends a request: 0 = every client alike, 1+ = a few hot clients (0-3)',
	costMs: 'work of a light request, in ms on a speed-1 server (1-5000)',
	heavyCostMs: 'work of a heavy request, in ms on a speed-1 server (1-5000)',
	heavyFraction: 'share of requests that are heavy (0-1)',
};
