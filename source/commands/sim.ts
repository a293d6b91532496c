import type {Lang} from '../content/text.js';
import {ENGINES, engineById, simById} from '../sims/registry.js';
import {MAX_STEPS, runHeadless} from '../sims/run.js';
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
 * drawing, and by a screen reader.
 */
export function narrateRun(sim: AnySim, params: unknown, seed: number, lang: Lang): string[] {
	const {engine, narrate} = sim;
	const out: string[] = [];
	let state = engine.init(params, seed);
	for (let step = 1; !engine.done(state) && step <= MAX_STEPS; step++) {
		const next = engine.step(state, {type: 'tick'});
		for (const line of narrate?.(state, next, {type: 'tick'}) ?? []) out.push(`${step}: ${line[lang]}`);
		state = next;
	}
	return out;
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
