/*
 * Finished exams and what is derived from them: score, score per chapter,
 * calibration (Brier), time per item, and the history over time.
 *
 * Exams are kept apart from the answer log on purpose: an exam measures, it
 * does not study, so its answers move no review schedule, no mastery and no
 * XP. That keeps the score record trustworthy (nothing to gain by taking an
 * exam again and again) and keeps a bad day in an exam from resetting cards.
 *
 * In a stored ExamItem, `ms: 0` means not answered (time ran out or the exam
 * was handed in early); an answered item is stored with at least 1 ms.
 */
import type {Confidence, ExamItem, ExamRecord, ProgressDoc} from './progress-doc.js';
import {CLOCK_SKEW_MS, resetAt} from './progress-doc.js';

export function addExam(doc: ProgressDoc, id: string, exam: ExamRecord): ProgressDoc {
	return {...doc, exams: {...doc.exams, [id]: exam}};
}

export const isAnswered = (item: ExamItem) => item.ms > 0;

/**
 * The chance of being right a confidence stands for: low 0.5 (a coin flip),
 * medium 0.75 ("probably"), high 0.95 ("I would bet on it"). The same fixed
 * values as the calibration in stats, which will own them: once
 * source/progress/calibration.ts is in, this should use its STATED.
 */
export const CONFIDENCE_P: Record<Confidence, number> = {1: 0.5, 2: 0.75, 3: 0.95};

/**
 * The Brier score of answers given with a confidence: the mean of
 * (p − outcome)², where p is the confidence as a probability and outcome 1 for
 * right, 0 for wrong. 0 is perfect; always saying "a coin flip" scores 0.25.
 * Undefined when no answer carries a confidence.
 */
export function brierScore(answers: readonly {correct: boolean; confidence?: Confidence | undefined}[]): number | undefined {
	let sum = 0;
	let n = 0;
	for (const a of answers) {
		if (a.confidence === undefined) continue;
		const p = CONFIDENCE_P[a.confidence];
		sum += (p - (a.correct ? 1 : 0)) ** 2;
		n++;
	}
	return n > 0 ? sum / n : undefined;
}

export type ExamChapterScore = {pack: string; correct: number; total: number};

export type ExamSummary = {
	correct: number;
	total: number;
	answered: number;
	/** Fraction of all items right (unanswered items count as wrong). */
	score: number;
	brier?: number | undefined;
	/** Per chapter, in the order the exam lists its chapters. */
	chapters: ExamChapterScore[];
	/** Median time of an answered item, and the slowest one. */
	medianMs?: number | undefined;
	slowest?: {pack: string; item: string; ms: number} | undefined;
	/** Items not right (wrong, partly right, or not answered), in exam order. */
	missed: ExamItem[];
};

export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarizeExam(exam: ExamRecord): ExamSummary {
	const answered = exam.items.filter(isAnswered);
	const correct = exam.items.filter((i) => i.correct).length;
	const chapters = exam.chapters
		.map((pack) => {
			const mine = exam.items.filter((i) => i.pack === pack);
			return {pack, correct: mine.filter((i) => i.correct).length, total: mine.length};
		})
		.filter((c) => c.total > 0);
	const slowest = answered.reduce<ExamItem | undefined>((worst, i) => (worst === undefined || i.ms > worst.ms ? i : worst), undefined);
	return {
		correct,
		total: exam.items.length,
		answered: answered.length,
		score: exam.items.length > 0 ? correct / exam.items.length : 0,
		brier: brierScore(answered),
		chapters,
		medianMs: median(answered.map((i) => i.ms)),
		slowest: slowest && {pack: slowest.pack, item: slowest.item, ms: slowest.ms},
		missed: exam.items.filter((i) => !i.correct),
	};
}

/** One exam as stats (and `stats --json`) show it. */
export type ExamEntry = {
	id: string;
	at: number;
	chapters: string[];
	score: number;
	correct: number;
	items: number;
	answered: number;
	brier?: number | undefined;
	ms: number;
	limitMs: number;
};

export function examEntry(id: string, e: ExamRecord): ExamEntry {
	const s = summarizeExam(e);
	return {
		id,
		at: e.at,
		chapters: e.chapters,
		score: s.score,
		correct: s.correct,
		items: s.total,
		answered: s.answered,
		...(s.brier === undefined ? {} : {brier: s.brier}),
		ms: e.ms,
		limitMs: e.limitMs,
	};
}

/** The exams that count, oldest first: none from before a reset of everything, none dated in the future. */
export function examHistory(doc: ProgressDoc, now: number): ExamEntry[] {
	const since = resetAt(doc, undefined, now);
	return Object.entries(doc.exams)
		.filter(([, e]) => e.at >= since && e.at <= now + CLOCK_SKEW_MS)
		.map(([id, e]) => examEntry(id, e))
		.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
