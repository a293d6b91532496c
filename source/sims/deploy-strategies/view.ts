import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, tone} from '../view-kit.js';
import type {DeployState} from './engine.js';
import {newShare} from './rollout.js';
import {summarize} from './summary.js';
import {TEXT, type Text} from './view-text.js';

const LEVELS = '▁▂▃▄▅▆▇█';
const LABEL = 5;

/** A share as a percent with at most two decimals ("0.58%", "100%"). */
export const pct = (x: number) => (x > 0 && x < 0.00001 ? '<0.001%' : `${Number((x * 100).toFixed(x < 0.001 ? 3 : 2))}%`);

function shareGlyph(x: number): string {
	if (x <= 0) return '·';
	return LEVELS[Math.min(LEVELS.length - 1, Math.ceil(x * LEVELS.length) - 1)]!;
}

function errorGlyph(x: number): string {
	if (x <= 0) return '·';
	if (x < 0.01) return '░';
	if (x < 0.1) return '▒';
	if (x < 0.5) return '▓';
	return '█';
}

/** Minutes per column so the whole run fits: each column is the worst (highest) minute it covers. */
function bucketed(values: readonly number[], total: number, cols: number): number[] {
	const per = Math.max(1, Math.ceil(total / Math.max(1, cols)));
	const out: number[] = [];
	for (let start = 0; start < values.length; start += per) out.push(Math.max(...values.slice(start, start + per)));
	return out;
}

function columns(values: readonly number[], total: number, cols: number, glyph: (x: number) => string): string {
	return bucketed(values, total, cols).map(glyph).join('');
}

/** The share chart `height` rows tall (eighths of a row per block), top row first. */
function tallShare(values: readonly number[], total: number, cols: number, height: number): string[] {
	const eighths = bucketed(values, total, cols).map((x) => Math.round(x * 8 * height));
	return Array.from({length: height}, (_, r) => {
		const floor = 8 * (height - 1 - r);
		return eighths
			.map((e) => {
				const level = Math.min(8, e - floor);
				if (level > 0) return LEVELS[level - 1]!;
				return r === height - 1 ? '·' : ' ';
			})
			.join('');
	});
}

function axis(s: DeployState, cols: number): string {
	const per = Math.max(1, Math.ceil(s.params.minutes / Math.max(1, cols)));
	const n = Math.ceil(s.params.minutes / per);
	const marks: string[] = Array.from({length: n}, (_, c) => ((c * per) % 10 < per ? '|' : ' '));
	const at = (minute: number, glyph: string) => {
		const c = Math.floor((minute - 1) / per);
		if (minute >= 1 && c < n) marks[c] = glyph;
	};
	at(s.params.releaseAt + 1, '^');
	if (s.alertAt >= 0) at(s.alertAt, '!');
	return marks.join('');
}

function pods(s: DeployState, t: Text, width: number): string {
	const r = s.rollout;
	if (s.params.strategy === 'toggle') return clip(`${t.pods}: ${t.flag(pct(newShare(r)), s.params.instances)}`, width);
	const glyphs =
		'o'.repeat(r.oldPods) + '-'.repeat(r.stoppingPods) + '+'.repeat(r.startingPods) + 'N'.repeat(r.newPods) + 'b'.repeat(r.idlePods);
	const counts = `o${r.oldPods} N${r.newPods}${r.startingPods ? ` +${r.startingPods}` : ''}${r.idlePods ? ` b${r.idlePods}` : ''}`;
	return firstFit([`${padEnd(t.pods, LABEL)}${glyphs}  ${counts}`, `${padEnd(t.pods, LABEL)}${glyphs}`, `${t.pods} ${counts}`], width);
}

/**
 * The release as it goes: a status line (minute, strategy, phase, the new
 * version's share now), the new version's share of requests per minute and
 * the share of requests the release failed per minute (one column a minute,
 * or the worst of several when the run is longer than the width), a minute
 * ruler with the release (^) and the rollback call (!), the servers by
 * version, the monitor's failed checks with the time to detect and to roll
 * back, users hit and exposed with the user-minutes of errors, the error
 * budget used, downtime and extra servers, the canary's odds from its sample
 * size, and the schema change's progress. With fewer rows the less telling
 * lines go first; the order on screen stays the same.
 */
