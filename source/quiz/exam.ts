/*
 * An exam: a timed test across chapters. Pure: which items (balanced across
 * the chosen chapters, interleaved, reproducible from a seed) and how a
 * session runs against a clock passed in.
 *
 * An exam does not teach mid-way: an answer is taken and the next item comes
 * at once, with no feedback and no card to open; everything is shown on the
 * result screen. Time is the exam's whole length, not per item: when it runs
 * out the exam ends and the items not reached count as wrong (and are listed
 * as not answered).
 */
import type {Confidence, ExamRecord} from '../progress/progress-doc.js';
import {interleave} from './interleave.js';
import {seedOf, shuffledIndexes} from './present.js';
import {type ItemRef, type Session, type SessionAction, sessionReducer, startSession} from './session.js';

/** A chapter an exam can draw from: its pack id and its quiz item ids. */
export type ExamChapter = {pack: string; items: readonly string[]};

export const EXAM_DEFAULT_ITEMS = 20;
export const EXAM_DEFAULT_MINUTES = 20;
export const EXAM_MAX_ITEMS = 100;
export const EXAM_MAX_MINUTES = 180;

/** A seed from the time an exam starts (any number works: the seed alone reproduces the selection). */
export const examSeed = (now: number) => seedOf(`exam/${now}`);

/**
 * `size` items from the chapters, as even across them as their items allow
 * (counts differ by at most one, except where a chapter runs out), each
 * chapter's items and which chapters get the one extra drawn from the seed,
 * then interleaved so no two of a chapter sit side by side where avoidable.
 */
export function selectExam(chapters: readonly ExamChapter[], size: number, seed: number): ItemRef[] {
	const pool = chapters.filter((c) => c.items.length > 0);
	const order = shuffledIndexes(pool.length, seed).map((i) => pool[i]!);
	const queues = order.map((c) =>
		shuffledIndexes(c.items.length, seedOf(`${seed}/${c.pack}`)).map((i) => ({pack: c.pack, item: c.items[i]!})),
	);
	const total = queues.reduce((n, q) => n + q.length, 0);
	const picked: ItemRef[] = [];
	// Round robin: one item per chapter per round, so no chapter gets a second before every other has had one.
	for (let round = 0; picked.length < Math.min(size, total); round++) {
		for (const queue of queues) {
			const ref = queue[round];
			if (ref && picked.length < size) picked.push(ref);
		}
	}
	return interleave(picked, (ref) => ref.pack);
}

/** What an exam session carries besides a quiz session's fields. */
export type ExamInfo = {
	limitMs: number;
	seed: number;
	/** The chapters it was drawn from (pack ids). */
	chapters: string[];
	/** When it ended and why: time ran out, or the learner handed it in early. */
	endedAt?: number | undefined;
	ended?: 'time' | 'early' | 'all' | undefined;
};

export function startExam(
	id: string,
	chapters: readonly ExamChapter[],
	options: {size: number; limitMs: number; now: number; seed?: number},
): Session {
	const seed = options.seed ?? examSeed(options.now);
	const items = selectExam(chapters, options.size, seed);
	const session = startSession(id, 'exam', items, options.now);
	return {...session, exam: {limitMs: options.limitMs, seed, chapters: chapters.map((c) => c.pack)}};
}

export type ExamAction = SessionAction | {type: 'tick'; now: number} | {type: 'finish'; now: number};

/** When the exam's time is up. */
export const deadlineOf = (s: Session) => s.startedAt + (s.exam?.limitMs ?? Number.POSITIVE_INFINITY);

/** Milliseconds left, never below 0. */
export const remainingMs = (s: Session, now: number) => Math.max(0, deadlineOf(s) - (s.exam?.endedAt ?? now));

function end(s: Session, at: number, ended: NonNullable<ExamInfo['ended']>): Session {
	return {...s, phase: 'done', answeredInput: undefined, exam: s.exam && {...s.exam, endedAt: Math.min(at, deadlineOf(s)), ended}};
}

/**
 * An exam's step: every action first checks the clock (past the deadline the
 * exam is over and nothing more is taken); an answer moves straight on to the
 * next item. Keys that came in the same read as an answer never answer the
 * next item too (a burst of Enter does not hand in blanks).
 */
export function examReducer(s: Session, action: ExamAction): Session {
	if (s.mode !== 'exam') return action.type === 'tick' || action.type === 'finish' ? s : sessionReducer(s, action);
	if (action.type === 'run-recorded') return sessionReducer(s, action);
	if (s.phase === 'done') return s;
	if ('now' in action && action.now >= deadlineOf(s)) return end(s, action.now, 'time');
	switch (action.type) {
		case 'tick':
		case 'next':
			return s;
		case 'finish':
			return end(s, action.now, 'early');
		case 'answered': {
			if (action.input === s.answeredInput) return s;
			const after = sessionReducer(s, action);
			if (after === s) return s;
			const index = s.index + 1;
			if (index >= s.items.length) return end({...after, answeredInput: action.input}, action.now, 'all');
			return {...after, index, phase: 'answering', itemStartedAt: action.now, answeredInput: action.input};
		}
	}
}

/** The session's reducer for any mode: an exam's clock and flow, or a quiz's. */
export const reduceSession = (s: Session, action: ExamAction) =>
	s.mode === 'exam' ? examReducer(s, action) : sessionReducer(s, action as SessionAction);

/**
 * Whether the confidence step must be answered (not skipped) before an answer
 * counts: always in an exam, whatever the setting, since its calibration is
 * part of the result.
 */
export const confidenceRequired = (s: Session) => s.mode === 'exam';

/**
 * A finished exam as it is stored: each item right or not, its partial
 * credit, time and confidence; an item not answered is wrong with 0 ms.
 */
export function examRecordOf(s: Session): ExamRecord | undefined {
	if (s.mode !== 'exam' || s.phase !== 'done' || !s.exam) return undefined;
	const endedAt = s.exam.endedAt ?? s.startedAt;
	return {
		at: s.startedAt,
		ms: Math.max(0, endedAt - s.startedAt),
		limitMs: s.exam.limitMs,
		chapters: s.exam.chapters,
		items: s.items.map((ref, i) => {
			const r = s.results[i];
			if (!r) return {pack: ref.pack, item: ref.item, correct: false, score: 0, ms: 0};
			// The confidence step (where it has run) adds the learner's confidence to the result.
			const confidence = (r as {confidence?: Confidence}).confidence;
			return {
				pack: ref.pack,
				item: ref.item,
				correct: r.correct,
				score: r.score,
				ms: Math.max(1, r.ms),
				...(confidence ? {confidence} : {}),
			};
		}),
	};
}
