import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, wrap} from '../../../content/text.js';
import type {Answer} from '../../../quiz/grade.js';
import {NUMBER_INPUT, parseNumberInput} from '../../../quiz/number-input.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import {type QuestionKeys, useQuestionKeys} from './question-keys.js';

type Item = Extract<QuizItem, {type: 'numeric'}>;
type Props = {item: Item; columns: number; keys: QuestionKeys; onSubmit: (answer: Answer) => boolean};

/** Type a number (digits, thousands commas, one point, a leading minus); Enter answers. */
export function NumericQuestion({item, columns, keys, onSubmit}: Props) {
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

	useQuestionKeys(
		{
			// The answer field has the keys: q and ? are not obeyed here (Ctrl+C quits).
			capture: true,
			text: (input) => {
				// Characters that cannot extend a number are not typed.
				const next = current.current + input.replace(/[^\d.,-]/g, '');
				if (next !== current.current && NUMBER_INPUT.test(next)) change(next);
			},
			erase: () => change(current.current.slice(0, -1)),
			open: () => {
				const value = parseNumberInput(current.current);
				if (value === undefined) {
					setWarning(true);
					return;
				}
				onSubmit({type: 'numeric', value});
			},
		},
		keys,
		'quiz-numeric',
	);

	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				<Text color={theme.accent}>{'> '}</Text>
				<Text bold>{text}</Text>
				<Text inverse> </Text>
				{item.unit ? <Text color={theme.muted}> {pick(item.unit, lang)}</Text> : null}
			</Text>
			{warning
				? wrap(m.quizNumberNeeded, columns).map((line, i) => (
						<Text key={i} color={theme.warn}>
							{line}
						</Text>
					))
				: null}
		</Box>
	);
}
