import {z} from 'zod';

export const bloomFilterParams = z
	.object({
		bits: z.int().min(8).max(1_000_000).default(1024),
		hashes: z.int().min(1).max(32).default(2),
		items: z.int().min(1).max(100_000).default(100),
		probes: z.int().min(0).max(200_000).default(10_000),
		counting: z.boolean().default(false),
		deletes: z.int().min(0).max(100_000).default(0),
	})
	.refine((p) => p.deletes <= p.items, {message: 'deletes cannot exceed items', path: ['deletes']})
	.refine((p) => p.deletes === 0 || p.counting, {message: 'only a counting filter can delete', path: ['deletes']});

export type BloomFilterParams = z.infer<typeof bloomFilterParams>;

/** One line per param for `sim --list` and `--help`. */
export const bloomFilterParamHelp: Readonly<Record<keyof BloomFilterParams, string>> = {
	bits: 'cells m in the filter (8–1000000)',
	hashes: 'positions k per item, by double hashing over MurmurHash3 (1–32)',
	items: 'items n inserted, "item-<i>" (1–100000)',
	probes: 'lookups of items never inserted, to measure the false-positive rate (0–200000)',
	counting: 'use 4-bit counters (saturating at 15) instead of bits, so items can be deleted',
	deletes: 'with counting: delete the first this many items after inserting (0–items)',
};
