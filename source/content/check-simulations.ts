import {z} from 'zod';
import {paramMeta} from '../sims/param-meta.js';
import {keptChanged, meets, runHeadless, valueAt} from '../sims/run.js';
import type {AnyEngine} from '../sims/types.js';
import type {Challenge, LessonPack, Simulation} from './schema.js';

/** One thing wrong with a pack, at a path into it (located in the YAML later). */
export type PackIssue = {path: (string | number)[]; message: string; warning?: boolean};

/** An issue whose message starts with its path, as the schema's do. */
function issue(path: (string | number)[], message: string): PackIssue {
	return {path, message: `${path.join('.')}: ${message}`};
}

// Runs are deterministic, so a pack checked twice in one process runs each setup once.
const runs = new Map<string, unknown>();

function summaryOf(engine: AnyEngine, params: unknown): unknown {
	const key = `${engine.id}\u0000${JSON.stringify(params)}`;
	if (!runs.has(key)) {
		if (runs.size > 500) runs.clear();
		const run = runHeadless(engine, params, 1);
		if (!run.finished) throw new Error(`it does not finish within ${run.steps} steps`);
		runs.set(key, run.summary);
	}
	return runs.get(key);
}

type Parsed = {ok: true; data: unknown} | {ok: false; issues: PackIssue[]};

/** The names an engine's params schema knows (from its JSON Schema), if it lists them. */
function paramNames(engine: AnyEngine): Set<string> | undefined {
	const schema = z.toJSONSchema(engine.params, {io: 'input', unrepresentable: 'any'}) as {properties?: Record<string, unknown>};
	return schema.properties ? new Set(Object.keys(schema.properties)) : undefined;
}

function parseParams(engine: AnyEngine, params: unknown, at: (string | number)[]): Parsed {
	// A misspelt name would be dropped by the schema, and the simulation would quietly run its default.
	const names = paramNames(engine);
	const unknown = names ? Object.keys(params as object).filter((k) => !names.has(k)) : [];
	const known = [...(names ?? [])].join(', ');
	const issues = unknown.map((k) => issue([...at, k], `unknown param "${k}" (${engine.id} has: ${known})`));
	const result = engine.params.safeParse(params);
	if (result.success && issues.length === 0) return {ok: true, data: result.data};
	for (const i of result.error?.issues ?? [])
		issues.push(issue([...at, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], i.message));
	return {ok: false, issues};
}

/**
 * What the schema alone cannot see in a pack's simulations: the engine
 * exists, its params pass the engine's own schema, every metric a challenge
 * (or a prediction) reads is in the summary, the defaults do not meet a
 * challenge and its solution does, with parameters the screen can change.
 */
export function checkSimulations(pack: LessonPack, engines: readonly AnyEngine[]): PackIssue[] {
	return pack.simulations.flatMap((sim, i) => checkSimulation(sim, ['simulations', i], engines));
}

function checkSimulation(sim: Simulation, at: (string | number)[], engines: readonly AnyEngine[]): PackIssue[] {
	const engine = engines.find((e) => e.id === sim.engine);
	if (!engine) {
		const known = engines.map((e) => e.id).join(', ');
		return [issue([...at, 'engine'], `no simulation engine "${sim.engine}" (there are: ${known})`)];
	}
	const parsed = parseParams(engine, sim.params, [...at, 'params']);
	if (!parsed.ok) return parsed.issues;
	let summary: unknown;
	try {
		summary = summaryOf(engine, parsed.data);
	} catch (error) {
		return [issue([...at, 'params'], `the simulation fails with these params: ${(error as Error).message}`)];
	}
	const predicted = sim.predict ? valueAt(summary, sim.predict.metric) : 0;
	const predictIssues =
		typeof predicted === 'number'
			? []
			: [issue([...at, 'predict', 'metric'], `"${sim.predict?.metric}" is not a number in the ${sim.engine} summary of a default run`)];
	return sim.challenges.flatMap((c, j) => [
		...(j === 0 ? predictIssues : []),
		...checkKeep(c, parsed.data, [...at, 'challenges', j]),
		...checkChallenge(engine, sim, c, summary, [...at, 'challenges', j]),
	]);
}

