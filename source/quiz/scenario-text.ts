/*
 * How a scenario question speaks of a simulation's settings and figures, in
 * the learner's words from the simulation's own metadata (parameter labels and
 * units, result labels), in both languages.
 */
import {en, ko} from '../content/messages-scenario.js';
import type {Localized} from '../content/schema.js';
import type {Lang} from '../content/text.js';
import {paramLabel, paramInfo, unitText} from '../sims/param-meta.js';
import {valueAt} from '../sims/run.js';
import type {AnySim} from '../sims/types.js';

export const WORDS = {en: en.words, ko: ko.words};
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** The same text made in both languages. */
export const both = (make: (lang: Lang) => string): Localized => ({en: make('en'), ko: make('ko')});

/** A number as a question shows it: whole, or to four significant digits. */
export function showNumber(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** A number and its unit as the simulation screen writes them: "12ms", "9대" (a Korean unit sticks to the number), "10 servers". */
function withUnit(value: string, unit: string): string {
	if (!unit) return value;
	return /^(ms|s|%|×)$/.test(unit) || /^[\uac00-\ud7a3]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** A value as a learner reads it: on/off for a switch, a number with its unit, text as it is. */
export function showValue(value: unknown, unit: string, lang: Lang): string {
	if (typeof value === 'boolean') return value ? WORDS[lang].on : WORDS[lang].off;
	if (typeof value === 'number') return withUnit(showNumber(value), unit);
	if (typeof value === 'string') return value === '' ? '""' : value;
	if (Array.isArray(value)) return `[${value.length}]`;
	return '{…}';
}

/** "virtual nodes 160 per server": one setting. */
export function settingText(sim: AnySim, path: string, params: unknown, lang: Lang): string {
	const unit = unitText(paramInfo(sim, path)?.unit, lang);
	return `${paramLabel(sim, path, params, lang)} ${showValue(valueAt(params, path), unit, lang)}`;
}

/** A summary figure's name: its label on screen, a setting's label for "settings.x", else its path. */
export function figureLabel(sim: AnySim, metric: string, params: unknown, lang: Lang): string {
	const info = sim.results?.[metric];
	if (info) return info.label[lang];
	if (metric.startsWith('settings.')) return paramLabel(sim, metric.slice('settings.'.length), params, lang);
	if (sim.params?.[metric]) return paramLabel(sim, metric, params, lang);
	return metric;
}

/** A summary figure's value as the screen shows it (a share as a percentage). */
export function figureValue(sim: AnySim, metric: string, value: unknown, lang: Lang): string {
	const info = sim.results?.[metric];
	if (info?.percent && typeof value === 'number') return `${showNumber(value * 100)}%`;
	return showValue(value, unitText(info?.unit, lang), lang);
}

/**
 * Every leaf setting (dotted path) where `next` differs from `base`: lists and
 * objects are compared field by field, so a changed weight in a list of servers
 * is "servers c weight", not the whole list.
 */
export function changedPaths(base: unknown, next: unknown, prefix = ''): string[] {
	if (JSON.stringify(base) === JSON.stringify(next)) return [];
	const isObject = (v: unknown) => v !== null && typeof v === 'object';
	if (isObject(base) && isObject(next) && Array.isArray(base) === Array.isArray(next)) {
		const keys = new Set([...Object.keys(base as object), ...Object.keys(next as object)]);
		return [...keys].flatMap((key) =>
			changedPaths((base as Record<string, unknown>)[key], (next as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key),
		);
	}
	return [prefix];
}
