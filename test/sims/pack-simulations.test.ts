import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {engineById} from '../../source/sims/registry.js';
import {paramMeta} from '../../source/sims/param-meta.js';
import {meets, runHeadless, valueAt} from '../../source/sims/run.js';

const {packs} = loadPackDir('lessons');
const sims = packs.flatMap((p) => p.simulations.map((s) => ({pack: p, sim: s})));

describe('the simulations the packs offer', () => {
	it('are offered by chapters 57, 58 and 60, each with at least two challenges', () => {
		expect(new Set(sims.map((s) => s.pack.chapter))).toEqual(new Set([57, 58, 60]));
		for (const {sim} of sims) expect(sim.challenges.length, sim.id).toBeGreaterThanOrEqual(2);
	});

	it.each(sims.map((s) => [`${s.pack.chapter}/${s.sim.id}`, s] as const))(
		'%s names a real engine, valid params and real metrics',
		(_, {sim}) => {
			const engine = engineById(sim.engine);
			expect(engine, sim.engine).toBeDefined();
			const params = engine!.params.parse(sim.params);
			const {summary, finished} = runHeadless(engine!, params, 1);
			expect(finished).toBe(true);
			for (const c of sim.challenges) {
				for (const g of [c.goal].flat()) {
					// The metric's top-level field exists (a comparison's figures are null until one is asked for).
					expect(valueAt(summary, g.metric.split('.')[0]!), `${c.id}: ${g.metric}`).not.toBeUndefined();
				}
				// A challenge asks the learner to change something: the defaults do not meet it…
				expect(meets(summary, c.goal), `${c.id} is met by the defaults`).toBe(false);
				// …and it can be met, by parameters the simulation screen can set.
				expect(c.solution, `${c.id} has a solution`).toBeDefined();
				const solved = engine!.params.parse({...(sim.params as object), ...c.solution});
				expect(meets(runHeadless(engine!, solved, 1).summary, c.goal), `${c.id} is met by its solution`).toBe(true);
				const editable = new Set(
					paramMeta(engine!, solved as Record<string, unknown>)
						.filter((m) => m.kind !== 'fixed')
						.map((m) => m.name.split('.')[0]),
				);
				for (const name of Object.keys(c.solution!)) expect(editable.has(name), `${c.id}: ${name} can be changed on screen`).toBe(true);
			}
		},
	);
});
