import type {Rating} from './progress-doc.js';

/**
 * The review rating an answer earns, from correctness and time, so the
 * learner never has to rate themselves: wrong → again (1); right but slow →
 * hard (2); right → good (3); right and quick → easy (4). Partial credit of at
 * least half on a wrong answer still counts as a lapse: the item comes back soon.
 */
export function ratingFor(result: {correct: boolean; score: number}, ms: number, thresholds = {quickMs: 8_000, slowMs: 45_000}): Rating {
	if (!result.correct) return 1;
	if (ms <= thresholds.quickMs) return 4;
	if (ms >= thresholds.slowMs) return 2;
	return 3;
}
