import {Box} from 'ink';
import {useMemo, useRef, useState} from 'react';
import type {LessonPack} from '../../content/schema.js';
import type {ExamRecord} from '../../progress/progress-doc.js';
import {pick, truncate, width, wrap} from '../../content/text.js';
import {examEntry, examHistory, summarizeExam} from '../../progress/exams.js';
import {examRecordOf} from '../../quiz/exam.js';
import type {ItemRef, Session} from '../../quiz/session.js';
import {examHistoryLines} from '../components/exam/exam-history-lines.js';
import {KeyHelp} from '../components/key-help.js';
import {type Line, maxOffset, ScrollLines} from '../components/scroll-lines.js';
import {formatDuration} from '../format.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {
	session: Session;
	packs: Map<string, LessonPack>;
	columns: number;
	rows: number;
	now: () => number;
	onCard: (pack: string, card: string) => void;
	/** Practises the missed items now: ordinary answers, logged and scheduled like any quiz. */
	onPractise: (items: ItemRef[]) => void;
};

const BAR = 10;
const pct = (x: number) => Math.round(x * 100);

/**
 * The end of an exam: the score, the score per chapter, calibration, time per
 * question, the scores of past exams, and the questions to review (where the
 * feedback the exam held back is one Enter away, on the card).
 */
export function ExamResult(props: Props) {
	const record = useMemo(() => examRecordOf(props.session), [props.session]);
	return record ? <ResultView {...props} record={record} /> : null;
}

function ResultView({session, record, packs, columns, rows, now, onCard, onPractise}: Props & {record: ExamRecord}) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const inner = columns - 4;
	// This exam is on the chart from the first frame, before its save has come back.
	const history = useMemo(() => {
		const kept = examHistory(doc, now());
		return kept.some((e) => e.id === session.id) ? kept : [...kept, examEntry(session.id, record)];
	}, [doc, now, session.id, record]);
	const [selected, setSelected] = useState(0);
	const [offset, setOffset] = useState(0);
	// The cursor and the view as the last key left them (keys in one burst each see the one before).
	const view = useRef({selected: 0, offset: 0});
	const s = useMemo(() => summarizeExam(record), [record]);
	const itemOf = (pack: string, item: string) => packs.get(pack)?.quiz.find((q) => q.id === item);
	const lines: Line[] = [
		{text: m.examResultTitle, color: theme.accent, bold: true},
		{text: m.examScore(s.correct, s.total, pct(s.score)), bold: true},
	];
	// Sentences wrap to the width (a line wider than the screen would push the title off the top).
	const say = (text: string, color?: string, bold?: boolean) =>
		lines.push(...wrap(text, inner).map((line) => ({text: line, color, ...(bold ? {bold} : {})})));
	const unanswered = s.total - s.answered;
	if (unanswered > 0) say(m[session.exam?.ended === 'time' ? 'examEndedTime' : 'examEndedEarly'](unanswered), theme.warn);
	say(m.examMeasures, theme.muted);
	lines.push({text: ''}, {text: m.examByChapter, color: theme.accent, bold: true});
	const nameWidth = Math.max(6, inner - 3 - BAR - 7);
	for (const c of s.chapters) {
		const p = packs.get(c.pack);
		const name = truncate(p ? pick(p.title, lang) : c.pack, nameWidth);
		const full = Math.floor((c.correct / c.total) * BAR);
		const bar = theme.barFull.repeat(full) + theme.barEmpty.repeat(BAR - full);
		lines.push({
			text: `${String(p?.chapter ?? '').padStart(2)} ${name}${' '.repeat(nameWidth - width(name))} ${bar} ${c.correct}/${c.total}`,
		});
	}
	lines.push({text: ''}, {text: m.examCalibration, color: theme.accent, bold: true});
	if (s.brier === undefined) say(m.examNoConfidence, theme.muted);
	else say(m.examBrier(s.brier.toFixed(2)));
	if (s.medianMs !== undefined && s.slowest) {
		const slowest = itemOf(s.slowest.pack, s.slowest.item);
		const chapter = packs.get(s.slowest.pack)?.chapter;
		lines.push({
			text: truncate(
				m.examTimes(
					formatDuration(s.medianMs),
					`${formatDuration(s.slowest.ms)} (${chapter ?? ''}${slowest ? ` · ${pick(slowest.prompt, lang)}` : ''})`,
				),
				inner,
			),
		});
	}
	lines.push({text: ''}, {text: m.examHistory, color: theme.accent, bold: true}, ...examHistoryLines(history, m, inner, 0));
	lines.push({text: ''}, {text: s.missed.length > 0 ? m.examToReview : m.examAllRight, color: theme.accent, bold: true});
	const first = lines.length;
	s.missed.forEach((x, i) => {
		const q = itemOf(x.pack, x.item);
		const mark = x.ms === 0 ? `– ${m.examNotAnswered}:` : '✗';
		const text = `${i === selected ? theme.pointer : ' '} ${packs.get(x.pack)?.chapter ?? ''} ${mark} ${q ? pick(q.prompt, lang) : x.item}`;
		lines.push({text: truncate(text, inner), color: i === selected ? theme.accent : theme.error, bold: i === selected});
	});
	// The window (its last row says "more" when cut) and the key line take the rest.
	const listRows = Math.max(3, rows - 2);
	const top = maxOffset(lines.length, listRows);
	/** ↑↓ move the cursor among the questions to review while it is in view; otherwise they scroll. */
	const move = (step: 1 | -1) => {
		let {selected: sel, offset: off} = view.current;
		const line = first + sel;
		const inView = line >= off && line < off + listRows;
		if (s.missed.length > 0 && inView && sel + step >= 0 && sel + step < s.missed.length) {
			sel += step;
			if (first + sel < off) off = first + sel;
			if (first + sel >= off + listRows) off = first + sel - listRows + 1;
		} else off += step;
		view.current = {selected: sel, offset: Math.max(0, Math.min(top, off))};
		setSelected(view.current.selected);
		setOffset(view.current.offset);
	};
	useKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			open: () => {
				const x = s.missed[view.current.selected];
				const q = x && itemOf(x.pack, x.item);
				if (x && q) onCard(x.pack, q.card);
			},
			review: () => s.missed.length > 0 && onPractise(s.missed.map(({pack, item}) => ({pack, item}))),
		},
		'exam-result',
	);
	return (
		<Box flexDirection="column" paddingX={2}>
			<ScrollLines lines={lines} rows={listRows} offset={offset} />
			<KeyHelp screen="exam-result" columns={inner} />
		</Box>
	);
}
