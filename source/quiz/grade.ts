import type {QuizItem} from '../content/schema.js';
import type {Presentation} from './present.js';

/**
 * What a learner answered, in the item's own terms (indexes into the item as
 * written in the pack, not as shuffled on screen).
 */
export type Answer =
	| {type: 'single'; choice: number}
	| {type: 'multi'; choices: number[]}
	| {type: 'true-false'; value: boolean}
	/** The steps' original indexes in the order the learner put them. */
	| {type: 'order'; order: number[]}
	/** For each left side i, the index of the right side the learner matched to it. */
	| {type: 'match'; pairs: number[]}
	| {type: 'numeric'; value: number};

/** `score` is partial credit in [0, 1]; only a fully right answer is `correct`. */
export type Grade = {correct: boolean; score: number};

const full = (correct: boolean): Grade => ({correct, score: correct ? 1 : 0});
const clamp01 = (n: number) => Math.max(0, Math.min(1, n));

export function grade(item: QuizItem, answer: Answer): Grade {
	if (item.type !== answer.type) throw new Error(`answer of type ${answer.type} for a ${item.type} item`);
	switch (item.type) {
		case 'single':
			return full((answer as {choice: number}).choice === item.answer);
		case 'true-false':
			return full((answer as {value: boolean}).value === item.answer);
		case 'numeric': {
			const value = (answer as {value: number}).value;
			// A hair of slack so that 0.1 + 0.2 style float noise never fails an exact answer.
			return full(Number.isFinite(value) && Math.abs(value - item.answer) <= item.tolerance + 1e-9);
		}
		case 'multi':
			return gradeMulti(item.answers, (answer as {choices: number[]}).choices, item.choices.length);
		case 'order':
			return gradeOrder((answer as {order: number[]}).order, item.steps.length);
		case 'match':
			return gradeMatch((answer as {pairs: number[]}).pairs, item.pairs.length);
	}
}

/**
 * Each choice is a yes/no decision: the score is the fraction decided right
 * (a missed right choice and a wrongly picked one each cost one).
 */
function gradeMulti(right: number[], picked: number[], choices: number): Grade {
	const want = new Set(right);
	const got = new Set(picked);
	let decidedRight = 0;
	for (let i = 0; i < choices; i++) if (want.has(i) === got.has(i)) decidedRight++;
	return {correct: decidedRight === choices, score: decidedRight / choices};
}

/**
 * Partial credit by pairwise order: the fraction of step pairs in the right
 * relative order (Kendall tau distance), so one swap of neighbours costs
 * little and a reversed list scores 0.
 */
function gradeOrder(order: number[], steps: number): Grade {
	if (order.length !== steps || new Set(order).size !== steps) return full(false);
	let concordant = 0;
	let pairs = 0;
	for (let i = 0; i < steps; i++) {
		for (let j = i + 1; j < steps; j++) {
			pairs++;
			if (order[i]! < order[j]!) concordant++;
		}
	}
	return {correct: concordant === pairs, score: clamp01(concordant / pairs)};
}

function gradeMatch(pairs: number[], count: number): Grade {
	let right = 0;
	for (let i = 0; i < count; i++) if (pairs[i] === i) right++;
	return {correct: right === count, score: right / count};
}

/**
 * An answer that is no answer: a multiple choice with nothing picked, or the
 * steps left in the shuffled order they were shown in. It is not graded.
 */
export function isBlank(answer: Answer, shown: Presentation): boolean {
	if (answer.type === 'multi') return answer.choices.length === 0;
	if (answer.type === 'order') return answer.order.every((step, i) => step === shown.steps[i]);
	return false;
}

type Misconception = NonNullable<QuizItem['misconception']>;

/**
 * The wrong idea a wrong answer shows. An option's own misconception when the
 * learner picked that option; the item's only where it must be the learner's
 * mistake: any wrong true/false, numeric, order or match answer, or a choice
 * question whose options carry none of their own.
 */
export function misconceptionOf(item: QuizItem, answer: Answer, result: Grade): Misconception | undefined {
	if (result.correct) return undefined;
	if (item.type === 'single' || item.type === 'multi') {
		const tagged = item.choices.some((c) => c.misconception);
		const wrongPicks =
			answer.type === 'single'
				? [answer.choice]
				: answer.type === 'multi'
					? answer.choices.filter((c) => item.type === 'multi' && !item.answers.includes(c))
					: [];
		const own = wrongPicks.map((i) => item.choices[i]?.misconception).find((m) => m !== undefined);
		return own ?? (tagged ? undefined : item.misconception);
	}
	return item.misconception;
}