/** What a challenge keeps must be params of the simulation, and its solution must leave them alone. */
function checkKeep(c: Challenge, start: unknown, at: (string | number)[]): PackIssue[] {
	const name = `challenge "${c.id}"`;
	const issues = (c.keep ?? []).flatMap((path, k) =>
		valueAt(start, path) === undefined
			? [issue([...at, 'keep', k], `${name} keeps "${path}", which is not a param of the simulation`)]
			: [],
	);
	const solved = {...(start as object), ...c.solution};
	for (const path of keptChanged(c.keep, start, solved)) {
		if (valueAt(start, path) !== undefined)
			issues.push(issue([...at, 'solution'], `${name}: its solution changes "${path}", which the challenge keeps`));
	}
	return issues;
}

function checkChallenge(engine: AnyEngine, sim: Simulation, c: Challenge, defaults: unknown, at: (string | number)[]): PackIssue[] {
	const name = `challenge "${c.id}"`;
	const goals = [c.goal].flat();
	const goalPath = (k: number) => (Array.isArray(c.goal) ? [...at, 'goal', k, 'metric'] : [...at, 'goal', 'metric']);
	const fields = summaryFields(defaults);
	// The first field of the path must be in a default run's summary (deeper figures may be null until asked for).
	const unknown = goals.flatMap((g, k) =>
		valueAt(defaults, g.metric.split('.')[0] ?? '') === undefined
			? [issue(goalPath(k), `${name}: "${g.metric}" is not in the ${sim.engine} summary (it has: ${fields})`)]
			: [],
	);
	if (unknown.length > 0) return unknown;
	const issues: PackIssue[] = [];
	if (meets(defaults, c.goal)) {
		issues.push(issue([...at, 'goal'], `${name} is met by the default params: a challenge must ask the learner to change something`));
	}
	if (!c.solution) {
		issues.push(issue(at, `${name} has no solution: give the params that meet its goal`));
		return issues;
	}
	const parsed = parseParams(engine, {...(sim.params as object), ...c.solution}, [...at, 'solution']);
	if (!parsed.ok) return [...issues, ...parsed.issues.map((i) => ({...i, path: fitSolutionPath(i.path, at, c.solution ?? {})}))];
	let solved: unknown;
	try {
		solved = summaryOf(engine, parsed.data);
	} catch (error) {
		return [...issues, issue([...at, 'solution'], `${name}: the simulation fails with its solution: ${(error as Error).message}`)];
	}
	goals.forEach((g, k) => {
		if (valueAt(defaults, g.metric) === undefined && valueAt(solved, g.metric) === undefined) {
			issues.push(issue(goalPath(k), `${name}: "${g.metric}" is not in the ${sim.engine} summary (it has: ${fields})`));
		}
	});
	if (!meets(solved, c.goal)) {
		const got = goals.map((g) => `${g.metric} = ${JSON.stringify(valueAt(solved, g.metric))}`).join(', ');
		issues.push(issue([...at, 'solution'], `${name}: its solution does not meet the goal (${got})`));
	}
	const editable = new Set(
		paramMeta(engine, parsed.data as Record<string, unknown>)
			.filter((m) => m.kind !== 'fixed')
			.map((m) => m.name.split('.')[0]),
	);
	for (const key of Object.keys(c.solution)) {
		if (!editable.has(key)) {
			issues.push(issue([...at, 'solution', key], `${name}: its solution sets "${key}", which the simulation screen cannot change`));
		}
	}
	return issues;
}

/** A solution's issue points into the solution when the solution set that field, else at the solution. */
function fitSolutionPath(path: (string | number)[], at: (string | number)[], solution: Record<string, unknown>): (string | number)[] {
	const key = path[at.length + 1];
	return typeof key === 'string' && Object.hasOwn(solution, key) ? path : [...at, 'solution'];
}

function summaryFields(summary: unknown): string {
	const keys = summary && typeof summary === 'object' ? Object.keys(summary) : [];
	return keys.length > 12 ? `${keys.slice(0, 12).join(', ')}, …` : keys.join(', ');
}
