import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrapHanging} from '../../../content/text.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';
import {headLines, useQuestionKeys} from './question-keys.js';
import type {QuestionProps} from './question-props.js';
import {WindowLines} from './window-lines.js';

type Item = Extract<QuizItem, {type: 'order'}>;
type Props = QuestionProps<Item>;

/** Put the steps in order: Space picks a step up, ↑↓ carries it, Space puts it down. */
export function OrderQuestion({item, presentation, columns, rows, notes, keys, onSubmit}: Props) {
	const {lang, m} = useI18n();
	const [order, setOrder] = useState(presentation.steps);
	const [cursor, setCursor] = useState(0);
	const [held, setHeld] = useState(false);
	const [warning, setWarning] = useState(false);
	// Keys can arrive several at a time: work on the latest values.
	const state = useRef({order, cursor, held});
	state.current = {order, cursor, held};

	const move = (step: number) => {
		const {order: current, cursor: at, held: carrying} = state.current;
		const to = Math.max(0, Math.min(current.length - 1, at + step));
		if (to === at) return;
		let next = current;
		if (carrying) {
			next = [...current];
			[next[at], next[to]] = [next[to]!, next[at]!];
			setWarning(false);
		}
		state.current = {order: next, cursor: to, held: carrying};
		setOrder(next);
		setCursor(to);
	};

	useQuestionKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			toggle: () => {
				state.current = {...state.current, held: !state.current.held};
				setHeld(state.current.held);
			},
			open: () => {
				if (!onSubmit({type: 'order', order: state.current.order})) setWarning(true);
			},
		},
		keys,
		'quiz-order',
	);

	const lines: Line[] = headLines(m.quizOrderHint, warning ? m.quizOrderUntouched : undefined, notes, columns);
	let focus: [number, number] = [0, 0];
	order.forEach((original, i) => {
		const active = i === cursor;
		const marker = `${active ? (held ? '⇅' : theme.pointer) : ' '} ${i + 1}. `;
		const wrapped = wrapHanging(pick(item.steps[original]!, lang), marker, columns);
		if (active) focus = [lines.length, lines.length + wrapped.length - 1];
		const color = active ? (held ? theme.warn : theme.accent) : undefined;
		lines.push(...wrapped.map((text) => ({text, color, bold: active})));
	});
	return <WindowLines lines={lines} rows={rows} focus={focus} />;
}
