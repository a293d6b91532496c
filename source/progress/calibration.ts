import {type Derived, derive} from './derive.js';
import type {Confidence, ProgressDoc} from './progress-doc.js';

/*
 * Calibration: does "sure" mean right? Each confidence level stands for a
 * stated chance of being right, fixed (never fitted to the learner, so it
 * cannot drift to flatter them):
 *   low 0.5 (a coin toss: "I am guessing between two"),
 *   medium 0.75 ("probably"), high 0.95 ("I would bet on it").
 * Over the answers that count (undone ones and ones before a reset are left
 * out, as everywhere) and that carry a confidence, it gives the accuracy per
 * level, the Brier score (mean of (p − outcome)², 0 is perfect, 0.25 is what
 * always saying 0.5 earns) and a verdict. The verdict looks at each level
 * (the calibration error: how far each level's share right is from what it
 * says, weighted by its answers), so "too sure when sure" is not hidden by
 * "not sure enough when unsure"; the sign of the overall gap then says which.
 */

export const STATED: Record<Confidence, number> = {1: 0.5, 2: 0.75, 3: 0.95};
/** Fewer answers with a confidence than this: too few for a verdict. */
export const MIN_FOR_VERDICT = 10;
/** How far the levels may stray (calibration error) and still be called calibrated. */
export const CALIBRATED_WITHIN = 0.1;
/** Beyond that, an overall gap smaller than this is neither over- nor underconfident: mixed. */
export const LEANING = 0.05;

export type CalibrationLevel = {confidence: Confidence; stated: number; count: number; right: number; rate: number};

export type Verdict = 'too-few' | 'over' | 'under' | 'mixed' | 'calibrated';

export type Calibration = {
	/** Low, medium, high (always all three, counts may be 0). */
	levels: CalibrationLevel[];
	/** Answers with a confidence. */
	count: number;
	/** Mean of (stated − outcome)², outcome 1 right and 0 wrong; undefined with no answers. */
	brier: number | undefined;
	/** Mean stated chance minus the share right: above 0 is overconfident. */
	gap: number | undefined;
	/** Calibration error: |stated − share right| per level, weighted by its answers. */
	error: number | undefined;
	verdict: Verdict;
};

type Rated = {correct: boolean; confidence?: Confidence | undefined};

/** Calibration of any list of answers (a session's, an exam's, or the whole log's). */
export function calibrationOf(answers: Iterable<Rated>): Calibration {
	const levels = ([1, 2, 3] as const).map((confidence) => ({confidence, stated: STATED[confidence], count: 0, right: 0, rate: 0}));
	let squares = 0;
	let count = 0;
	let right = 0;
	let stated = 0;
	for (const a of answers) {
		if (a.confidence === undefined) continue;
		const level = levels[a.confidence - 1];
		if (!level) continue;
		const outcome = a.correct ? 1 : 0;
		level.count++;
		level.right += outcome;
		count++;
		right += outcome;
		stated += level.stated;
		squares += (level.stated - outcome) ** 2;
	}
	for (const level of levels) level.rate = level.count > 0 ? level.right / level.count : 0;
	if (count === 0) return {levels, count, brier: undefined, gap: undefined, error: undefined, verdict: 'too-few'};
	const gap = (stated - right) / count;
	const error = levels.reduce((sum, l) => sum + l.count * Math.abs(l.stated - l.rate), 0) / count;
	const verdict: Verdict =
		count < MIN_FOR_VERDICT
			? 'too-few'
			: error <= CALIBRATED_WITHIN
				? 'calibrated'
				: gap > LEANING
					? 'over'
					: gap < -LEANING
						? 'under'
						: 'mixed';
	return {levels, count, brier: squares / count, gap, error, verdict};
}

/** The learner's calibration over every answer that counts (quiz, review and scenario items). */
export function learnerCalibration(doc: ProgressDoc, now: number, derived: Derived = derive(doc, now)): Calibration {
	function* answers() {
		for (const facts of derived.items.values()) yield* facts.answers;
	}
	return calibrationOf(answers());
}

const VERDICT_TEXT: Record<Verdict, string> = {
	'too-few': `too few to judge (under ${MIN_FOR_VERDICT})`,
	over: 'overconfident',
	under: 'underconfident',
	mixed: 'too sure at one level, not sure enough at another',
	calibrated: 'well calibrated',
};

/** One plain line for `sd-trainer stats`. */
export function calibrationLine(c: Calibration): string {
	if (c.brier === undefined) return 'calibration: no answers with a confidence yet';
	const names = ['low', 'medium', 'high'];
	const levels = c.levels.map((l) => `${names[l.confidence - 1]} ${l.right}/${l.count} right (said ${Math.round(l.stated * 100)}%)`);
	return `calibration: ${levels.join(' · ')} · Brier ${c.brier.toFixed(3)} · ${VERDICT_TEXT[c.verdict]}`;
}
