import {type Handlers, useKeys} from '../../hooks/use-keys.js';
import type {ScreenName} from '../../keys.js';
import type {Line} from '../scroll-lines.js';
import {wrap} from '../../../content/text.js';
import {theme} from '../../theme.js';

/**
 * What the quiz screen gives every question widget besides its item: Esc
 * (which asks before leaving), and while it asks, the keys that answer it.
 */
export type QuestionKeys = {back: () => void; override?: Handlers | undefined};

export function useQuestionKeys(own: Handlers, keys: QuestionKeys, name: ScreenName): void {
	useKeys(keys.override ?? {...own, back: keys.back}, keys.override ? 'quiz-leave' : name);
}

/** The lines above a question's choices: its hint (or a warning instead) and any rule to state. */
export function headLines(hint: string | undefined, warning: string | undefined, notes: string[], columns: number): Line[] {
	const top = warning ?? hint;
	return [
		...(top ? wrap(top, columns).map((text) => ({text, color: warning ? theme.warn : theme.muted})) : []),
		...notes.flatMap((note) => wrap(note, columns).map((text) => ({text, color: theme.muted}))),
	];
}
