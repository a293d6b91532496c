import type {Confidence, Rating} from './progress-doc.js';

/**
 * The review rating an answer earns, from correctness, time and (if the
 * learner said) how sure they were, so the learner never rates themselves:
 * - wrong → again (1), however sure; partial credit of at least half on a
 *   wrong answer still counts as a lapse: the item comes back soon;
 * - right but slow → hard (2);
 * - right with low confidence → hard (2): a lucky guess is weakly learned;
 * - right and quick → easy (4) only when sure: with high confidence, or when
 *   no confidence was given (as before confidence was asked); right and quick
 *   but only fairly sure (medium) → good (3);
 * - otherwise right → good (3).
 *
 *   confidence │ quick  between  slow
 *   none       │ easy   good     hard
 *   low        │ hard   hard     hard
 *   medium     │ good   good     hard
 *   high       │ easy   good     hard
 */
export function ratingFor(
	result: {correct: boolean; score: number},
	ms: number,
	confidence?: Confidence,
	thresholds = {quickMs: 8_000, slowMs: 45_000},
): Rating {
	if (!result.correct) return 1;
	if (ms >= thresholds.slowMs || confidence === 1) return 2;
	if (ms <= thresholds.quickMs && confidence !== 2) return 4;
	return 3;
}
