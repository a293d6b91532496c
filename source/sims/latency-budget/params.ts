import {z} from 'zod';

/** The request's six stages, in the order they happen: the waterfall's rows. */
export const STAGES = ['connect', 'queries', 'scan', 'serialize', 'transfer', 'log'] as const;
export type Stage = (typeof STAGES)[number];

/** The seven techniques of the chapter, each with the stages it can shorten. */
export const TECHNIQUES = {
	cache: ['connect', 'queries', 'scan', 'serialize'],
	pool: ['connect'],
	fixNPlusOne: ['queries'],
	keyset: ['scan'],
	fastJson: ['serialize'],
	compression: ['transfer'],
	asyncLog: ['log'],
} as const satisfies Record<string, readonly Stage[]>;
export type Technique = keyof typeof TECHNIQUES;

export const latencyBudgetParams = z.object({
	// Techniques (all off by default: the request as first written).
	profile: z.boolean().default(false),
	cache: z.boolean().default(false),
	poolSize: z.number().int().min(0).max(500).default(0),
	fixNPlusOne: z.boolean().default(false),
	keyset: z.boolean().default(false),
	fastJson: z.boolean().default(false),
	compression: z.enum(['none', 'gzip', 'brotli']).default('none'),
	asyncLog: z.boolean().default(false),
	// Traffic and the endpoint.
	requestsPerSec: z.number().int().min(0).max(2000).default(200),
	ticks: z.number().int().min(1).max(400).default(40),
	pages: z.number().int().min(10).max(5000).default(1000),
	zipfS: z.number().min(0).max(2).default(1),
	pageSize: z.number().int().min(5).max(100).default(20),
	commentsPerPost: z.number().int().min(0).max(50).default(5),
	rowKB: z.number().min(0.1).max(4).default(0.4),
	// The database.
	dbRttMs: z.number().min(0.1).max(10).default(0.5),
	queryMs: z.number().min(0).max(10).default(0.3),
	rowScanUs: z.number().min(0).max(50).default(5),
	connectMs: z.number().min(0).max(100).default(10),
	dbCores: z.number().int().min(1).max(64).default(4),
	spindles: z.number().int().min(0).max(16).default(1),
	contention: z.number().min(0).max(0.5).default(0.1),
	maxConnections: z.number().int().min(10).max(1000).default(100),
	// Serialisation, transfer, logging.
	jsonUsPerKB: z.number().min(0).max(200).default(20),
	fastJsonCut: z.number().min(0).max(0.9).default(0.3),
	gzipRatio: z.number().min(0.05).max(1).default(0.36),
	brotliRatio: z.number().min(0.05).max(1).default(0.32),
	gzipUsPerKB: z.number().min(0).max(500).default(10),
	brotliUsPerKB: z.number().min(0).max(500).default(25),
	clientMbps: z.number().min(5).max(1000).default(50),
	clientRttMs: z.number().min(0).max(300).default(10),
	logLines: z.number().int().min(0).max(20).default(4),
	syncLogMs: z.number().min(0).max(20).default(2),
	asyncLogMs: z.number().min(0).max(5).default(0.2),
	flushMs: z.number().int().min(10).max(5000).default(1000),
	// Cache behaviour.
	cacheTtlS: z.number().int().min(1).max(60).default(5),
	invalidateOnWrite: z.boolean().default(false),
	updatesPerMin: z.number().min(0).max(120).default(6),
	// Events.
	crashAt: z.number().int().min(0).max(400).default(0),
	spikeAt: z.number().int().min(0).max(400).default(0),
	spikeTicks: z.number().int().min(1).max(100).default(20),
	spikeFactor: z.number().min(1).max(10).default(1.3),
	jitter: z.number().min(0).max(1).default(0.2),
});

export type LatencyBudgetParams = z.output<typeof latencyBudgetParams>;

export const latencyBudgetParamHelp: Readonly<Record<string, string>> = {
	profile: 'Run the profiler first: it traces the slowest 10% of requests and names the bottleneck stage',
	cache: 'Cache the serialized page in Redis/Memcached: a hit skips connect, queries, scan and serialize',
	poolSize: 'Database connections in the pool (0 = no pool: every request opens its own)',
	fixNPlusOne: 'Load comments for the whole page in one query (JOIN / DataLoader) instead of one per post',
	keyset: 'Keyset (cursor) pagination: seek to the page by its last key instead of OFFSET skipping rows',
	fastJson: 'A faster JSON serializer (orjson, Jackson): cuts serialization by fastJsonCut',
	compression: "Response compression: 'none', 'gzip' or 'brotli'",
	asyncLog: 'Asynchronous logging: lines go to a memory buffer, a background thread writes them',
	requestsPerSec: 'Requests per second arriving at the endpoint (0-2000)',
	ticks: 'Length of the run in ticks of 250 ms',
	pages: 'Pages in the post list; which page a request asks for follows a Zipf law',
	zipfS: 'Zipf exponent of page popularity (0 = every page equally likely)',
	pageSize: 'Posts per page (the chapter suggests 20-50)',
	commentsPerPost: 'Comments loaded with each post',
	rowKB: 'Size of one post or comment in the JSON body, in KB',
	dbRttMs: 'Round trip to the database (or the cache) inside the data center, in ms',
	queryMs: 'Database time to run one small indexed query, in ms',
	rowScanUs: 'Database time per row that OFFSET reads and throws away, in microseconds',
	connectMs: 'Opening a new database connection (TCP, TLS, authentication, backend start), in ms',
	dbCores: 'CPU cores of the database server',
	spindles: 'Effective spindle count of the database disks (0 = all data in memory)',
	contention: 'Slowdown added per connection working beyond cores x 2 + spindles (context switches, locks)',
	maxConnections: "Connections the database accepts at once (PostgreSQL's max_connections, default 100); past it new ones are refused",
	jsonUsPerKB: 'Serialization time per KB of JSON with the standard library, in microseconds',
	fastJsonCut: 'Share of serialization time a fast serializer saves',
	gzipRatio: 'Compressed size / original size with gzip (level 6) on text',
	brotliRatio: 'Compressed size / original size with Brotli (level 6) on text',
	gzipUsPerKB: 'CPU time to gzip one KB, in microseconds',
	brotliUsPerKB: 'CPU time to Brotli-compress one KB, in microseconds',
	clientMbps: 'Bandwidth to the client, in Mbit/s',
	clientRttMs: 'Round trip to the client, in ms',
	logLines: 'Log lines each request writes',
	syncLogMs: 'Writing one line synchronously (to disk, flushed), in ms; also the cost of one background flush',
	asyncLogMs: 'Putting one line in the async buffer, in ms',
	flushMs: 'How often the async logger flushes its buffer to disk, in ms',
	cacheTtlS: 'How long a cached page stays valid, in seconds',
	invalidateOnWrite: 'Delete a cached page as soon as its data changes (event-driven invalidation)',
	updatesPerMin: 'How often each page changes (new comment, edit), per minute',
	crashAt: 'Tick at which the process crashes (0 = never)',
	spikeAt: 'Tick at which a traffic spike starts (0 = none)',
	spikeTicks: 'How many ticks a spike lasts',
	spikeFactor: 'Traffic multiplier during a spike',
	jitter: 'Spread of each stage around its typical time (sigma of a lognormal)',
};

/** What one press of ←→ changes, and what the CLI help names: the grid every number lives on. */
export const TICK_MS = 250;
