import {Text} from 'ink';
import {useRef, useState} from 'react';
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

/**
 * The step's state on the quiz screen: `wait(answer)` holds an answer until the
 * learner says how sure (the state draws the prompt; the ref sees keys that
 * arrive before it is drawn); `keys` then replace the question's own, and
 * `record(answer, confidence)` runs once, on 1–3 or a skip. `here` names the
 * question on screen, so an answer held for another is never shown or recorded.
 */
export function useConfidenceStep<A extends {input: number}>(
	here: string,
	required: boolean,
	record: (answer: A, confidence: Confidence | undefined) => void,
) {
	type Held = {answer: A; at: string};
	const [held, setHeld] = useState<Held | undefined>();
	const waiting = useRef<Held | undefined>(undefined);
	waiting.current = held;
	const settle = (next: Held | undefined) => {
		waiting.current = next;
		setHeld(next);
	};
	const asking = held?.at === here ? held : undefined;
	return {
		asking: asking !== undefined,
		/** True from the moment an answer is held: the question must not change it. */
		waiting: () => waiting.current?.at === here,
		wait: (answer: A) => settle({answer, at: here}),
		keys: asking
			? confidenceKeys({
					since: asking.answer.input,
					required,
					onAnswer: (confidence) => {
						if (waiting.current !== asking) return;
						settle(undefined);
						record(asking.answer, confidence);
					},
					onBack: () => settle(undefined),
				})
			: undefined,
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
