import type {Messages} from '../../../content/messages.js';
import type {ExamEntry} from '../../../progress/exams.js';
import {columnChart} from '../../chart.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';

const pct = (x: number) => Math.round(x * 100);
const day = (at: number) => {
	const d = new Date(at);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Exam scores over time: a column per exam (oldest left), then the latest few exams as lines. */
export function examHistoryLines(exams: readonly ExamEntry[], m: Messages, columns: number, latest = 3): Line[] {
	if (exams.length === 0) return [{text: m.statsNoExams, color: theme.muted}];
	const chart = columnChart(
		exams.map((e) => e.score),
		4,
		columns - 7,
	).map((text) => ({text}));
	const recent = exams
		.slice(-latest)
		.reverse()
		.map((e) => ({text: m.statsExamLine(day(e.at), pct(e.score), e.correct, e.items, e.brier === undefined ? '' : e.brier.toFixed(2))}));
	return latest > 0 ? [...chart, ...recent] : chart;
}
