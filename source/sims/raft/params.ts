import {z} from 'zod';

/** A node index, or "leader": whoever leads (highest term, up) when the fault fires. */
const target = z.union([z.int().min(0).max(8), z.literal('leader')]);
const atMs = z.int().min(1).max(30_000);

/** A fault the run injects by itself at a given time (the same moves as the actions). */
export const faultSchema = z.discriminatedUnion('type', [
	z.object({atMs, type: z.literal('crash'), node: target}),
	z.object({atMs, type: z.literal('restart'), node: z.int().min(0).max(8)}),
	z.object({atMs, type: z.literal('partition'), groups: z.array(z.array(target).max(9)).min(1).max(9)}),
	z.object({atMs, type: z.literal('heal')}),
]);

export const raftParamsSchema = z
	.object({
		nodes: z.int().min(1).max(9).default(5),
		durationMs: z.int().min(100).max(30_000).default(3000),
		heartbeatMs: z.int().min(10).max(5000).default(50),
		electionMinMs: z.int().min(20).max(5000).default(150),
		electionMaxMs: z.int().min(20).max(5000).default(300),
		delayMinMs: z.int().min(1).max(500).default(5),
		delayMaxMs: z.int().min(1).max(500).default(15),
		dropRate: z.number().min(0).max(0.9).default(0),
		clientIntervalMs: z
			.int()
			.min(0)
			.max(10_000)
			.refine((v) => v === 0 || v >= 10, 'clientIntervalMs is 0 (off) or at least 10')
			.default(200),
		faults: z.array(faultSchema).max(50).default([]),
	})
	.superRefine((p, ctx) => {
		if (p.electionMinMs > p.electionMaxMs) {
			ctx.addIssue({code: 'custom', path: ['electionMaxMs'], message: 'electionMaxMs must be >= electionMinMs'});
		}
		if (p.delayMinMs > p.delayMaxMs) {
			ctx.addIssue({code: 'custom', path: ['delayMaxMs'], message: 'delayMaxMs must be >= delayMinMs'});
		}
		p.faults.forEach((f, i) => {
			const nodes = f.type === 'crash' || f.type === 'restart' ? [f.node] : f.type === 'partition' ? f.groups.flat() : [];
			const ids = nodes.filter((n) => n !== 'leader');
			if (ids.some((n) => n >= p.nodes)) {
				ctx.addIssue({code: 'custom', path: ['faults', i], message: `node index must be below ${p.nodes}`});
			}
			if (new Set(nodes).size !== nodes.length) {
				ctx.addIssue({code: 'custom', path: ['faults', i], message: 'a node appears twice in the partition'});
			}
		});
	});

export type RaftParams = z.output<typeof raftParamsSchema>;
export type RaftFault = z.output<typeof faultSchema>;

export const raftParamHelp: Readonly<Record<string, string>> = {
	nodes: 'Number of Raft servers in the cluster (1-9).',
	durationMs: 'Simulated time to run, in milliseconds (one tick = 1 ms).',
	heartbeatMs: 'How often a leader sends AppendEntries heartbeats (ms).',
	electionMinMs: 'Lower bound of the randomized election timeout (ms), re-drawn at every timer reset.',
	electionMaxMs: 'Upper bound of the randomized election timeout (ms).',
	delayMinMs: 'Shortest one-way message delay (ms).',
	delayMaxMs: 'Longest one-way message delay (ms); each message draws a delay in [delayMinMs, delayMaxMs].',
	dropRate: 'Probability that the network loses any one message (0-0.9).',
	clientIntervalMs: 'A client sends a command to the leader every this many ms (0 = no client).',
	faults:
		'Scheduled faults: [{atMs, type: crash|restart|partition|heal, node (index or "leader"), groups}]; unlisted nodes form one extra group.',
};
