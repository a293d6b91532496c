import {Text} from 'ink';
import type {Messages} from '../../../content/messages.js';
import {wrap} from '../../../content/text.js';
import type {Confidence} from '../../../progress/progress-doc.js';
import type {Handlers} from '../../hooks/use-keys.js';
import {inputRead} from '../../hooks/use-keys.js';
import {theme} from '../../theme.js';
import type {Line} from '../scroll-lines.js';

/*
 * The confidence step: after an answer is given and before it is graded,
 * "How sure are you? 1 low · 2 medium · 3 high". One key answers; Enter or
 * Space skips (no confidence), unless `required` (the exam); Esc goes back to
 * the answer, which is not graded or saved yet. Keys that came in the same
 * read of the terminal as the answer (a paste, "2\r3") never answer it.
 */

export type ConfidenceStep = {
	/** Which read of the input gave the answer: keys from it are ignored. */
	since: number;
	/** The exam asks every time: Enter and Space do not skip. */
	required: boolean;
	onAnswer: (confidence: Confidence | undefined) => void;
	onBack: () => void;
};

const LEVELS: Record<string, Confidence> = {'1': 1, '2': 2, '3': 3};

/** The step's keys, given to the question on screen in place of its own (so it stays as answered). */
export function confidenceKeys({since, required, onAnswer, onBack}: ConfidenceStep): Handlers {
	const fresh = () => inputRead() !== since;
	const skip = () => {
		if (fresh() && !required) onAnswer(undefined);
	};
	return {
		screen: required ? 'quiz-confidence-exam' : 'quiz-confidence',
		text: (input) => {
			const level = LEVELS[input];
			if (level !== undefined && fresh()) onAnswer(level);
		},
		open: skip,
		toggle: skip,
		back: () => {
			if (fresh()) onBack();
		},
	};
}

/** The prompt's lines at a width (the quiz screen makes room for them). */
export function confidenceLines(m: Messages, columns: number, required: boolean): Line[] {
	return [
		...wrap(m.confidenceAsk, columns).map((text) => ({text, color: theme.accent, bold: true})),
		...(required ? wrap(m.confidenceRequired, columns).map((text) => ({text, color: theme.muted})) : []),
	];
}

export function ConfidencePrompt({lines}: {lines: Line[]}) {
	return (
		<>
			{lines.map((line, i) => (
				<Text key={`conf${i}`} color={line.color} bold={line.bold}>
					{line.text}
				</Text>
			))}
		</>
	);
}
