import {type Answered, type Derived, derive} from './derive.js';
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
/** Answers and right answers per level (low, medium, high). */
type Tally = {count: [number, number, number]; right: [number, number, number]};

function tally(answers: Iterable<Rated>, into: Tally = {count: [0, 0, 0], right: [0, 0, 0]}): Tally {
	for (const a of answers) {
		const i = a.confidence === undefined ? -1 : a.confidence - 1;
		if (i < 0 || i > 2) continue;
		into.count[i]! += 1;
		if (a.correct) into.right[i]! += 1;
	}
	return into;
}

/** Calibration of any list of answers (a session's, an exam's, or the whole log's). */
export function calibrationOf(answers: Iterable<Rated>): Calibration {
	return fromTally(tally(answers));
}

function fromTally(t: Tally): Calibration {
	const levels = ([1, 2, 3] as const).map((confidence) => {
		const count = t.count[confidence - 1]!;
		const right = t.right[confidence - 1]!;
		return {confidence, stated: STATED[confidence], count, right, rate: count > 0 ? right / count : 0};
	});
	const count = levels.reduce((n, l) => n + l.count, 0);
	if (count === 0) return {levels, count, brier: undefined, gap: undefined, error: undefined, verdict: 'too-few'};
	const right = levels.reduce((n, l) => n + l.right, 0);
	const stated = levels.reduce((n, l) => n + l.count * l.stated, 0);
	// Each right answer adds (p − 1)², each wrong one p².
	const squares = levels.reduce((n, l) => n + l.right * (l.stated - 1) ** 2 + (l.count - l.right) * l.stated ** 2, 0);
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

/*
 * Each item's tally is kept while its answers are the same list (derive.ts
 * reuses an item's list until its answers change), so after one more answer
 * only that item is counted again, not the whole log.
 */
const tallies = new WeakMap<readonly Answered[], Tally>();

/** The learner's calibration over every answer that counts (quiz, review and scenario items). */
export function learnerCalibration(doc: ProgressDoc, now: number, derived: Derived = derive(doc, now)): Calibration {
	const total: Tally = {count: [0, 0, 0], right: [0, 0, 0]};
	for (const facts of derived.items.values()) {
		let t = tallies.get(facts.answers);
		if (!t) {
			t = tally(facts.answers);
			tallies.set(facts.answers, t);
		}
		for (let i = 0; i < 3; i++) {
			total.count[i]! += t.count[i]!;
			total.right[i]! += t.right[i]!;
		}
	}
	return fromTally(total);
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
