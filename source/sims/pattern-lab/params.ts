import {z} from 'zod';

export const SCENARIOS = ['ide-plugins', 'flash-sale', 'mvp', 'order-pipeline', 'sixty-teams'] as const;
export const PATTERNS = ['layered', 'event-driven', 'microkernel', 'microservices', 'space-based', 'modular-monolith'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type Pattern = (typeof PATTERNS)[number];

export const patternLabParams = z.object({
	scenario: z.enum(SCENARIOS).default('mvp'),
	pattern: z.enum(PATTERNS).default('microservices'),
	weeks: z.int().min(1).max(52).default(52),
	cqrs: z.boolean().default(false),
	projectionLagMs: z.int().min(0).max(10_000).default(800),
	readAfterWriteMs: z.int().min(0).max(10_000).default(300),
	ownReads: z.enum(['read-model', 'write-model']).default('read-model'),
});

export type PatternLabParams = z.infer<typeof patternLabParams>;

export const patternLabParamHelp: Readonly<Record<keyof PatternLabParams, string>> = {
	scenario: 'ide-plugins | flash-sale | mvp (four people) | order-pipeline (async consumers) | sixty-teams',
	pattern: 'layered | event-driven | microkernel | microservices | space-based | modular-monolith',
	weeks: 'weeks of the year lived (1–52)',
	cqrs: 'split writes from a read model that an event projection keeps up to date',
	projectionLagMs: 'mean time before a write shows in the read model, exponential (0–10000 ms)',
	readAfterWriteMs: 'how soon a user reads back what they just wrote (0–10000 ms)',
	ownReads: "where a user's read of their own write goes: read-model | write-model",
};
