import type {AnyEngine} from './types.js';

/** A safety stop for headless runs: no engine needs anywhere near this many steps. */
export const MAX_STEPS = 5_000_000;

export type RunResult = {summary: unknown; steps: number; finished: boolean};

/** Runs an engine headless: init, tick until done (or the safety stop), summarise. */
export function runHeadless(engine: AnyEngine, params: unknown, seed: number): RunResult {
	let state = engine.init(params, seed);
	let steps = 0;
	while (!engine.done(state) && steps < MAX_STEPS) {
		state = engine.step(state, {type: 'tick'});
		steps++;
	}
	return {summary: engine.summary(state), steps, finished: engine.done(state)};
}

/** Reads a value from a dotted path such as "vsCompare.droppedDiff". */
export function valueAt(summary: unknown, path: string): unknown {
	let value: unknown = summary;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** The figure a goal is mostly about: the last numeric one (for predictions). */
export function mainGoal(goal: Goal | Goal[]): Goal | undefined {
	return (Array.isArray(goal) ? goal : [goal]).filter((g) => typeof g.value === 'number').at(-1);
}

export type Goal = {metric: string; op: '<' | '<=' | '>' | '>=' | '==' | '!='; value: number | string | boolean};

/** Whether a summary meets a challenge's goal (every one of them, for a list). */
export function meets(summary: unknown, goal: Goal | Goal[]): boolean {
	if (Array.isArray(goal)) return goal.every((g) => meets(summary, g));
	const actual = valueAt(summary, goal.metric);
	if (actual === undefined || actual === null) return false;
	switch (goal.op) {
		case '==':
			return actual === goal.value;
		case '!=':
			return actual !== goal.value;
		default: {
			if (typeof actual !== 'number' || typeof goal.value !== 'number') return false;
			if (goal.op === '<') return actual < goal.value;
			if (goal.op === '<=') return actual <= goal.value;
			if (goal.op === '>') return actual > goal.value;
			return actual >= goal.value;
		}
	}
}

/** Params a challenge keeps that differ from where the simulation starts (dotted paths). */
export function keptChanged(keep: readonly string[] | undefined, start: unknown, params: unknown): string[] {
	return (keep ?? []).filter((path) => JSON.stringify(valueAt(params, path)) !== JSON.stringify(valueAt(start, path)));
}

/**
 * Whether a run meets a challenge: its goal holds and the scenario it is about
 * (the params it keeps) is the one the simulation started with.
 */
export function challengeMet(
	challenge: {goal: Goal | Goal[]; keep?: readonly string[] | undefined},
	start: unknown,
	params: unknown,
	summary: unknown,
): boolean {
	return keptChanged(challenge.keep, start, params).length === 0 && meets(summary, challenge.goal);
}
