import {Text} from 'ink';
import {useMemo, useState} from 'react';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate, width as widthOf} from '../../content/text.js';
import {chapterInfo} from '../../progress/chapter-info.js';
import {localTz} from '../../progress/days.js';
import {statsOf} from '../../progress/stats.js';
import {columnChart} from '../chart.js';
import {examHistoryLines} from '../components/exam/exam-history-lines.js';
import {formatDuration} from '../format.js';
import {calibrationLines} from '../components/calibration-lines.js';
import {frameBody, ScreenFrame} from '../components/screen-frame.js';
import {type Line, maxOffset, ScrollLines} from '../components/scroll-lines.js';
import {useHelpNotes} from '../hooks/use-help-notes.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {usePacks} from '../packs-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';
import {misconceptionLines} from './stats-misconceptions.js';

type Props = {index: PackIndex[]; columns: number; rows: number; now: () => number};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Progress per chapter, scores over time, weak spots and the week's reviews; scrolls. */
export function StatsScreen({index, columns, rows, now}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const packs = usePacks();
	const [offset, setOffset] = useState(0);
	const inner = frameBody(columns, rows).columns;
	// The clock is read when progress changes, not on every key press.
	const stats = useMemo(() => {
		const at = now();
		const tz = localTz(at);
		return packs ? {...statsOf(doc, [...packs.values()].map(chapterInfo), at, tz), clock: {now: at, tz}} : undefined;
	}, [doc, packs, now]);
	const lines: Line[] = [];
	if (stats) {
		const title = (text: string) => lines.push({text: ''}, {text, color: theme.accent, bold: true});
		lines.push(
			{text: m.statsLevel(stats.level.level, stats.level.intoLevel, stats.level.levelSize)},
			{text: m.statsStreak(stats.streak.current, stats.streak.best)},
			{text: m.statsTotals(stats.answers, Math.round(stats.correctRate * 100), formatDuration(stats.studiedMs))},
			{
				text: truncate(
					m.statsSims(stats.challenges.met, stats.challenges.total, stats.predictions.count, Math.round(stats.predictions.meanScore * 100)),
					inner,
				),
			},
		);
		title(m.statsProgress);
		// Columns: cards known, best quiz score, mastery (the same figures as the map and the chapter screen).
		const cols = [5, 5, 8];
		const nameWidth = Math.max(10, inner - 3 - cols.reduce((a, b) => a + b + 1, 0));
		const head = m.statsProgressHead.map((label, i) => ' '.repeat(Math.max(0, cols[i]! - widthOf(label))) + label).join(' ');
		lines.push({text: `${' '.repeat(3 + nameWidth)} ${head}`, color: theme.muted});
		for (const c of stats.chapters) {
			const p = index.find((x) => x.id === c.pack);
			const name = truncate(p ? pick(p.title, lang) : c.pack, nameWidth);
			const pad = ' '.repeat(Math.max(0, nameWidth - widthOf(name)));
			const best = c.best === undefined ? '-' : pct(c.best);
			const mastery = c.answered > 0 ? pct(c.mastery) : '-';
			const cells = [`${c.cardsKnown}/${c.cards}`, best, mastery].map((x, i) => x.padStart(cols[i]!)).join(' ');
			lines.push({text: `${String(c.chapter).padStart(2)} ${name}${pad} ${cells}`});
		}
		title(m.statsScores);
		if (stats.scores.length === 0) lines.push({text: m.statsNoScores, color: theme.muted});
		else
			for (const row of columnChart(
				stats.scores.map((s) => s.score),
				5,
				inner - 7,
			))
				lines.push({text: row});
		title(m.statsExams);
		lines.push(...examHistoryLines(stats.exams, m, inner));
		title(m.statsWeakest);
		if (stats.weakest.length === 0) lines.push({text: m.statsNone, color: theme.muted});
		for (const w of stats.weakest) {
			const p = index.find((x) => x.id === w.pack);
			lines.push({text: truncate(`${w.chapter} ${p ? pick(p.title, lang) : w.pack} · ${pct(w.mastery)}`, inner)});
		}
		if (packs) lines.push(...misconceptionLines(stats.misconceptions, {packs, lang, m, columns: inner, ...stats.clock}));
		title(m.calibrationTitle);
		lines.push(...calibrationLines(stats.calibration, m, inner));
		title(m.statsForecast);
		lines.push({
			text: stats.forecast.map((n, day) => `${day === 0 ? m.today : `+${day}`} ${n}`).join(' · '),
		});
	}
	// `?` says when a misconception counts as fixed.
	useHelpNotes('stats', m.remedyHelpTitle, [m.remedyHelp]);
	// The frame's rows, and one for the "more below" line.
	const windowRows = Math.max(1, frameBody(columns, rows).rows - 1);
	useKeys(
		{
			up: () => setOffset((o) => Math.max(0, o - 1)),
			down: () => setOffset((o) => Math.min(maxOffset(lines.length, windowRows), o + 1)),
		},
		'stats',
	);
	return (
		<ScreenFrame title={m.statsTitle} screen="stats" columns={columns} rows={rows}>
			{() => (stats ? <ScrollLines lines={lines} rows={windowRows} offset={offset} /> : <Text color={theme.muted}>{m.loading}</Text>)}
		</ScreenFrame>
	);
}
