/*
 * A quiz or review session as a pure state machine: which item is up,
 * whether the learner is answering it or reading the feedback, and each
 * result so far. The screen holds it in a reducer; saving answers is the
 * screen's business.
 */

export type ItemRef = {pack: string; item: string};
export type Result = {answerId: string; correct: boolean; score: number};

export type Session = {
	id: string;
	mode: 'quiz' | 'review';
	/** The chapter, for a chapter quiz. */
	pack?: string | undefined;
	items: ItemRef[];
	index: number;
	results: (Result | undefined)[];
	phase: 'answering' | 'feedback' | 'done';
	startedAt: number;
	itemStartedAt: number;
	/** Time spent answering, summed over items. */
	answeringMs: number;
	/** A retry of missed items: its score is not a chapter score. */
	retry: boolean;
	/** The chapter run recorded when the quiz was finished (taken back by an undo). */
	runId?: string | undefined;
	/** A review: how many more were due but left for later days by the daily cap. */
	heldBack?: number | undefined;
};

export type SessionAction =
	| {type: 'answered'; result: Result; now: number}
	| {type: 'next'; now: number}
	| {type: 'undo'; now: number}
	| {type: 'run-recorded'; id: string};

export function startSession(
	id: string,
	mode: Session['mode'],
	items: ItemRef[],
	now: number,
	options: {pack?: string; retry?: boolean; heldBack?: number} = {},
): Session {
	return {
		retry: options.retry ?? false,
		heldBack: options.heldBack,
		id,
		mode,
		pack: options.pack,
		items,
		index: 0,
		results: items.map(() => undefined),
		phase: items.length > 0 ? 'answering' : 'done',
		startedAt: now,
		itemStartedAt: now,
		answeringMs: 0,
	};
}

export function sessionReducer(s: Session, action: SessionAction): Session {
	switch (action.type) {
		case 'answered': {
			if (s.phase !== 'answering') return s;
			const results = [...s.results];
			results[s.index] = action.result;
			return {...s, results, phase: 'feedback', answeringMs: s.answeringMs + (action.now - s.itemStartedAt)};
		}
		case 'next': {
			if (s.phase !== 'feedback') return s;
			const index = s.index + 1;
			if (index >= s.items.length) return {...s, phase: 'done'};
			return {...s, index, phase: 'answering', itemStartedAt: action.now};
		}
		case 'undo': {
			// Back to the item answered last: from its feedback, or from the score screen.
			const last = s.phase === 'done' ? s.items.length - 1 : s.index;
			if (s.phase === 'answering' || s.results[last] === undefined) return s;
			const results = [...s.results];
			results[last] = undefined;
			return {...s, index: last, results, phase: 'answering', itemStartedAt: action.now, runId: undefined};
		}
		case 'run-recorded':
			return {...s, runId: action.id};
	}
}

/** The answer an undo takes back, if there is one. */
export function lastAnswerId(s: Session): string | undefined {
	const last = s.phase === 'done' ? s.items.length - 1 : s.index;
	return s.phase === 'answering' ? undefined : s.results[last]?.answerId;
}

export function scoreOf(s: Session): {correct: number; total: number} {
	return {correct: s.results.filter((r) => r?.correct).length, total: s.items.length};
}

export function missed(s: Session): ItemRef[] {
	return s.items.filter((_, i) => !s.results[i]?.correct);
}
