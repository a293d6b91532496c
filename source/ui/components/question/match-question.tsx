import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, width, wrapHanging} from '../../../content/text.js';
import type {Answer} from '../../../quiz/grade.js';
import type {Presentation} from '../../../quiz/present.js';
import {useKeys} from '../../hooks/use-keys.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';

type Item = Extract<QuizItem, {type: 'match'}>;
type Props = {item: Item; presentation: Presentation; columns: number; onSubmit: (answer: Answer) => void};

const LETTERS = 'ABCDEF';

/**
 * Match pairs: the right-hand sides are listed once as A, B, C…; each left
 * side gets a letter with ←/→ (or by typing it).
 */
export function MatchQuestion({item, presentation, columns, onSubmit}: Props) {
	const {lang, m} = useI18n();
	const count = item.pairs.length;
	const [cursor, setCursor] = useState(0);
	// chosen[left] = position in the shown right-hand list, or -1.
	const [chosen, setChosen] = useState<number[]>(() => new Array<number>(count).fill(-1));
	const [warning, setWarning] = useState(false);
	const state = useRef({cursor, chosen});
	state.current = {cursor, chosen};

	const set = (next: {cursor?: number; chosen?: number[]}) => {
		state.current = {...state.current, ...next};
		if (next.cursor !== undefined) setCursor(next.cursor);
		if (next.chosen) setChosen(next.chosen);
	};
	const cycle = (step: number) => {
		const {cursor: at, chosen: now} = state.current;
		const next = [...now];
		// Values run -1 (none), 0 … count-1, then back to none.
		const slots = count + 1;
		next[at] = ((((now[at]! + 1 + step) % slots) + slots) % slots) - 1;
		set({chosen: next});
	};

	useKeys(
		{
			up: () => set({cursor: (state.current.cursor - 1 + count) % count}),
			down: () => set({cursor: (state.current.cursor + 1) % count}),
			prev: () => cycle(-1),
			next: () => cycle(1),
			text: (input) => {
				const shown = LETTERS.indexOf(input.toUpperCase());
				if (shown >= 0 && shown < count) {
					const next = [...state.current.chosen];
					next[state.current.cursor] = shown;
					set({chosen: next, cursor: Math.min(count - 1, state.current.cursor + 1)});
				}
			},
			open: () => {
				if (state.current.chosen.some((c) => c < 0)) {
					setWarning(true);
					return;
				}
				onSubmit({type: 'match', pairs: state.current.chosen.map((shown) => presentation.rights[shown]!)});
			},
		},
		'quiz-match',
	);

	const lefts = item.pairs.map((p) => pick(p.left, lang));
	const leftWidth = Math.min(Math.max(...lefts.map(width)), Math.floor(columns / 2) - 6);
	return (
		<Box flexDirection="column">
			<Text color={theme.muted}>{m.quizMatchHint}</Text>
			{presentation.rights.flatMap((original, shown) =>
				wrapHanging(pick(item.pairs[original]!.right, lang), `  ${LETTERS[shown]}) `, columns).map((line, j) => (
					<Text key={`r${shown}-${j}`}>{line}</Text>
				)),
			)}
			<Text> </Text>
			{lefts.flatMap((left, i) => {
				const active = i === cursor;
				const pickShown = chosen[i]!;
				const tag = pickShown >= 0 ? `[${LETTERS[pickShown]}]` : '[ ]';
				const marker = `${active ? theme.pointer : ' '} ${tag} `;
				return wrapHanging(left, marker, Math.min(columns, leftWidth + width(marker) + 1)).map((line, j) => (
					<Text key={`l${i}-${j}`} color={active ? theme.accent : undefined} bold={active && j === 0}>
						{line}
					</Text>
				));
			})}
			{warning ? <Text color={theme.warn}>{m.quizMatchIncomplete}</Text> : null}
		</Box>
	);
}
