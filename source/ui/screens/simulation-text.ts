/** What the simulation screen writes, as plain strings: results, parameter rows, descriptions, closeness. */
import {truncate, width as widthOf, wrap} from '../../content/text.js';
import type {Messages} from '../../content/messages.js';
import {type ParamMeta, paramInfo, paramLabel, unitText} from '../../sims/param-meta.js';
import {valueAt} from '../../sims/run.js';
import type {AnySim, ResultInfo} from '../../sims/types.js';
import {theme} from '../theme.js';

type Lang = 'en' | 'ko';

/** A number short enough for a column; other values as words. */
export function show(value: unknown): string {
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
	if (typeof value === 'string' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.length}]`;
	return value === null ? '-' : '{…}';
}

function resultText(value: unknown, info: ResultInfo, lang: Lang): string {
	if (info.percent && typeof value === 'number') return `${Number((value * 100).toPrecision(3))}%`;
	return value === null || value === undefined ? show(value) : withUnit(show(value), unitText(info.unit, lang));
}

/** The results as "label value" cells packed into at most `rows` lines of `columns`. */
export function resultLines(sim: AnySim, summary: unknown, lang: Lang, columns: number, rows: number): string[] {
	const cells = sim.results
		? Object.entries(sim.results).map(([name, info]) => `${info.label[lang]} ${resultText(valueAt(summary, name), info, lang)}`)
		: Object.entries(summary as Record<string, unknown>)
				.filter(([, v]) => v === null || typeof v !== 'object')
				.map(([k, v]) => `${k} ${show(v)}`);
	const lines: string[] = [];
	let line = '';
	for (const cell of cells) {
		const next = line ? `${line} · ${cell}` : cell;
		if (widthOf(next) <= columns) line = next;
		else {
			if (line) lines.push(line);
			if (lines.length === rows) return lines;
			line = truncate(cell, columns);
		}
	}
	if (line && lines.length < rows) lines.push(line);
	return lines;
}

/** A parameter's value as the panel shows it, with its unit. */
export function paramValue(sim: AnySim, meta: ParamMeta, value: unknown, lang: Lang, m: Messages): string {
	if (meta.kind === 'fixed') return `${show(value)} ${m.simFixed}`;
	if (meta.kind === 'text') return `"${show(value)}"`;
	if (meta.kind === 'boolean') return value ? 'on' : 'off';
	return withUnit(show(value), unitText(paramInfo(sim, meta.name)?.unit, lang));
}

/** "150ms", "2×", "9대", but "8 conns": symbols, short units and Korean units stick to the number. */
function withUnit(value: string, unit: string): string {
	if (!unit) return value;
	return /^(ms|s|%|×)$/.test(unit) || /^[\uac00-\ud7a3]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** One row of the parameter panel: pointer, label in a column, value (between ◀ ▶ when selected and changeable). */
export function paramRow(
	sim: AnySim,
	meta: ParamMeta,
	params: unknown,
	active: boolean,
	o: {lang: Lang; m: Messages; labels: number; columns: number},
): string {
	const label = truncate(paramLabel(sim, meta.name, params, o.lang), o.labels);
	const value = paramValue(sim, meta, valueAt(params, meta.name), o.lang, o.m);
	const changeable = meta.kind !== 'fixed' && meta.kind !== 'text';
	const shown = active && changeable ? `◀ ${value} ▶` : value;
	return truncate(`${active ? theme.pointer : ' '} ${label}${' '.repeat(Math.max(1, o.labels + 1 - widthOf(label)))}${shown}`, o.columns);
}

/** The selected parameter's one-line description (and whether its number is assumed, or where it comes from), wrapped. */
export function describeParam(sim: AnySim, meta: ParamMeta | undefined, lang: Lang, m: Messages, columns: number, rows: number): string[] {
	const info = meta ? paramInfo(sim, meta.name) : undefined;
	if (!meta || !info) return meta ? [truncate(sim.engine.paramHelp[meta.name.split('.')[0]!] ?? '', columns)] : [];
	const marks = [info.assumed ? m.simAssumed : '', info.source ? `${m.simSource}: ${info.source}` : ''].filter(Boolean);
	const text = `${info.description[lang]}${marks.length ? ` (${marks.join('; ')})` : ''}`;
	const lines = wrap(text, columns);
	if (lines.length <= rows) return lines;
	const kept = lines.slice(0, rows);
	kept[rows - 1] = truncate(`${kept[rows - 1]} ${lines[rows]}`, columns);
	return kept;
}

/**
 * How far a prediction was, in percent: relative error, or for a share (a
 * rate between 0 and 1) the ratio of the two on a log scale, so 0.02 against
 * 0.005 is "4× off" rather than 300%.
 */
/**
 * How many times too big or too small a prediction was, written for a learner
 * ("3.5", "250"), when it is off by more than double; else undefined (the
 * percentage says it better).
 */
export function timesOff(predicted: number, actual: number, share: boolean): string | undefined {
	const floor = share ? 0.001 : 0;
	const p = Math.max(Math.abs(predicted), floor);
	const a = Math.max(Math.abs(actual), floor);
	if (p === 0 || a === 0 || Math.sign(predicted) * Math.sign(actual) < 0) return undefined;
	const ratio = Math.max(p / a, a / p);
	if (ratio < 2) return undefined;
	return ratio < 10 ? ratio.toFixed(1) : String(Math.round(ratio));
}

export function offByPercent(predicted: number, actual: number, share: boolean): number {
	if (share) {
		const floor = 0.001;
		const ratio = Math.max(predicted, floor) / Math.max(actual, floor);
		return Math.round((Math.max(ratio, 1 / ratio) - 1) * 100);
	}
	if (actual === 0) return predicted === 0 ? 0 : 100;
	return Math.round((Math.abs(predicted - actual) / Math.abs(actual)) * 100);
}
