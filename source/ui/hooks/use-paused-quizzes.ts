import {useState} from 'react';
import type {Session} from '../../quiz/session.js';

/** Where a quiz left half-way is kept: its chapter, or 'review' for a review. */
export const pausedKey = (s: Session) => (s.mode === 'review' ? 'review' : (s.pack ?? 'review'));

/**
 * Quizzes left half-way (Esc, then "leave"), kept for the run: one per chapter
 * and one review, each coming back as it was until finished or abandoned.
 */
export function usePausedQuizzes() {
	const [paused, setPaused] = useState<Record<string, Session>>({});
	return {
		get: (key: string): Session | undefined => paused[key],
		/** Keeps the session to resume later, or (abandoned) forgets it. */
		leave: (session: Session, keep: boolean) =>
			setPaused(({[pausedKey(session)]: _, ...rest}) => (keep ? {...rest, [pausedKey(session)]: session} : rest)),
		/** Takes a kept session out, to go on with it. */
		take: (key: string): Session | undefined => {
			const session = paused[key];
			if (session) setPaused(({[key]: _, ...rest}) => rest);
			return session;
		},
	};
}
