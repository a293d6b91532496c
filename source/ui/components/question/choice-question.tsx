import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrapHanging} from '../../../content/text.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';
import {headLines, useQuestionKeys} from './question-keys.js';
import type {QuestionProps} from './question-props.js';
import {WindowLines} from './window-lines.js';

type Item = Extract<QuizItem, {type: 'single' | 'multi' | 'true-false'}>;
type Props = QuestionProps<Item>;

/** Single choice, multiple choice and true/false: a list to move through. */
export function ChoiceQuestion({item, presentation, columns, rows, notes, keys, onSubmit}: Props) {
	const {lang, m} = useI18n();
	const labels =
		item.type === 'true-false' ? [m.quizTrue, m.quizFalse] : presentation.choices.map((original) => pick(item.choices[original]!, lang));
	const [cursor, setCursor] = useState(0);
	const [picked, setPicked] = useState<Set<number>>(new Set());
	const [warning, setWarning] = useState(false);
	// Several keys can arrive before the next render: keep the latest values at hand.
	const at = useRef(0);
	at.current = cursor;
	const chosen = useRef(picked);
	chosen.current = picked;
	const move = (step: number) => {
		at.current = (at.current + step + labels.length) % labels.length;
		setCursor(at.current);
	};
	const originalOf = (shown: number) => presentation.choices[shown] ?? shown;

	useQuestionKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			toggle: () => {
				if (item.type !== 'multi') return;
				const next = new Set(chosen.current);
				if (next.has(at.current)) next.delete(at.current);
				else next.add(at.current);
				chosen.current = next;
				setPicked(next);
				setWarning(false);
			},
			open: () => {
				if (item.type === 'true-false') onSubmit({type: 'true-false', value: at.current === 0});
				else if (item.type === 'single') onSubmit({type: 'single', choice: originalOf(at.current)});
				else if (!onSubmit({type: 'multi', choices: [...chosen.current].map(originalOf).sort((a, b) => a - b)})) setWarning(true);
			},
			// 1–9 jump to a choice.
			text: (input) => {
				const n = Number(input);
				if (Number.isInteger(n) && n >= 1 && n <= labels.length) {
					at.current = n - 1;
					setCursor(n - 1);
				}
			},
		},
		keys,
		item.type === 'multi' ? 'quiz-multi' : 'quiz-choice',
	);

	const head = headLines(item.type === 'multi' ? m.quizPickAll : undefined, warning ? m.quizPickOne : undefined, notes, columns);
	const lines: Line[] = [...head];
	let focus: [number, number] = [0, 0];
	labels.forEach((label, i) => {
		const active = i === cursor;
		const box = item.type === 'multi' ? (picked.has(i) ? '[x] ' : '[ ] ') : '';
		const marker = `${active ? theme.pointer : ' '} ${i + 1}. ${box}`;
		const wrapped = wrapHanging(label, marker, columns);
		if (active) focus = [lines.length, lines.length + wrapped.length - 1];
		lines.push(...wrapped.map((text, j) => ({text, color: active ? theme.accent : undefined, bold: active && j === 0})));
	});
	return <WindowLines lines={lines} rows={rows} focus={focus} />;
}
