/*
 * The progress document. Every field merges without loss when two terminals
 * save at once: choices are last-writer-wins registers stamped with the time
 * they were made; answers, quiz runs, undos and resets are logs keyed by a
 * unique id (a union); timestamps and counters keep their maximum.
 * merge() is commutative, associative and idempotent, so saving =
 * merge(disk, mine) never drops the other terminal's work.
 *
 * Nothing derived is stored: scores, review schedules, streaks and XP are
 * computed from the logs (source/progress/), so they can never disagree with them.
 *
 * Plain TypeScript on purpose: the screens use these helpers from the first
 * frame, and the validator (zod, in progress-schema.ts) loads with the store.
 */

export const CURRENT_VERSION = 5;

export type Register<T> = {value: T; at: number};

export type ChapterProgress = {
	known: Record<string, Register<boolean>>;
	/** Card id → when it was last viewed. */
	seen: Record<string, number>;
	position?: Register<string> | undefined;
};

/** FSRS ratings: 1 again, 2 hard, 3 good, 4 easy. */
export type Rating = 1 | 2 | 3 | 4;

/** How sure the learner said they were before seeing the feedback: 1 low, 2 medium, 3 high. */
export type Confidence = 1 | 2 | 3;

export type AnswerRecord = {
	pack: string;
	item: string;
	/** When it was answered (ms since the epoch) and how long it took. */
	at: number;
	ms: number;
	correct: boolean;
	/** Partial credit in [0, 1]. */
	score: number;
	/** The review rating this answer earned, fixed when it was given. */
	rating: Rating;
	mode: 'quiz' | 'review';
	/** The chapter quiz run it belongs to. */
	run?: string | undefined;
	/** The wrong idea a wrong answer reveals (the item's tag). */
	misconception?: string | undefined;
	/** How sure the learner was, if asked. */
	confidence?: Confidence | undefined;
	/** A scenario item's seed: the simulation run it asked about. */
	seed?: number | undefined;
};

export type QuizRun = {pack: string; at: number; correct: number; total: number; ms: number};

/** A reset of one chapter's progress (`scope` = pack id) or of everything (`*`). */
export type Reset = {scope: string; at: number};

export type Settings = {
	lang?: Register<'ko' | 'en'> | undefined;
	/** Most reviews and most new items a day. */
	reviewCap?: Register<number> | undefined;
	newCap?: Register<number> | undefined;
	/** FSRS desired retention (0.85–0.95; default 0.9). */
	retention?: Register<number> | undefined;
	/** Longest review interval in days (default 365). */
	maxInterval?: Register<number> | undefined;
	/** Whether each answer asks how sure the learner is (default yes). */
	askConfidence?: Register<boolean> | undefined;
};

/** One item of a finished exam. */
export type ExamItem = {pack: string; item: string; correct: boolean; score: number; ms: number; confidence?: Confidence | undefined};

/** A finished (or timed-out) exam: when, how long it allowed and took, which chapters, each item. */
export type ExamRecord = {at: number; ms: number; limitMs: number; chapters: string[]; items: ExamItem[]};

export type ProgressDoc = {
	version: typeof CURRENT_VERSION;
	settings: Settings;
	chapters: Record<string, ChapterProgress>;
	/** Answers of the last day or so, by a unique id. */
	answers: Record<string, AnswerRecord>;
	/** Older answers, packed per item (pack → item → rows; see archive.ts). */
	archive: Record<string, Record<string, string>>;
	/** Every finished chapter quiz, by id. */
	runs: Record<string, QuizRun>;
	/** Answers taken back (answer id → when). */
	undone: Record<string, number>;
	resets: Record<string, Reset>;
	/** Time studied: one entry per run of the program (id → start and length). */
	sessions: Record<string, {start: number; ms: number}>;
	/** Simulation challenges met ("pack/sim/challenge" → when first met). */
	challenges: Record<string, number>;
	/** Predictions made before a simulation run, and how close they came. */
	predictions: Record<string, Prediction>;
	/** Finished exams, by id. */
	exams: Record<string, ExamRecord>;
};

export type Prediction = {pack: string; sim: string; metric: string; predicted: number; actual: number; score: number; at: number};

/** How many of a pack's challenges ("sim/challenge") have been met, by a time (later records do not count yet). */
export function challengesMet(doc: ProgressDoc, pack: string, challengeIds: readonly string[], now: number): number {
	let met = 0;
	for (const id of challengeIds) {
		const at = own(doc.challenges, `${pack}/${id}`);
		if (at !== undefined && at <= now + CLOCK_SKEW_MS) met++;
	}
	return met;
}

export function emptyDoc(): ProgressDoc {
	return {
		version: CURRENT_VERSION,
		settings: {},
		chapters: {},
		answers: {},
		archive: {},
		runs: {},
		undone: {},
		resets: {},
		sessions: {},
		challenges: {},
		predictions: {},
		exams: {},
	};
}

export function emptyChapter(): ChapterProgress {
	return {known: {}, seen: {}};
}

