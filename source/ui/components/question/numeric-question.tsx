import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick} from '../../../content/text.js';
import type {Answer} from '../../../quiz/grade.js';
import {useKeys} from '../../hooks/use-keys.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';

type Item = Extract<QuizItem, {type: 'numeric'}>;
type Props = {item: Item; onSubmit: (answer: Answer) => void};

const NUMBER = /^-?\d*(?:[.,]\d*)?$/;

/** Type a number (digits, one point, a leading minus); Enter answers. */
export function NumericQuestion({item, onSubmit}: Props) {
	const {lang, m} = useI18n();
	const [text, setText] = useState('');
	const [warning, setWarning] = useState(false);
	const current = useRef('');
	current.current = text;
	const change = (next: string) => {
		current.current = next;
		setText(next);
		setWarning(false);
	};

	useKeys(
		{
			// The answer field has the keys: q and ? are not obeyed here (Ctrl+C quits).
			capture: true,
			text: (input) => {
				// Characters that cannot extend a number are not typed.
				const next = current.current + input.replace(/[^\d.,-]/g, '');
				if (next !== current.current && NUMBER.test(next)) change(next);
			},
			erase: () => change(current.current.slice(0, -1)),
			open: () => {
				const value = Number(current.current.replace(',', '.'));
				if (current.current === '' || current.current === '-' || !Number.isFinite(value)) {
					setWarning(true);
					return;
				}
				onSubmit({type: 'numeric', value});
			},
		},
		'quiz-numeric',
	);

	return (
		<Box flexDirection="column">
			<Text>
				<Text color={theme.accent}>{'> '}</Text>
				<Text bold>{text}</Text>
				<Text inverse> </Text>
				{item.unit ? <Text color={theme.muted}> {pick(item.unit, lang)}</Text> : null}
			</Text>
			{warning ? <Text color={theme.warn}>{m.quizNumberNeeded}</Text> : null}
		</Box>
	);
}
