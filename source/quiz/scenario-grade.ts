/*
 * How a scenario answer is rated and recorded. Kept apart from the question
 * builder (scenario.ts), which runs the engines: the quiz screen rates every
 * answer from here without loading any simulation.
 */
import type {AnswerRecord, Confidence, Rating} from '../progress/progress-doc.js';
import {ratingFor} from '../progress/rating.js';
import {scenarioItemId} from '../progress/scenario-id.js';

/**
 * A scenario review's rating: outside the tolerance (or a wrong choice) →
 * again; after a hint → hard; quick and sure → easy (as quickness rates any
 * answer, and not when the learner said they were unsure); else good.
 */
export function scenarioRating(
	result: {correct: boolean; score: number},
	ms: number,
	options: {hinted?: boolean; confidence?: Confidence | undefined} = {},
): Rating {
	if (!result.correct) return 1;
	if (options.hinted) return 2;
	const quick = ratingFor(result, ms) === 4;
	return quick && (options.confidence === undefined || options.confidence === 3) ? 4 : 3;
}

/**
 * The first answer of a scenario item, recorded when the learner makes a
 * prediction or meets a challenge on the simulation screen: it puts the item
 * on the review schedule. Right → good; a prediction outside the tolerance →
 * again (it comes back soon). It earns no XP (see derive.ts): a challenge
 * already gave its XP, and a prediction gives none.
 */
export function firstScenarioAnswer(
	at: {pack: string; sim: string; target: string},
	correct: boolean,
	seed: number,
	now: number,
): AnswerRecord {
	return {
		pack: at.pack,
		item: scenarioItemId(at.sim, at.target),
		at: now,
		ms: 0,
		correct,
		score: correct ? 1 : 0,
		rating: correct ? 3 : 1,
		mode: 'quiz',
		seed,
	};
}
