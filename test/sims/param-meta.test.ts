import {describe, expect, it} from 'vitest';
import {nudge, paramMeta, setParam} from '../../source/sims/param-meta.js';
import {valueAt} from '../../source/sims/run.js';
import {loadBalancer} from '../../source/sims/load-balancer/engine.js';
import {quadtree} from '../../source/sims/quadtree/engine.js';

describe('simulation parameters on screen', () => {
	it('reads kinds and ranges from the zod schema, opening up lists and objects', () => {
		const lb = paramMeta(loadBalancer, loadBalancer.params.parse({}) as Record<string, unknown>);
		expect(lb.find((m) => m.name === 'algorithm')).toMatchObject({kind: 'choice'});
		expect(lb.find((m) => m.name === 'servers.2.speed')).toEqual({
			name: 'servers.2.speed',
			kind: 'number',
			min: 0.1,
			max: 10,
			integer: false,
		});
		expect(lb.some((m) => m.name === 'servers.0.name')).toBe(false);
		const qt = paramMeta(quadtree, quadtree.params.parse({}) as Record<string, unknown>);
		expect(qt.filter((m) => m.name.startsWith('query.')).map((m) => m.name)).toEqual(['query.x', 'query.y', 'query.w', 'query.h']);
	});

	it('sets a value deep inside lists without touching the rest', () => {
		const params = {
			servers: [
				{name: 'a', weight: 1},
				{name: 'b', weight: 1},
			],
			n: 3,
		};
		const next = setParam(params, 'servers.1.weight', 5);
		expect(next).toEqual({
			servers: [
				{name: 'a', weight: 1},
				{name: 'b', weight: 5},
			],
			n: 3,
		});
		expect(Array.isArray(next.servers)).toBe(true);
		expect(params.servers[1]!.weight).toBe(1);
		expect(valueAt(next, 'servers.1.weight')).toBe(5);
	});

	it('nudges numbers by about a tenth within their range, and cycles choices', () => {
		const int = {name: 'n', kind: 'number', min: 1, max: 50, integer: true} as const;
		expect(nudge(int, 10, 1)).toBe(11);
		expect(nudge(int, 200, 1)).toBe(50);
		expect(nudge(int, 1, -1)).toBe(1);
		expect(nudge({name: 'f', kind: 'number', min: 0, max: 1, integer: false}, 0.5, 1)).toBe(0.55);
		expect(nudge({name: 'c', kind: 'choice', options: ['a', 'b']}, 'b', 1)).toBe('a');
		expect(nudge({name: 'b', kind: 'boolean'}, false, -1)).toBe(true);
	});
});
