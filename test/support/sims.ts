import {expect} from 'vitest';
import {width} from '../../source/content/text.js';
import type {AnyEngine, AnySim, ViewLine} from '../../source/sims/types.js';
import {viewBudget} from '../../source/ui/screens/simulation-layout.js';

/**
 * Freezes a value and everything in it, so a test catches any mutation.
 * Typed arrays cannot be frozen: they are left as they are (compare a
 * structuredClone taken before to catch writes to them).
 */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
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

type View<S> = (state: S, width: number, rows: number, lang: 'ko' | 'en') => ViewLine[];

/** Drawing a state (at two sizes, in both languages) leaves it exactly as it was; `freeze` also makes any write throw. */
export function expectViewLeavesStateAlone<S>(view: View<S>, states: S[], {freeze = false} = {}): void {
	for (const state of states) {
		const before = structuredClone(state);
		if (freeze) deepFreeze(state);
		view(state, 76, 8, 'en');
		view(state, 56, 3, 'ko');
		expect(state).toEqual(before);
	}
}

/** A drawing of each of these states fits each box, in both languages. */
export function expectViewFitsEverySize<S>(view: View<S>, states: S[], sizes: [number, number][]): void {
	for (const state of states)
		for (const [columns, rows] of sizes)
			for (const lang of ['en', 'ko'] as const) expectFits(view(state, columns, rows, lang), columns, rows);
}

/** The drawing's box on a terminal of that size: the screen pads two columns each side and gives the rows it can spare. */
export function viewBox(sim: AnySim, columns: number, rows: number): [number, number] {
	const params = Object.keys(sim.engine.paramHelp).length;
	return [columns - 4, viewBudget(rows, {actions: sim.liveActions.length > 0, challenges: true, params})];
}

/**
 * Exact frames keyed "COLUMNSxROWS LANG" ("76x13 ko"): the view draws those
 * lines of `state`, and they fit the box.
 */
export function expectFrame<S>(view: View<S>, state: S, name: string, lines: string[]): void {
	const [size, lang] = name.split(' ') as [string, 'en' | 'ko'];
	const [columns, rows] = size.split('x').map(Number) as [number, number];
	const drawn = view(state, columns, rows, lang);
	expect(drawn.map((l) => l.text)).toEqual(lines);
	expectFits(drawn, columns, rows);
}
