import {useRef, useState} from 'react';
import type {QuizItem} from '../../../content/schema.js';
import {pick, width, wrapHanging} from '../../../content/text.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';
import {headLines, useQuestionKeys} from './question-keys.js';
import type {QuestionProps} from './question-props.js';
import {WindowLines} from './window-lines.js';

type Item = Extract<QuizItem, {type: 'match'}>;
type Props = QuestionProps<Item>;

const LETTERS = 'ABCDEF';

/**
 * Match pairs: the right-hand sides are listed once as A, B, C…; each left
 * side gets a letter with ←/→ (or by typing it).
 */
export function MatchQuestion({item, presentation, columns, rows, notes, keys, onSubmit}: Props) {
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
		if (next.chosen) {
			setChosen(next.chosen);
			setWarning(false);
		}
	};
	const cycle = (step: number) => {
		const {cursor: at, chosen: now} = state.current;
		const next = [...now];
		// Values run -1 (none), 0 … count-1, then back to none.
		const slots = count + 1;
		next[at] = ((((now[at]! + 1 + step) % slots) + slots) % slots) - 1;
		set({chosen: next});
	};

	useQuestionKeys(
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
		keys,
		'quiz-match',
	);

	const lines: Line[] = headLines(m.quizMatchHint, warning ? m.quizMatchIncomplete : undefined, notes, columns);
	for (const [shown, original] of presentation.rights.entries()) {
		lines.push(...wrapHanging(pick(item.pairs[original]!.right, lang), `  ${LETTERS[shown]}) `, columns).map((text) => ({text})));
	}
	lines.push({text: ''});
	const lefts = item.pairs.map((p) => pick(p.left, lang));
	const leftWidth = Math.min(Math.max(...lefts.map(width)), columns - 8);
	let focus: [number, number] = [0, 0];
	lefts.forEach((left, i) => {
		const active = i === cursor;
		const pickShown = chosen[i]!;
		const marker = `${active ? theme.pointer : ' '} ${pickShown >= 0 ? `[${LETTERS[pickShown]}]` : '[ ]'} `;
		const wrapped = wrapHanging(left, marker, Math.min(columns, leftWidth + width(marker) + 1));
		// The pick's own words under it: readable as a pair, and every right side shows by cycling ←→
		// even where the letters above are scrolled away.
		const original = presentation.rights[pickShown];
		const pair =
			original === undefined ? [] : wrapHanging(pick(item.pairs[original]!.right, lang), `${' '.repeat(width(marker))}→ `, columns);
		// The first item keeps the letters above it in view.
		if (active) focus = [i === 0 ? 0 : lines.length, lines.length + wrapped.length + pair.length - 1];
		lines.push(...wrapped.map((text, j) => ({text, color: active ? theme.accent : undefined, bold: active && j === 0})));
		lines.push(...pair.map((text) => ({text, color: theme.muted})));
	});
	return <WindowLines lines={lines} rows={rows} focus={focus} />;
}
