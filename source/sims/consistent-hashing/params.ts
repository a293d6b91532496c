import {z} from 'zod';

export const consistentHashingParams = z
	.object({
		nodes: z.int().min(1).max(50).default(10),
		vnodes: z.int().min(4).max(500).multipleOf(4).default(8),
		keys: z.int().min(1).max(100_000).default(10_000),
		add: z.int().min(0).max(20).default(1),
		remove: z.int().min(0).max(49).default(0),
	})
	.refine((p) => p.remove < p.nodes, {message: 'remove must leave at least one initial server', path: ['remove']});

export type ConsistentHashingParams = z.infer<typeof consistentHashingParams>;

export const consistentHashingParamHelp: Readonly<Record<keyof ConsistentHashingParams, string>> = {
	nodes: 'servers on the ring at the first placement (1–50)',
	vnodes: 'virtual nodes (ring points) per server, a multiple of 4: one MD5 gives 4 points (4–500)',
	keys: 'keys "key-<i>" placed on the ring (1–100000)',
	add: 'new servers added one per tick after the first placement (0–20)',
	remove: 'initial servers (picked by the seed) removed one per tick after the adds (0–49, fewer than nodes)',
};