export function deployView(state: DeployState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const s = summarize(state);
	const p = state.params;
	const cols = Math.max(1, width - LABEL);
	const r = state.rollout;
	const failing = state.errorRates.at(-1) ?? 0;
	const statusColor =
		r.phase === 'rolling-back' || failing > 0
			? tone.bad
			: state.failedChecks > 0 && r.phase !== 'rolled-back'
				? tone.warn
				: r.phase === 'before'
					? tone.accent
					: tone.ok;
	const status = firstFit(
		[
			`${t.min} ${state.tick}/${p.minutes} · ${t.strategy[p.strategy]} · ${t.phase[r.phase]} · v2 ${pct(s.newShare)}`,
			`${state.tick}/${p.minutes} ${t.strategy[p.strategy]} ${t.phase[r.phase]} v2 ${pct(s.newShare)}`,
		],
		width,
	);
	const detect = s.detectMinutes === null ? '–' : `${s.detectMinutes}${t.minutes}`;
	const back = s.rollbackMinutes === null ? '–' : `${s.rollbackMinutes}${t.minutes}`;
	// With no bug there is nothing to miss.
	const miss = p.badErrorRate > 0 ? pct(s.canary.missed) : '–';
	const schemaLine = `${t.schema}: ${t.schemaPhase[state.schema]} · ${t.schemaErrors} ${state.schemaErrors}`;
	// [priority (lower shows first on a small screen), line]
	const lines: [number, ViewLine][] = [
		[0, {text: status, color: statusColor}],
		[1, {text: clip(padEnd(t.share, LABEL) + columns(state.shares, p.minutes, cols, shareGlyph), width), color: tone.accent}],
		[
			2,
			{
				text: clip(padEnd(t.errors, LABEL) + columns(state.errorRates, p.minutes, cols, errorGlyph), width),
				color: state.errorRates.some((x) => x > 0) ? tone.bad : tone.muted,
			},
		],
		[6, {text: clip(' '.repeat(LABEL) + axis(state, cols), width).trimEnd(), color: tone.muted}],
		[5, {text: pods(state, t, width)}],
		[
			4,
			{
				text: firstFit(
					[
						`${t.checks} ${state.failedChecks}/${p.failedChecks} · ${t.detect} ${detect} · ${t.rollback} ${back}`,
						`${t.checks} ${state.failedChecks}/${p.failedChecks} ${t.detect} ${detect} ${t.rollback} ${back}`,
					],
					width,
				),
				color: state.failedChecks > 0 ? tone.warn : undefined,
			},
		],
		[
			3,
			{
				text: firstFit(
					[
						`${t.hit} ${pct(s.affectedShare)} · ${t.seen} ${pct(s.exposedShare)} · ${s.errorUserMinutes} ${t.userMin} · ${t.budget(pct(s.budget.usedShare), `${s.budget.minutes}`)}`,
						`${t.hit} ${pct(s.affectedShare)} · ${t.seen} ${pct(s.exposedShare)} · ${t.budget(pct(s.budget.usedShare), `${s.budget.minutes}`)}`,
						`${t.hit} ${pct(s.affectedShare)} ${t.seen} ${pct(s.exposedShare)}`,
					],
					width,
				),
				color: s.affectedUsers > 0 ? tone.bad : undefined,
			},
		],
		[
			7,
			{
				text: clip(
					`${t.down} ${s.downtimeMinutes}${t.minutes} · ${t.extra} ${pct(s.extraCapacity.peakShare)} (${s.extraCapacity.podMinutes} ${t.podMinutes})`,
					width,
				),
			},
		],
		[
			8,
			{
				text: firstFit(
					[
						`${t.canary(s.canary.requestsPerCheck, s.canary.failingRequests)} · ${t.miss} ${miss} · ${t.falseAlarm} ${pct(s.canary.falseAlarm)}`,
						`${t.miss} ${miss} · ${t.falseAlarm} ${pct(s.canary.falseAlarm)}`,
					],
					width,
				),
				color: tone.muted,
			},
		],
	];
	if (p.schemaChange !== 'none') lines.push([3.5, {text: clip(schemaLine, width), color: state.schemaErrors > 0 ? tone.bad : undefined}]);
	const keep = new Set(
		[...lines]
			.sort((a, b) => a[0] - b[0])
			.slice(0, rows)
			.map(([, l]) => l),
	);
	const shown = lines.filter(([, l]) => keep.has(l)).map(([, l]) => l);
	// Rows to spare: the share chart grows taller, 100% at the top: up to four rows (at 80×24 the
	// screen's narration keeps its rows), up to eight on a tall screen.
	const height = Math.min(rows >= 20 ? 8 : 4, 1 + rows - shown.length);
	if (height <= 1) return shown;
	const tall = tallShare(state.shares, p.minutes, cols, height).map((row, i) => ({
		text: clip(padEnd(i === 0 ? '100%' : i === height - 1 ? t.share : '', LABEL) + row, width).trimEnd(),
		color: tone.accent,
	}));
	return [shown[0]!, ...tall, ...shown.slice(2)];
}
