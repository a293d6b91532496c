/*
 * The options of a scenario challenge question (which settings to choose
 * from) and how a run that misses the challenge is said.
 */
import type {Lang} from '../content/text.js';
import {paramMeta, setParam} from '../sims/param-meta.js';
import {type Goal, meets, valueAt} from '../sims/run.js';
import type {AnySim} from '../sims/types.js';
import {changedPaths, figureLabel, figureValue, WORDS} from './scenario-text.js';

export type Option = {params: Record<string, unknown>; changed: string[]};

/**
 * The settings to choose from, most telling first: the simulation as it
 * starts, the pack's solution, the solution less one of its changes (a
 * partial fix; a command script less its last command), the solutions of the
 * simulation's other challenges (a fix for another problem), and for a
 * one-change solution a value between the start and it, or another choice.
 * Each is checked against the engine's schema; duplicates are dropped; four at most.
 */
export function optionsFor(
	plugin: AnySim,
	base: Record<string, unknown>,
	solution: Record<string, unknown>,
	others: Record<string, unknown>[],
): Option[] {
	const keys = Object.keys(solution);
	const partials =
		keys.length > 1 ? keys.slice(0, 2).map((k) => Object.fromEntries(keys.filter((x) => x !== k).map((x) => [x, solution[x]]))) : [];
	const variants: Record<string, unknown>[] = [];
	for (const [k, to] of keys.length === 1 ? Object.entries(solution) : []) {
		const from = base[k];
		if (typeof to === 'string' && to.includes(';')) variants.push({[k]: to.slice(0, to.lastIndexOf(';'))});
		if (typeof from === 'number' && typeof to === 'number') {
			const mid = (from + to) / 2;
			variants.push({[k]: Number.isInteger(from) && Number.isInteger(to) ? Math.round(mid) : Number(mid.toPrecision(3))});
		}
		const meta = paramMeta(plugin.engine, base).find((m) => m.name === k);
		const other = meta?.kind === 'choice' ? meta.options.find((o) => o !== from && o !== to) : undefined;
		if (other !== undefined) variants.push({[k]: other});
		if (meta?.kind === 'boolean' && typeof to === 'boolean' && from === to) variants.push({[k]: !to});
	}
	const candidates = [{}, solution, ...partials.slice(0, 1), ...others.slice(0, 1), ...variants, ...partials.slice(1), ...others.slice(1)];
	const seen = new Set<string>();
	const out: Option[] = [];
	for (const change of candidates) {
		if (out.length === 4) break;
		const merged = Object.entries(change).reduce((p, [k, v]) => setParam(p, k, v), base);
		const parsed = plugin.engine.params.safeParse(merged);
		if (!parsed.success) continue;
		const params = parsed.data as Record<string, unknown>;
		const key = JSON.stringify(params);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({params, changed: changedPaths(base, params)});
	}
	return out;
}

/** The first goal a run misses, said as the figure, what it was and what it needs. */
export function missedGoal(plugin: AnySim, goal: Goal | Goal[], summary: unknown, params: unknown, lang: Lang): string | undefined {
	const miss = (Array.isArray(goal) ? goal : [goal]).find((g) => !meets(summary, g));
	if (!miss) return undefined;
	const wanted = figureValue(plugin, miss.metric, miss.value, lang);
	// A figure the simulation gives no label (an attack's outcome deep in its summary) is said by its value alone.
	const label = figureLabel(plugin, miss.metric, params, lang);
	return WORDS[lang].needs(
		label === miss.metric && miss.metric.includes('.') ? '' : label,
		figureValue(plugin, miss.metric, valueAt(summary, miss.metric), lang),
		miss.op,
		wanted,
	);
}