/** A record's own entry: ids such as `__proto__`, `constructor` or `toString` are plain ids, never inherited members. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an entry as a plain own property (an assignment to `__proto__` would set the prototype instead). */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}

export {merge} from './merge.js';

// Small pure edits the screens make; `at` is the wall-clock time of the change.

/**
 * How far ahead of this machine's clock a record may be dated and still count
 * (another machine's clock may run a little fast). Anything later is ignored
 * when reading and refused on import.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;

/** Scope (pack id or `*`) → the latest reset of it, leaving out resets dated after `limit`. */
export function resetTimes(doc: ProgressDoc, limit: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const r of Object.values(doc.resets)) if (r.at <= limit && r.at > (out.get(r.scope) ?? 0)) out.set(r.scope, r.at);
	return out;
}

/** The latest reset that covers a pack (or everything), as a time; 0 if none. Future-dated resets are ignored. */
export function resetAt(doc: ProgressDoc, pack: string | undefined, now = Date.now()): number {
	const resets = resetTimes(doc, now + CLOCK_SKEW_MS);
	return Math.max(resets.get('*') ?? 0, pack === undefined ? 0 : (resets.get(pack) ?? 0));
}

/** A chapter's cards as the learner left them, with anything before a reset dropped. */
export function chapterOf(doc: ProgressDoc, packId: string, now = Date.now()): ChapterProgress {
	const raw = own(doc.chapters, packId);
	if (!raw) return emptyChapter();
	const since = resetAt(doc, packId, now);
	if (since === 0) return raw;
	const known = Object.fromEntries(Object.entries(raw.known).filter(([, r]) => r.at >= since)) as ChapterProgress['known'];
	const seen = Object.fromEntries(Object.entries(raw.seen).filter(([, at]) => at >= since)) as ChapterProgress['seen'];
	return {known, seen, ...(raw.position && raw.position.at >= since ? {position: raw.position} : {})};
}

function withChapter(doc: ProgressDoc, packId: string, edit: (c: ChapterProgress) => ChapterProgress): ProgressDoc {
	return {...doc, chapters: {...doc.chapters, [packId]: edit(own(doc.chapters, packId) ?? emptyChapter())}};
}

/**
 * A new choice is dated after the one it replaces even when that one carries
 * a future date (a clock that ran ahead, a hostile import), so no register is
 * ever locked: the learner's last choice always wins the merge.
 */
const after = (at: number, old: Register<unknown> | undefined) => Math.max(at, (old?.at ?? -1) + 1);

export function setKnown(doc: ProgressDoc, packId: string, cardId: string, known: boolean, at: number): ProgressDoc {
	return withChapter(doc, packId, (c) => ({...c, known: {...c.known, [cardId]: {value: known, at: after(at, own(c.known, cardId))}}}));
}

export function viewCard(doc: ProgressDoc, packId: string, cardId: string, at: number): ProgressDoc {
	return withChapter(doc, packId, (c) => ({...c, seen: {...c.seen, [cardId]: at}, position: {value: cardId, at: after(at, c.position)}}));
}

export function setSetting<K extends keyof Settings>(
	doc: ProgressDoc,
	key: K,
	value: NonNullable<Settings[K]>['value'],
	at: number,
): ProgressDoc {
	return {...doc, settings: {...doc.settings, [key]: {value, at: after(at, doc.settings[key])}}};
}

export function setLang(doc: ProgressDoc, lang: 'ko' | 'en', at: number): ProgressDoc {
	return setSetting(doc, 'lang', lang, at);
}

export function isKnown(doc: ProgressDoc, packId: string, cardId: string): boolean {
	return own(chapterOf(doc, packId).known, cardId)?.value === true;
}

export function knownCount(doc: ProgressDoc, packId: string, cardIds: string[], now = Date.now()): number {
	const known = chapterOf(doc, packId, now).known;
	return cardIds.filter((id) => own(known, id)?.value === true).length;
}

export function addAnswer(doc: ProgressDoc, id: string, answer: AnswerRecord): ProgressDoc {
	return {...doc, answers: {...doc.answers, [id]: answer}};
}

export function undoAnswer(doc: ProgressDoc, id: string, at: number): ProgressDoc {
	return {...doc, undone: {...doc.undone, [id]: at}};
}

export function addRun(doc: ProgressDoc, id: string, run: QuizRun): ProgressDoc {
	return {...doc, runs: {...doc.runs, [id]: run}};
}

export function addReset(doc: ProgressDoc, id: string, reset: Reset): ProgressDoc {
	return {...doc, resets: {...doc.resets, [id]: reset}};
}

export function recordSession(doc: ProgressDoc, id: string, start: number, ms: number): ProgressDoc {
	return {...doc, sessions: {...doc.sessions, [id]: {start, ms}}};
}

export function meetChallenge(doc: ProgressDoc, key: string, at: number): ProgressDoc {
	if (own(doc.challenges, key) !== undefined) return doc;
	return {...doc, challenges: {...doc.challenges, [key]: at}};
}

export function addPrediction(doc: ProgressDoc, id: string, prediction: Prediction): ProgressDoc {
	return {...doc, predictions: {...doc.predictions, [id]: prediction}};
}
