import {z} from 'zod';

export const hotPartitionParams = z
	.object({
		coalescing: z.boolean().default(false),
		routing: z.enum(['random', 'channel-hash']).default('random'),
		instances: z.int().min(1).max(64).default(16),
		db: z.enum(['cassandra', 'scylla']).default('cassandra'),
		nodes: z.int().min(1).max(200).default(12),
		burstRate: z.number().min(0).max(200).default(20),
		burstAt: z.int().min(0).max(10_000).default(100),
		burstMs: z.int().min(0).max(2000).default(200),
		readRate: z.number().min(0).max(50).default(5),
		channels: z.int().min(1).max(100_000).default(10_000),
		zipfExponent: z.number().min(0).max(2).default(1),
		writeRate: z.number().min(0).max(10).default(0.5),
		historyShare: z.number().min(0).max(1).default(0.2),
		historyBuckets: z.int().min(1).max(10).default(3),
		replicationFactor: z.int().min(1).max(5).default(3),
		vnodes: z.int().min(1).max(256).default(16),
		coresPerNode: z.int().min(1).max(64).default(4),
		readP50Ms: z.number().min(0.5).max(50).default(2),
		readP99Ms: z.number().min(1).max(200).default(15),
		gcEveryMs: z.int().min(100).max(60_000).default(1000),
		gcPauseMs: z.int().min(0).max(1000).default(100),
		timeoutMs: z.int().min(100).max(10_000).default(1000),
		queueLimit: z.int().min(1).max(10_000).default(100),
		durationMs: z.int().min(100).max(10_000).default(1000),
	})
	.refine((p) => p.readP99Ms >= p.readP50Ms, {message: 'readP99Ms cannot be below readP50Ms', path: ['readP99Ms']});

export type HotPartitionParams = z.infer<typeof hotPartitionParams>;

/** One line per param for `sim --list` and `--help`. */
export const hotPartitionParamHelp: Readonly<Record<keyof HotPartitionParams, string>> = {
	coalescing: 'an instance sends one query per partition at a time; later reads of it wait for that answer',
	routing: 'random (any instance) or channel-hash (one instance per channel, rendezvous hashing)',
	instances: 'data-service instances between the API and the database (1–64)',
	db: 'cassandra (JVM: stop-the-world GC pauses) or scylla (C++, shard per core, no GC)',
	nodes: 'database nodes on the token ring (1–200)',
	burstRate: 'extra reads per ms of the latest bucket of channel #0 during the burst (0–200)',
	burstAt: 'ms at which @everyone is posted in channel #0 (0–10000)',
	burstMs: 'how long the @everyone read burst lasts, ms (0 = no burst, 0–2000)',
	readRate: 'message-history reads per ms, spread over channels by popularity (0–50)',
	channels: 'channels whose popularity follows a Zipf law; channel #0 is the most popular (1–100000)',
	zipfExponent: 'Zipf exponent s: channel of rank k gets a share ∝ 1/k^s (0 = all equal, 0–2)',
	writeRate: 'messages posted per ms; each one makes a newer version of its partition (0–10)',
	historyShare: 'share of reads that scroll back to an older time bucket (0–1)',
	historyBuckets: 'how many older buckets such a read may reach back (1–10)',
	replicationFactor: 'copies of each partition, on the next distinct nodes clockwise (1–5; at most the node count)',
	vnodes: 'tokens per node on the ring (Cassandra num_tokens, 1–256)',
	coresPerNode: 'cores per node: Cassandra shares them, ScyllaDB gives each its own shard (1–64)',
	readP50Ms: 'median time one read takes on a node, ms (0.5–50)',
	readP99Ms: '99th percentile of that time, ms (lognormal between the two; 1–200)',
	gcEveryMs: 'Cassandra: mean time between GC pauses on a node, ms (100–60000)',
	gcPauseMs: 'Cassandra: length of one stop-the-world pause, ms (0 = no GC, 0–1000)',
	timeoutMs: 'a query still queued after this long is dropped and its reads fail, ms (100–10000)',
	queueLimit: 'queries a node queue (ScyllaDB: a shard queue) holds; one more is refused and its reads fail (1–10000)',
	durationMs: 'milliseconds of traffic (one tick = 1 ms); the run then drains what is in flight (100–10000)',
};
