/**
 * The contract every registered simulation keeps, checked for each entry of
 * the registry: adding a simulation to `source/sims/registry.ts` puts it
 * under all of these.
 */
import {z} from 'zod';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {paramMeta} from '../../source/sims/param-meta.js';
import {act, advance, startPlayback, stepBack} from '../../source/sims/playback.js';
import {SIMULATIONS} from '../../source/sims/registry.js';
import {challengeMet, runHeadless, valueAt} from '../../source/sims/run.js';
import type {AnySim} from '../../source/sims/types.js';
import {deepFreeze, runStates} from '../support/sims.js';

const {packs} = loadPackDir('lessons');
const offered = packs.flatMap((pack) => pack.simulations.map((sim) => ({pack, sim})));
const cases = SIMULATIONS.map((s) => [s.engine.id, s] as const);

/** At most `n` states spread over a run, first and last included. */
function sample<T>(all: T[], n = 12): T[] {
	if (all.length <= n) return all;
	return Array.from({length: n}, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]!);
}

describe('the registry', () => {
	it('lists each simulation once, by a kebab-case id, in chapter order', () => {
		const ids = SIMULATIONS.map((s) => s.engine.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
		const chapters = SIMULATIONS.map((s) => s.engine.chapter);
		expect(chapters).toEqual([...chapters].sort((a, b) => a - b));
	});

	it('has every simulation a pack offers, and offers every one it has', () => {
		expect(new Set(offered.map((o) => o.sim.engine))).toEqual(new Set(SIMULATIONS.map((s) => s.engine.id)));
		for (const {pack, sim} of offered)
			expect(pack.chapter, sim.id).toBe(SIMULATIONS.find((s) => s.engine.id === sim.engine)!.engine.chapter);
	});
});

describe.each(cases)('engine %s', (_, {engine, liveActions}: AnySim) => {
	const defaults = engine.params.parse({});

	it('has a default for every param and one line of help for each', () => {
		expect(Object.keys(engine.paramHelp).sort()).toEqual(Object.keys(defaults as object).sort());
		for (const help of Object.values(engine.paramHelp)) expect(help.length).toBeGreaterThan(0);
	});

	it('round-trips its params through JSON, and its JSON Schema states the same defaults', () => {
		expect(engine.params.parse(JSON.parse(JSON.stringify(defaults)))).toEqual(defaults);
		const schema = z.toJSONSchema(engine.params, {io: 'input', unrepresentable: 'any'}) as {
			properties: Record<string, {default?: unknown}>;
		};
		for (const [name, field] of Object.entries(schema.properties)) {
			if ('default' in field) expect(field.default, name).toEqual((defaults as Record<string, unknown>)[name]);
		}
	});

	it('offers on screen only params that exist, with their defaults inside the range it offers', () => {
		for (const meta of paramMeta(engine, defaults as Record<string, unknown>)) {
			const value = valueAt(defaults, meta.name);
			expect(value, meta.name).not.toBeUndefined();
			if (meta.kind === 'number') {
				expect(value).toBeGreaterThanOrEqual(meta.min);
				expect(value).toBeLessThanOrEqual(meta.max);
			}
			if (meta.kind === 'choice') expect(meta.options).toContain(value);
		}
	});

	it('is deterministic for a seed: the same states, steps and summary', () => {
		for (const seed of [1, 7]) {
			const a = runHeadless(engine, defaults, seed);
			expect(a.finished).toBe(true);
			expect(runHeadless(engine, engine.params.parse({}), seed)).toEqual(a);
		}
		expect(runStates(engine, {}, 3)).toEqual(runStates(engine, {}, 3));
	});

	it('never mutates a state or the params it was given (every state frozen while stepped)', () => {
		const params = deepFreeze(engine.params.parse({}));
		let state = deepFreeze(engine.init(params, 1));
		const first = structuredClone(state);
		const copies = new Map<unknown, unknown>();
		let steps = 0;
		while (!engine.done(state)) {
			// Frozen objects throw on a write; typed arrays cannot be frozen, so some states are also compared to a copy.
			if (steps % 50 === 0) copies.set(state, structuredClone(state));
			state = deepFreeze(engine.step(state, {type: 'tick'}));
			steps++;
		}
		expect(steps).toBeGreaterThan(0);
		for (const [original, copy] of copies) expect(original).toEqual(copy);
		expect(engine.init(params, 1)).toEqual(first);
	});

	it('gives a summary that is plain JSON, at the start and at the end', () => {
		const states = runStates(engine, {}, 1);
		for (const state of [states[0], states.at(-1)]) {
			const summary = engine.summary(state);
			expect(summary).not.toBeNull();
			expect(typeof summary).toBe('object');
			expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
		}
	});

	it('takes its live actions on frozen states without mutating them', () => {
		for (const state of sample(runStates(engine, {}, 1))) {
			const copy = structuredClone(state);
			deepFreeze(state);
			for (const live of liveActions) {
				expect(live.label.en.length * live.label.ko.length).toBeGreaterThan(0);
				const action = live.make(state);
				if (!action) continue;
				const next = engine.step(state, action);
				expect(JSON.parse(JSON.stringify(engine.summary(next)))).toStrictEqual(engine.summary(next));
			}
			expect(state).toEqual(copy);
		}
		expect(liveActions.length).toBeLessThanOrEqual(9);
	});

	it('steps back to the very state it was in, a live action replayed at its step', () => {
		const k = Math.min(5, runStates(engine, {}, 1).length - 1);
		let p = advance(engine, startPlayback(engine, defaults, 1), k - 1);
		const live = liveActions.map((l) => l.make(p.state)).find((a) => a !== undefined);
		if (live) p = act(engine, p, live);
		const next = advance(engine, p, 1);
		expect(next.steps).toBe(k);
		const back = stepBack(engine, next);
		expect(back.steps).toBe(k - 1);
		expect(back.state).toEqual(p.state);
	});

	const challenges = offered.filter((o) => o.sim.engine === engine.id).flatMap((o) => o.sim.challenges.map((c) => ({...o, c})));
	it.each(challenges.map((x) => [`${x.pack.chapter}/${x.sim.id}/${x.c.id}`, x] as const))(
		'challenge %s: on seeds 1–20 the defaults never meet it, its solution always does',
		(_, {sim, c}) => {
			const base = engine.params.parse(sim.params);
			const solved = engine.params.parse({...(sim.params as object), ...c.solution});
			const missed: string[] = [];
			for (let seed = 1; seed <= 20; seed++) {
				if (challengeMet(c, base, base, runHeadless(engine, base, seed).summary)) missed.push(`defaults meet it on seed ${seed}`);
				if (!challengeMet(c, base, solved, runHeadless(engine, solved, seed).summary)) missed.push(`solution fails on seed ${seed}`);
			}
			expect(missed).toEqual([]);
		},
	);
});
