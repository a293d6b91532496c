/*
 * A quiz or review session as a pure state machine: which item is up,
 * whether the learner is answering it or reading the feedback, and each
 * result so far. The screen holds it in a reducer and saves each result the
 * reducer accepts.
 *
 * Honest scores rest on three rules kept here, not in the screen:
 * - an item takes one answer per attempt: once answered, further answers are
 *   ignored until the learner moves on, and nothing takes an answer back;
 * - a blank answer (nothing picked, steps left as shown) is no answer;
 * - keys that came in the same read as the answer (a burst of Enter, a paste)
 *   never move past the feedback: moving on takes a key press of its own.
 */
import type {QuizItem} from '../content/schema.js';
import type {Confidence} from '../progress/progress-doc.js';
import {type Answer, type Grade, grade, isBlank, misconceptionOf} from './grade.js';
import type {ExamInfo} from './exam.js';
import {present, seedOf} from './present.js';

export type ItemRef = {
	pack: string;
	item: string;
	/** A remediation item: the misconception (of its pack) it checks. */
	remedy?: string | undefined;
	/** A scenario item's seed, where the session fixes it (else each showing draws a fresh one). */
	seed?: number | undefined;
};
export type Result = Grade & {
	/** One id per item per attempt: the store keeps the first answer under it. */
	answerId: string;
	answer: Answer;
	ms: number;
	/** The misconception the learner's mistake shows, if any. */
	misconception?: string | undefined;
	/** How sure the learner said they were, if asked. */
	confidence?: Confidence | undefined;
};

export type Session = {
	id: string;
	mode: 'quiz' | 'review' | 'exam';
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
	/** Practice (a retry of missed items, a short quiz): its score is not a chapter score. */
	practice?: 'retry' | 'short' | undefined;
	/** The chapter run recorded when the quiz was finished. */
	runId?: string | undefined;
	/** A review: how many more were due but left for later days by the daily cap. */
	heldBack?: number | undefined;
	/** A review: how many more are due today than fitted this session (another session takes them). */
	later?: number | undefined;
	/** Which read of the terminal's input answered the current item. */
	answeredInput?: number | undefined;
	/** An exam's limit, seed and end (exam.ts runs it). */
	exam?: ExamInfo | undefined;
};

export type SessionAction =
	| {type: 'answered'; item: QuizItem; answer: Answer; now: number; input: number; confidence?: Confidence | undefined}
	| {type: 'next'; now: number; input: number}
	| {type: 'run-recorded'; id: string};

export function startSession(
	id: string,
	mode: Session['mode'],
	items: ItemRef[],
	now: number,
	options: {pack?: string | undefined; practice?: Session['practice']; heldBack?: number; later?: number} = {},
): Session {
	return {
		practice: options.practice,
		heldBack: options.heldBack,
		...(options.later ? {later: options.later} : {}),
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

/** How an item of this session is laid out (seeded by the session, so a resume shows the same). */
export const presentationOf = (s: Session, item: QuizItem) => present(item, seedOf(`${s.id}/${item.id}`));

export function sessionReducer(s: Session, action: SessionAction): Session {
	switch (action.type) {
		case 'answered': {
			const {item, answer} = action;
			if (s.phase !== 'answering' || s.results[s.index] !== undefined) return s;
			if (s.items[s.index]?.item !== item.id || isBlank(answer, presentationOf(s, item))) return s;
			const graded = grade(item, answer);
			const ms = Math.max(0, action.now - s.itemStartedAt);
			const results = [...s.results];
			results[s.index] = {
				...graded,
				answerId: `${s.id}:${s.index}`,
				answer,
				ms,
				misconception: misconceptionOf(item, answer, graded)?.id,
				...(action.confidence === undefined ? {} : {confidence: action.confidence}),
			};
			// A review brings a missed item back once at the end (its relearning step), then it follows its schedule.
			const ref = s.items[s.index]!;
			const again = s.mode === 'review' && !graded.correct && s.items.filter((x) => x.pack === ref.pack && x.item === ref.item).length < 2;
			const more = again ? {items: [...s.items, ref], results: [...results, undefined]} : {results};
			return {...s, ...more, phase: 'feedback', answeringMs: s.answeringMs + ms, answeredInput: action.input};
		}
		case 'next': {
			if (s.phase !== 'feedback' || action.input === s.answeredInput) return s;
			const index = s.index + 1;
			if (index >= s.items.length) return {...s, phase: 'done', answeredInput: undefined};
			return {...s, index, phase: 'answering', itemStartedAt: action.now, answeredInput: undefined};
		}
		case 'run-recorded':
			return {...s, runId: action.id};
	}
}

export function scoreOf(s: Session): {correct: number; total: number} {
	return {correct: s.results.filter((r) => r?.correct).length, total: s.items.length};
}

/** How many items have an answer. */
export const answeredCount = (s: Session) => s.results.filter((r) => r !== undefined).length;

export function missed(s: Session): ItemRef[] {
	return s.items.filter((_, i) => !s.results[i]?.correct);
}

/** True for the first item of its kind in the session: where the partial-credit rule is stated. */
export function firstOfKind(s: Session, index: number, kindOf: (ref: ItemRef) => string | undefined): boolean {
	const kind = kindOf(s.items[index]!);
	return s.items.slice(0, index).every((ref) => kindOf(ref) !== kind);
}
