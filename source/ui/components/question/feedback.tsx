import {useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrap, wrapHanging} from '../../../content/text.js';
import {rightAnswerLines} from '../../../quiz/answer-text.js';
import type {Result} from '../../../quiz/session.js';
import {useKeys} from '../../hooks/use-keys.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import {type Line, maxOffset, ScrollLines} from '../scroll-lines.js';

type Props = {
	item: QuizItem;
	result: Result;
	columns: number;
	rows: number;
	onNext: () => void;
	onCard: () => void;
	onUndo: () => void;
};

/** Right or wrong, the right answer, why, and the wrong idea behind a wrong answer. */
export function Feedback({item, result, columns, rows, onNext, onCard, onUndo}: Props) {
	const {lang, m} = useI18n();
	const [offset, setOffset] = useState(0);
	const verdict = result.correct
		? {text: m.quizRight, color: theme.done}
		: result.score > 0
			? {text: m.quizPartial(Math.round(result.score * 100)), color: theme.warn}
			: {text: m.quizWrong, color: theme.error};
	const lines: Line[] = [
		{...verdict, bold: true},
		{text: ''},
		{text: m.quizAnswerIs, color: theme.muted},
		...rightAnswerLines(item, lang, {true: m.quizTrue, false: m.quizFalse}).flatMap((a) =>
			wrapHanging(a, '  ', columns).map((text) => ({text, color: theme.accent})),
		),
		{text: ''},
		{text: m.quizWhy, color: theme.muted},
		...wrap(pick(item.explanation, lang), columns).map((text) => ({text})),
	];
	if (!result.correct && item.misconception) {
		lines.push(
			{text: ''},
			...wrapHanging(pick(item.misconception.label, lang), `${m.quizMisconception} `, columns).map((text) => ({text, color: theme.warn})),
		);
	}
	const max = maxOffset(lines.length, rows);
	useKeys(
		{
			open: onNext,
			card: onCard,
			undo: onUndo,
			up: () => setOffset((o) => Math.max(0, o - 1)),
			down: () => setOffset((o) => Math.min(max, o + 1)),
		},
		'quiz-feedback',
	);
	return <ScrollLines lines={lines} rows={rows} offset={offset} />;
}
