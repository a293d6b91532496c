import {messages} from '../content/messages.js';
import type {Lang} from '../content/text.js';
import {toEnd} from '../sims/playback.js';
import {ENGINES, engineById, simById} from '../sims/registry.js';
import {MAX_STEPS, runHeadless} from '../sims/run.js';
import {decodeRun, type ShareRegistry} from '../sims/share-code.js';
import {type RunAction, replayRun} from '../sims/sim-run.js';
import type {AnySim} from '../sims/types.js';
import type {Output} from './progress-commands.js';

/** `sd-trainer sim --list`: each engine with its params and their defaults. */
export function simList(json: boolean): Output {
	const engines = ENGINES.map((e) => ({
		id: e.id,
		chapter: e.chapter,
		params: Object.entries(e.paramHelp).map(([name, help]) => ({
			name,
			help,
			default: (e.params.parse({}) as Record<string, unknown>)[name],
		})),
	}));
	if (json) return {code: 0, out: [JSON.stringify({engines}, null, 2)], err: []};
	const out: string[] = [];
	for (const e of engines) {
		out.push(`${e.id} (chapter ${e.chapter})`);
		for (const p of e.params) out.push(`  --${p.name} ${JSON.stringify(p.default)}  ${p.help}`);
	}
	return {code: 0, out, err: []};
}

/** A flag's value as given: JSON where it parses (numbers, lists, objects), else the text. */
function paramValue(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		return value;
	}
}

/**
 * The run told step by step, one line per event ("step 228: n0 wins a majority:
 * leader of term 1"), as the screen's narration says it: readable without the
 * drawing, and by a screen reader. Actions a learner took (a share code's) come
 * at their steps, as on the screen.
 */
export function narrateRun(sim: AnySim, params: unknown, seed: number, lang: Lang, actions: readonly RunAction[] = []): string[] {
	const {engine, narrate} = sim;
	const out: string[] = [];
	let state = engine.init(params, seed);
	let next = 0;
	const takeActions = (step: number) => {
		for (; actions[next] !== undefined && actions[next]!.at === step; next++) {
			const {action} = actions[next]!;
			const after = engine.step(state, action);
			for (const line of narrate?.(state, after, action) ?? []) out.push(`${step}: ${line[lang]}`);
			state = after;
		}
	};
	takeActions(0);
	for (let step = 1; !engine.done(state) && step <= MAX_STEPS; step++) {
		const after = engine.step(state, {type: 'tick'});
		for (const line of narrate?.(state, after, {type: 'tick'}) ?? []) out.push(`${step}: ${line[lang]}`);
		state = after;
		takeActions(step);
	}
	return out;
}

/**
 * `sd-trainer sim --code CODE [--json | --narrate]`: the run a share code holds,
 * replayed exactly (params, seed, live actions at their steps) and on to its
 * end; a code that cannot be read says why (exit 1).
 */
export function simCode(code: string, packs: ShareRegistry, json: boolean, narrate: boolean, lang: Lang = 'en'): Output {
	const decoded = decodeRun(code, packs);
	if (!decoded.ok) return {code: 1, out: [], err: [`sd-trainer: ${messages[lang].shareProblem(decoded.problem)}`]};
	const {run} = decoded;
	const engineId = packs.find((p) => p.id === run.pack)?.simulations.find((s) => s.id === run.sim)?.engine;
	const sim = simById(engineId ?? '')!;
	if (narrate) {
		if (!sim.narrate) return {code: 1, out: [], err: [`sd-trainer: ${sim.engine.id} cannot narrate its runs yet`]};
		return {code: 0, out: narrateRun(sim, run.params, run.seed, lang, run.actions), err: []};
	}
	const end = toEnd(sim.engine, replayRun(sim.engine, run));
	const summary = sim.engine.summary(end.state);
	if (json) return {code: 0, out: [JSON.stringify(summary, null, 2)], err: []};
	const actions = `${run.actions.length} action${run.actions.length === 1 ? '' : 's'} by hand`;
	const head = `${run.pack}/${run.sim} (${sim.engine.id}): seed ${run.seed}, ${actions}, the code at step ${run.steps}; ran to step ${end.steps}`;
	return {code: 0, out: [head, JSON.stringify(summary, null, 2)], err: []};
}

/** `sd-trainer sim ID [--param value …] [--seed N] [--json | --narrate]`: runs headless and prints the summary (or the events). */
export function simRun(id: string | undefined, allFlags: Record<string, unknown>, seed: number, json: boolean, lang: Lang = 'en'): Output {
	const {narrate, ...flags} = allFlags;
	const engine = id ? engineById(id) : undefined;
	if (!engine) {
		return {
			code: 2,
			out: [],
			err: [
				`sd-trainer: ${id ? `no simulation "${id}"` : 'which simulation?'} Try: sd-trainer sim --list (${ENGINES.map((e) => e.id).join(', ')})`,
			],
		};
	}
	const known = new Set(Object.keys(engine.paramHelp));
	const unknown = Object.keys(flags).filter((k) => !known.has(k));
	if (unknown.length > 0) {
		return {
			code: 2,
			out: [],
			err: [
				`sd-trainer: ${engine.id} has no parameter ${unknown.map((k) => `--${k}`).join(', ')}; its parameters: ${[...known].map((k) => `--${k}`).join(' ')}`,
			],
		};
	}
	const parsed = engine.params.safeParse(Object.fromEntries(Object.entries(flags).map(([k, v]) => [k, paramValue(v)])));
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
		return {code: 2, out: [], err: problems.map((p) => `sd-trainer: ${engine.id} ${p}`)};
	}
	if (narrate) {
		const sim = simById(engine.id)!;
		if (!sim.narrate) return {code: 1, out: [], err: [`sd-trainer: ${engine.id} cannot narrate its runs yet`]};
		return {code: 0, out: narrateRun(sim, parsed.data, seed, lang), err: []};
	}
	const started = performance.now();
	const result = runHeadless(engine, parsed.data, seed);
	const ms = performance.now() - started;
	if (!result.finished) return {code: 1, out: [], err: [`sd-trainer: ${engine.id} did not finish within ${result.steps} steps`]};
	if (json) return {code: 0, out: [JSON.stringify(result.summary, null, 2)], err: []};
	return {
		code: 0,
		out: [`${engine.id}, seed ${seed}, ${result.steps} steps, ${ms.toFixed(1)} ms`, JSON.stringify(result.summary, null, 2)],
		err: [],
	};
}
