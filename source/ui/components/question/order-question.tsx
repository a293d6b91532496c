import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrapHanging} from '../../../content/text.js';
import type {Answer} from '../../../quiz/grade.js';
import type {Presentation} from '../../../quiz/present.js';
import {useKeys} from '../../hooks/use-keys.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';

type Item = Extract<QuizItem, {type: 'order'}>;
type Props = {item: Item; presentation: Presentation; columns: number; onSubmit: (answer: Answer) => void};

/** Put the steps in order: Space picks a step up, ↑↓ carries it, Space puts it down. */
export function OrderQuestion({item, presentation, columns, onSubmit}: Props) {
	const {lang, m} = useI18n();
	const [order, setOrder] = useState(presentation.steps);
	const [cursor, setCursor] = useState(0);
	const [held, setHeld] = useState(false);
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
		}
		state.current = {order: next, cursor: to, held: carrying};
		setOrder(next);
		setCursor(to);
	};

	useKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			toggle: () => {
				state.current = {...state.current, held: !state.current.held};
				setHeld(state.current.held);
			},
			open: () => onSubmit({type: 'order', order: state.current.order}),
		},
		'quiz-order',
	);

	return (
		<Box flexDirection="column">
			<Text color={theme.muted}>{m.quizOrderHint}</Text>
			{order.flatMap((original, i) => {
				const active = i === cursor;
				const marker = `${active ? (held ? '⇅' : theme.pointer) : ' '} ${i + 1}. `;
				return wrapHanging(pick(item.steps[original]!, lang), marker, columns).map((line, j) => (
					<Text key={`${original}-${j}`} color={active ? (held ? theme.warn : theme.accent) : undefined} bold={active}>
						{line}
					</Text>
				));
			})}
		</Box>
	);
}
