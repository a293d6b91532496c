/*
 * Scenario items: a simulation's prediction or one of its challenges, reviewed
 * on the same schedule as quiz questions. They live in the answer log under
 * ids of their own, `sim:<simulation>:<target>`, where the target is a
 * challenge id or `predict`. Quiz item ids are slugs (no colon), so the two
 * can never collide.
 */

export type ScenarioTarget = {sim: string; target: string};

export const PREDICT_TARGET = 'predict';

export const scenarioItemId = (sim: string, target: string) => `sim:${sim}:${target}`;

export function isScenarioItem(item: string): boolean {
	return item.startsWith('sim:');
}

/** The simulation and target of a scenario item id, or undefined for any other id. */
export function parseScenarioItem(item: string): ScenarioTarget | undefined {
	const match = /^sim:([^:]+):([^:]+)$/.exec(item);
	return match ? {sim: match[1]!, target: match[2]!} : undefined;
}
