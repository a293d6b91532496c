import {expect} from 'vitest';
import {width} from '../../source/content/text.js';
import type {AnyEngine} from '../../source/sims/types.js';
import type {ViewLine} from '../../source/ui/sim-views/types.js';

/** Freezes a value and everything in it, so a test catches any mutation. */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

/** Every state of a run, the initial one first, up to done. */
export function runStates<S>(engine: AnyEngine, params: unknown, seed = 1): S[] {
	let state = engine.init(engine.params.parse(params), seed);
	const all = [state];
	while (!engine.done(state)) {
		state = engine.step(state, {type: 'tick'});
		all.push(state);
	}
	return all as S[];
}

/** A drawing fits its box: at least one line, no more than `rows`, none wider than `columns`. */
export function expectFits(lines: ViewLine[], columns: number, rows: number): void {
	expect(lines.length).toBeLessThanOrEqual(rows);
	expect(lines.length).toBeGreaterThan(0);
	for (const line of lines) expect(width(line.text), line.text).toBeLessThanOrEqual(columns);
}
