import {describe, expect, it} from 'vitest';
import {checkPack} from '../../source/content/check-pack.js';
import {loadPackDir} from '../../source/content/load-packs.js';
import type {LessonPack} from '../../source/content/schema.js';
import {ENGINES} from '../../source/sims/registry.js';

const {packs} = loadPackDir('lessons');
const sims = packs.flatMap((p) => p.simulations.map((s) => ({pack: p, sim: s})));

/** The pack with only this simulation (and no quiz, whose remedies may name the others): the checker's findings about it alone. */
const alone = (pack: LessonPack, sim: LessonPack['simulations'][number]) => ({...pack, quiz: [], simulations: [sim]});

describe('the simulations the packs offer', () => {
	it('cover every registered engine, each with at least two challenges', () => {
		expect(new Set(sims.map((s) => s.sim.engine))).toEqual(new Set(ENGINES.map((e) => e.id)));
		for (const {sim} of sims) expect(sim.challenges.length, sim.id).toBeGreaterThanOrEqual(2);
	});

	// The pack checker runs each one headless with its defaults and with every challenge's
	// solution: a real engine, valid params, real metrics, defaults that fail and solutions
	// that hold, with params the simulation screen can change (see test/pack-checker.test.ts
	// for each of these failing).
	it.each(sims.map((s) => [`${s.pack.chapter}/${s.sim.id}`, s] as const))(
		'%s names a real engine, valid params and real metrics',
		(_, {pack, sim}) => {
			expect(
				ENGINES.some((e) => e.id === sim.engine),
				sim.engine,
			).toBe(true);
			for (const c of sim.challenges) expect(c.solution, `${c.id} has a solution`).toBeDefined();
			expect(checkPack(alone(pack, sim), {engines: ENGINES}).map((i) => i.message)).toEqual([]);
		},
	);
});
