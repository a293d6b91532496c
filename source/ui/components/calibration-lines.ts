import type {Messages} from '../../content/messages.js';
import {truncate, width, wrap} from '../../content/text.js';
import {type Calibration, MIN_FOR_VERDICT} from '../../progress/calibration.js';
import {theme} from '../theme.js';
import type {Line} from './scroll-lines.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const right = (text: string, cells: number) => ' '.repeat(Math.max(0, cells - width(text))) + text;

/**
 * A bar as wide as `cells`: filled to the share right, with a mark where the
 * stated chance is, so "said 95%, right 60%" shows as a gap between the two.
 */
export function calibrationBar(rate: number, stated: number, cells: number): string {
	const filled = Math.round(rate * cells);
	const mark = Math.min(cells - 1, Math.round(stated * cells));
	return Array.from({length: cells}, (_, i) => (i === mark ? '│' : i < filled ? '█' : '░')).join('');
}

/** The stats screen's calibration section: a row per confidence level (said, right, count, bar), Brier and a verdict. */
export function calibrationLines(c: Calibration, m: Messages, columns: number): Line[] {
	const muted = (text: string) => wrap(text, columns).map((t) => ({text: t, color: theme.muted}));
	if (c.brier === undefined) return muted(m.calibrationNone);
	const labelWidth = Math.max(...m.calibrationLevels.map(width));
	const cols = m.calibrationHead.map((h) => Math.max(width(h), 4) + 1);
	const lead = labelWidth + cols.reduce((a, b) => a + b, 0);
	const cells = Math.max(5, Math.min(40, columns - lead - 2));
	const head = m.calibrationHead.map((h, i) => right(h, cols[i]!)).join('');
	const lines: Line[] = [{text: truncate(`${' '.repeat(labelWidth)}${head}`, columns), color: theme.muted}];
	for (const level of c.levels) {
		const label = m.calibrationLevels[level.confidence - 1]!;
		const cellsText = [pct(level.stated), level.count > 0 ? pct(level.rate) : '-', String(level.count)];
		const figures = label + ' '.repeat(labelWidth - width(label)) + cellsText.map((t, i) => right(t, cols[i]!)).join('');
		const bar = level.count > 0 ? `  ${calibrationBar(level.rate, level.stated, cells)}` : '';
		lines.push({text: truncate(figures + bar, columns)});
	}
	lines.push(...muted(m.calibrationLegend), ...wrap(m.calibrationBrier(c.brier), columns).map((text) => ({text})));
	const verdict = c.verdict === 'too-few' ? m.calibrationTooFew(c.count, MIN_FOR_VERDICT) : m.calibrationVerdict[c.verdict];
	lines.push(...wrap(verdict, columns).map((text) => ({text, color: c.verdict === 'calibrated' ? theme.done : theme.warn})));
	return lines;
}
