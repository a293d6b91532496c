import {type Handlers, useKeys} from '../../hooks/use-keys.js';
import type {ScreenName} from '../../keys.js';
import type {Line} from '../scroll-lines.js';
import {wrap} from '../../../content/text.js';
import {theme} from '../../theme.js';

/**
 * What the quiz screen gives every question widget besides its item: Esc
 * (which asks before leaving); while it asks something (leave? how sure?),
 * the keys that answer it (under their own screen name, 'quiz-leave' if none);
 * and `held`, true from the moment an answer is given until the question
 * takes keys again (keys that arrive with the answer must not change it).
 */
export type QuestionKeys = {back: () => void; override?: Handlers | undefined; held?: (() => boolean) | undefined};

export function useQuestionKeys(own: Handlers, keys: QuestionKeys, name: ScreenName): void {
	const mine = {...own, back: keys.back};
	useKeys(keys.override ?? (keys.held ? hold(mine, keys.held) : mine), keys.override ? (keys.override.screen ?? 'quiz-leave') : name);
}

/** The same handlers, doing nothing while `held()`. */
function hold(handlers: Handlers, held: () => boolean): Handlers {
	const out: Record<string, unknown> = {...handlers};
	for (const [name, handler] of Object.entries(handlers)) {
		if (typeof handler !== 'function') continue;
		const run = handler as (...args: unknown[]) => void;
		out[name] = (...args: unknown[]) => {
			if (!held()) run(...args);
		};
	}
	return out as Handlers;
}

/** The lines above a question's choices: its hint (or a warning instead) and any rule to state. */
export function headLines(hint: string | undefined, warning: string | undefined, notes: string[], columns: number): Line[] {
	const top = warning ?? hint;
	return [
		...(top ? wrap(top, columns).map((text) => ({text, color: warning ? theme.warn : theme.muted})) : []),
		...notes.flatMap((note) => wrap(note, columns).map((text) => ({text, color: theme.muted}))),
	];
}
