import {useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrap, wrapHanging} from '../../../content/text.js';
import {answerSections} from '../../../quiz/answer-text.js';
import type {Presentation} from '../../../quiz/present.js';
import type {Result} from '../../../quiz/session.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';
import {type QuestionKeys, useQuestionKeys} from './question-keys.js';
import {maxStart, WindowLines} from './window-lines.js';

type Props = {
	item: QuizItem;
	result: Result;
	/** How the item was shown, so options are listed in the order the learner saw. */
	presentation: Presentation;
	columns: number;
	rows: number;
	keys: QuestionKeys;
	onNext: () => void;
	onCard: () => void;
	/** A remediation item: opens the simulation that shows its misconception fail. */
	onSimulation?: (() => void) | undefined;
	/** A scenario item's run can be played (w). */
	onWatch?: (() => void) | undefined;
};

/** The misconception an answer showed, by id, from the option or the item that carries it. */
function misconceptionLabel(item: QuizItem, id: string | undefined) {
	if (!id) return undefined;
	const options = item.type === 'single' || item.type === 'multi' ? item.choices.map((c) => c.misconception) : [];
	return [...options, item.misconception].find((x) => x?.id === id)?.label;
}

/** Right or wrong, the learner's answer beside the right one, why, and the wrong idea behind the mistake. */
export function Feedback({item, result, presentation, columns, rows, keys, onNext, onCard, onSimulation, onWatch}: Props) {
	const {lang, m} = useI18n();
	const [offset, setOffset] = useState(0);
	const verdict = result.correct
		? {text: m.quizRight, color: theme.done}
		: result.score > 0
			? {text: m.quizPartial(Math.round(result.score * 100)), color: theme.warn}
			: {text: m.quizWrong, color: theme.error};
	const sections = answerSections(
		item,
		result.answer,
		lang,
		{
			true: m.quizTrue,
			false: m.quizFalse,
			yourAnswer: m.quizYourAnswer,
			yourPicks: m.quizYourPicks,
			yourOrder: m.quizYourOrder,
			yourPairs: m.quizYourPairs,
			answerIs: m.quizAnswerIs,
			rightOrder: m.quizRightOrder,
			shouldPick: m.quizShouldPick,
			shouldNotPick: m.quizShouldNotPick,
			belongsAt: m.quizBelongsAt,
			rightPair: m.quizRightPair,
			tolerance: m.quizTolerance,
		},
		presentation,
	);
	// What the learner said before seeing it, and why a sure miss comes back sooner.
	const said = result.confidence === undefined ? '' : ` · ${m.confidenceSaid[result.confidence - 1]}`;
	const lines: Line[] = [{...verdict, text: verdict.text + said, bold: true}];
	if (!result.correct && result.confidence === 3)
		lines.push(...wrap(m.confidenceSureMiss, columns).map((text) => ({text, color: theme.warn})));
	if (onWatch) lines.push(...wrap(m.scenarioWatch, columns).map((text) => ({text, color: theme.muted})));
	for (const section of sections) {
		lines.push({text: ''}, {text: section.title, color: theme.muted});
		for (const line of section.lines) {
			const mark = line.ok === undefined ? '    ' : line.ok ? '  ✓ ' : '  ✗ ';
			const color = line.ok === undefined ? undefined : line.ok ? theme.done : theme.error;
			const text = line.note ? `${line.text} (${line.note})` : line.text;
			lines.push(...wrapHanging(text, mark, columns).map((t) => ({text: t, color: color ?? theme.accent})));
		}
	}
	lines.push({text: ''}, {text: m.quizWhy, color: theme.muted}, ...wrap(pick(item.explanation, lang), columns).map((text) => ({text})));
	const label = misconceptionLabel(item, result.misconception);
	if (label) {
		lines.push(
			{text: ''},
			...wrapHanging(pick(label, lang), `${m.quizMisconception} `, columns).map((text) => ({text, color: theme.warn})),
		);
	}
	const max = maxStart(lines.length, rows);
	useQuestionKeys(
		{
			open: onNext,
			card: onCard,
			...(onSimulation ? {remedySim: onSimulation} : {}),
			...(onWatch ? {watch: onWatch} : {}),
			up: () => setOffset((o) => Math.max(0, o - 1)),
			down: () => setOffset((o) => Math.min(max, o + 1)),
		},
		keys,
		onWatch ? 'quiz-feedback-run' : onSimulation ? 'quiz-feedback-remedy' : 'quiz-feedback',
	);
	return <WindowLines lines={lines} rows={rows} offset={offset} />;
}
