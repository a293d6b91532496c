/**
 * The "simulations that teach" part of the contract, for every registered
 * simulation: each parameter with a translated label, a one-line description
 * and (for numbers) a step that reaches both bounds through allowed values;
 * results with translated labels; narration in both languages; a legend.
 * A simulation still missing a piece must be on NOT_YET, and leaves it as
 * soon as it has them all (the list only shrinks).
 */
import {describe, expect, it} from 'vitest';
import {NOT_YET} from '../support/not-yet.js';
import {paramInfo, paramMeta, setParam, stepBy} from '../../source/sims/param-meta.js';
import {SIMULATIONS} from '../../source/sims/registry.js';
import {valueAt} from '../../source/sims/run.js';
import type {AnySim} from '../../source/sims/types.js';

function gaps(sim: AnySim): string[] {
	const defaults = sim.engine.params.parse({}) as Record<string, unknown>;
	const missing: string[] = [];
	for (const meta of paramMeta(sim.engine, defaults)) if (!paramInfo(sim, meta.name)) missing.push(`param ${meta.name}`);
	if (!sim.results || Object.keys(sim.results).length === 0) missing.push('results');
	if (!sim.narrate) missing.push('narrate');
	if (!sim.legend) missing.push('legend');
	if (!sim.stepsPerSecond) missing.push('stepsPerSecond');
	return missing;
}

const cases = SIMULATIONS.map((s) => [s.engine.id, s] as const);
const complete = cases.filter(([id]) => !NOT_YET.has(id));

describe.each(cases)('teaching contract of %s', (id, sim) => {
	it(NOT_YET.has(id) ? 'is still missing a piece (else take it off NOT_YET)' : 'has every piece', () => {
		if (NOT_YET.has(id)) expect(gaps(sim).length).toBeGreaterThan(0);
		else expect(gaps(sim)).toEqual([]);
	});
});

describe.each(complete)('teaching pieces of %s', (_, sim) => {
	const {engine} = sim;
	const defaults = engine.params.parse({}) as Record<string, unknown>;
	const metas = paramMeta(engine, defaults);

	it('labels and describes every parameter in both languages, one line each', () => {
		for (const meta of metas) {
			const info = paramInfo(sim, meta.name)!;
			for (const text of [info.label.en, info.label.ko, info.description.en, info.description.ko]) {
				expect(text.length, meta.name).toBeGreaterThan(0);
				expect(text, meta.name).not.toContain('\n');
			}
			if (meta.kind === 'number') expect(info.step, `${meta.name} has a step`).toBeGreaterThan(0);
		}
	});

	it('steps every number from its lowest to its highest value and back, each value allowed', () => {
		// The others at their defaults, lowest or highest: a rule tying two (min <= max) holds in one of them.
		const numbers = metas.filter((m) => m.kind === 'number');
		const at = (pick: 'min' | 'max') => numbers.reduce((p, m) => setParam(p, m.name, m.kind === 'number' ? m[pick] : 0), defaults);
		// And every switch on at the highest values: a number that needs a switch ("deletes" needs "counting") is allowed there.
		const on = metas.filter((m) => m.kind === 'boolean').reduce((p, m) => setParam(p, m.name, true), at('max'));
		const setups = [defaults, at('min'), at('max'), on];
		/** Whether the schema takes this value for this parameter in one of those setups. */
		const allowed = (name: string, value: number) => setups.some((s) => engine.params.safeParse(setParam(s, name, value)).success);
		for (const meta of metas) {
			if (meta.kind !== 'number') continue;
			const step = paramInfo(sim, meta.name)!.step!;
			let v = valueAt(defaults, meta.name) as number;
			for (let i = 0; i < 5000 && v > meta.min; i++) v = stepBy(v, step, -1, meta.min, meta.max);
			expect(v, `${meta.name} reaches its minimum`).toBe(meta.min);
			let presses = 0;
			while (v < meta.max) {
				const next = stepBy(v, step, 1, meta.min, meta.max);
				expect(next, meta.name).toBeGreaterThan(v);
				expect(allowed(meta.name, next), `${meta.name} = ${next}`).toBe(true);
				v = next;
				presses++;
			}
			expect(v).toBe(meta.max);
			expect(presses, meta.name).toBeLessThanOrEqual(2000);
		}
	});

	it('labels the results it shows, each one a figure of the summary', () => {
		const summary = engine.summary(engine.init(defaults, 1));
		for (const [name, info] of Object.entries(sim.results!)) {
			expect(valueAt(summary, name), name).not.toBeUndefined();
			expect(info.label.en.length * info.label.ko.length, name).toBeGreaterThan(0);
		}
	});

	it('narrates a run in both languages, one line per event', () => {
		let state = engine.init(defaults, 1);
		let said = 0;
		while (!engine.done(state)) {
			const next = engine.step(state, {type: 'tick'});
			for (const line of sim.narrate!(state, next, {type: 'tick'})) {
				expect(line.en.length * line.ko.length).toBeGreaterThan(0);
				expect(`${line.en}${line.ko}`).not.toContain('\n');
				said++;
			}
			state = next;
		}
		expect(said).toBeGreaterThan(0);
	});

	it('has a legend in both languages, line for line', () => {
		const en = sim.legend!('en');
		const ko = sim.legend!('ko');
		expect(en.length).toBeGreaterThan(2);
		expect(ko.length).toBe(en.length);
	});
});
