/**
 * The contract every registered simulation's drawing keeps, checked for each
 * entry of the registry over states of its default run: it fits the box the
 * simulation screen gives it at 60×16, 80×24 and 120×40 (56, 76 or 116
 * columns, one row up to the screen's budget), in both languages, and it
 * leaves the state alone. A simulation off the teaching "not yet" list also
 * teaches at 60×16 (three lines at least) and does not shrink as the
 * terminal grows.
 */
import {describe, expect, it} from 'vitest';
import {NOT_YET} from '../support/not-yet.js';
import {SIMULATIONS} from '../../source/sims/registry.js';
import type {AnySim} from '../../source/sims/types.js';
import {expectFits, expectViewLeavesStateAlone, runStates, viewBox} from '../support/sims.js';

const box = viewBox;
/** Every row count up to the budget, at each size. */
const boxesOf = (sim: AnySim): [number, number][] =>
	[box(sim, 60, 16), box(sim, 80, 24), box(sim, 120, 40)].flatMap(([c, r]) =>
		Array.from({length: r}, (_, i): [number, number] => [c, i + 1]),
	);

function sample<T>(all: T[], n = 10): T[] {
	if (all.length <= n) return all;
	return Array.from({length: n}, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]!);
}

describe.each(SIMULATIONS.map((s) => [s.engine.id, s] as const))('drawing of %s', (id, sim: AnySim) => {
	const {engine, view, liveActions} = sim;
	const states = sample(runStates(engine, {}, 1));

	it.skipIf(NOT_YET.has(id))('teaches at 60×16 (three lines or more) and grows, never shrinks, with the terminal', () => {
		for (const state of states)
			for (const lang of ['en', 'ko'] as const) {
				const [small, large, huge] = [box(sim, 60, 16), box(sim, 80, 24), box(sim, 120, 40)].map(
					([c, r]) => view(state, c, r, lang).length,
				);
				expect(small).toBeGreaterThanOrEqual(3);
				expect(large).toBeGreaterThanOrEqual(small!);
				expect(huge).toBeGreaterThanOrEqual(large!);
			}
	});

	it('fits every box of the screen at 60×16, 80×24 and 120×40, in both languages, at every stage of a run', () => {
		for (const state of states)
			for (const [columns, rows] of boxesOf(sim))
				for (const lang of ['en', 'ko'] as const) expectFits(view(state, columns, rows, lang), columns, rows);
	});

	it('fits after each live action too', () => {
		for (const state of states) {
			for (const live of liveActions) {
				const action = live.make(state);
				if (action) expectFits(view(engine.step(state, action), 76, 8, 'ko'), 76, 8);
			}
		}
	});

	it('leaves the state alone (frozen: any write throws)', () => {
		expectViewLeavesStateAlone(view, states, {freeze: true});
	});

	it('draws something different as the run goes on', () => {
		const drawn = new Set(states.map((s) => JSON.stringify(view(s, 76, 8, 'en'))));
		expect(drawn.size).toBeGreaterThan(1);
	});
});
