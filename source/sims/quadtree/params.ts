import {z} from 'zod';

export const REGION = 100;
const MAX_POINTS = 2000;
const coord = z.number().min(0).lt(REGION);
const point = z.object({x: coord, y: coord});

export const quadtreeParams = z.object({
	points: z.union([z.number().int().min(0).max(MAX_POINTS), z.array(point).max(MAX_POINTS)]).default(100),
	distribution: z.enum(['uniform', 'clustered']).default('uniform'),
	capacity: z.number().int().min(1).max(64).default(4),
	maxDepth: z.number().int().min(1).max(12).default(8),
	query: z
		.object({
			x: z.number().min(0).max(REGION),
			y: z.number().min(0).max(REGION),
			w: z.number().min(0).max(REGION),
			h: z.number().min(0).max(REGION),
		})
		.default({x: 20, y: 20, w: 30, h: 30}),
});

export type QuadtreeParams = z.output<typeof quadtreeParams>;

/** One line per param for `sim --list` and `--help`. */
export const quadtreeParamHelp: Readonly<Record<keyof QuadtreeParams, string>> = {
	points: 'how many seeded points (0-2000), or a list of {x, y} in [0, 100)',
	distribution: 'seeded points: uniform, or clustered around three hot spots',
	capacity: 'points a leaf holds before it splits into four, 1-64',
	maxDepth: 'deepest level a split may reach (the root is 0), 1-12',
	query: 'range query rectangle {x, y, w, h}: [x, x+w) × [y, y+h)',
};
