/**
 * The contract every registered simulation's drawing keeps, checked for each
 * entry of the registry over states of its default run: it fits the box the
 * simulation screen gives it at 80×24 and at 60×16 (76 or 56 columns, one to
 * eight rows), in both languages, and it leaves the state alone.
 */
import {describe, expect, it} from 'vitest';
import {SIMULATIONS} from '../../source/sims/registry.js';
import type {AnySim} from '../../source/sims/types.js';
import {expectFits, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

/** Inner widths at 80 and 60 columns (the screen pads two columns each side), every row count up to the drawing's cap. */
const BOXES: [number, number][] = [76, 56].flatMap((columns) => Array.from({length: 8}, (_, i): [number, number] => [columns, i + 1]));

function sample<T>(all: T[], n = 10): T[] {
	if (all.length <= n) return all;
	return Array.from({length: n}, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]!);
}

describe.each(SIMULATIONS.map((s) => [s.engine.id, s] as const))('drawing of %s', (_, {engine, view, liveActions}: AnySim) => {
	const states = sample(runStates(engine, {}, 1));

	it('fits every box of the screen at 80×24 and 60×16, in both languages, at every stage of a run', () => {
		for (const state of states)
			for (const [columns, rows] of BOXES)
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
