import {describe, expect, it} from 'vitest';
import {compact} from '../../source/progress/archive.js';
import {derive, itemKey} from '../../source/progress/derive.js';
import {addAnswer, type AnswerRecord, emptyDoc, type ProgressDoc} from '../../source/progress/progress-doc.js';
import {chapterProgress} from '../../source/progress/chapter-progress.js';
import {xpOf} from '../../source/progress/xp.js';
import {scenarioRating} from '../../source/quiz/scenario-grade.js';
import {recordScenarioFirsts} from '../../source/quiz/scenario-record.js';
import {freshSeed, SEED_RANGE, seedFor, sessionSeed} from '../../source/quiz/scenario-seed.js';
import {startSession} from '../../source/quiz/session.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);
const ITEM = 'sim:ch-sim:even-load';

describe('a fresh seed for each review', () => {
	it('is in 1…9999, never the seed of the last answer, and the same for the same item and time', () => {
		for (let i = 0; i < 2000; i++) {
			const at = T0 + i * 7919;
			const item = `sim:s${i % 13}:t${i % 7}`;
			const seed = freshSeed(item, at);
			expect(seed).toBeGreaterThanOrEqual(1);
			expect(seed).toBeLessThanOrEqual(SEED_RANGE);
			expect(freshSeed(item, at)).toBe(seed);
			// Asked to avoid exactly the seed it would draw, it draws another.
			expect(freshSeed(item, at, seed)).not.toBe(seed);
			expect(sessionSeed(item, at, 0, seed)).not.toBe(seed);
			// A missed item shown again in the session runs on a seed of its own.
			expect(sessionSeed(item, at, 1, seed)).not.toBe(sessionSeed(item, at, 0, seed));
		}
	});

	it('comes from the session: the last answer before it is avoided, answers during it change nothing', () => {
		const first: AnswerRecord = {
			pack: 'core-algorithms',
			item: ITEM,
			at: T0,
			ms: 0,
			correct: true,
			score: 1,
			rating: 3,
			mode: 'quiz',
			seed: 1,
		};
		const startedAt = T0 + 5 * DAY;
		let doc = addAnswer(emptyDoc(), 'a1', {...first, seed: freshSeed(ITEM, startedAt)});
		const session = startSession('rev', 'review', [{pack: 'core-algorithms', item: ITEM}], startedAt);
		const seed = seedFor(session, doc);
		expect(seed).not.toBe(freshSeed(ITEM, startedAt));
		expect(seed).toBe(freshSeed(ITEM, startedAt, freshSeed(ITEM, startedAt)));
		// Answered now with that seed: the item on screen keeps it.
		doc = addAnswer(doc, 'a2', {...first, at: startedAt + 1000, mode: 'review', seed});
		expect(seedFor(session, doc)).toBe(seed);
		// A seed the session gives is used as it is.
		expect(seedFor(startSession('rev2', 'review', [{pack: 'core-algorithms', item: ITEM, seed: 42}], startedAt), doc)).toBe(42);
	});
});

describe('the first answer, recorded on the simulation screen', () => {
	const events = {pack: 'core-algorithms', sim: 'ch-sim', seed: 3, met: ['even-load']};

	it('puts a met challenge on the schedule as right, with the run seed, once', () => {
		const doc = recordScenarioFirsts(emptyDoc(), events, T0);
		expect(Object.values(doc.answers)).toEqual([
			{pack: 'core-algorithms', item: ITEM, at: T0, ms: 0, correct: true, score: 1, rating: 3, mode: 'quiz', seed: 3},
		]);
		const again = recordScenarioFirsts(doc, {...events, seed: 9}, T0 + DAY);
		expect(Object.keys(again.answers).length).toBe(1);
	});

	it('rates a prediction by the tolerance of its figure (a share predicted as 0–1)', () => {
		const within = recordScenarioFirsts(emptyDoc(), {...events, met: [], prediction: {predicted: 0.1, actual: 0.0885, percent: true}}, T0);
		expect(Object.values(within.answers).map((a) => [a.item, a.correct, a.rating])).toEqual([['sim:ch-sim:predict', true, 3]]);
		const off = recordScenarioFirsts(emptyDoc(), {...events, met: [], prediction: {predicted: 0.2, actual: 0.0885, percent: true}}, T0);
		expect(Object.values(off.answers).map((a) => [a.item, a.correct, a.rating])).toEqual([['sim:ch-sim:predict', false, 1]]);
		// A duration: 240 ms for 200 is within a fifth; 241 is not.
		const ms = (predicted: number) =>
			Object.values(
				recordScenarioFirsts(emptyDoc(), {...events, met: [], prediction: {predicted, actual: 200, unit: 'ms'}}, T0).answers,
			)[0]!.correct;
		expect([ms(240), ms(241)]).toEqual([true, false]);
		// On a command line a prediction starts no item.
		expect(
			Object.keys(recordScenarioFirsts(emptyDoc(), {...events, met: [], prediction: {predicted: 1, actual: 1}}, T0, true).answers),
		).toEqual([]);
	});

	it('gives no XP and leaves chapter mastery alone; a later review earns XP like any review', () => {
		const doc: ProgressDoc = recordScenarioFirsts(emptyDoc(), events, T0);
		expect(xpOf(doc, 0, T0 + 1)).toBe(0);
		const chapter = {id: 'core-algorithms', cardIds: ['ch-ring'], quizIds: ['q1', 'q2']};
		expect(chapterProgress(doc, chapter, T0 + 1)).toMatchObject({answered: 0, right: 0, mastery: 0});
		const review: AnswerRecord = {
			pack: 'core-algorithms',
			item: ITEM,
			at: T0 + 3 * DAY,
			ms: 9000,
			correct: true,
			score: 1,
			rating: 3,
			mode: 'review',
			seed: 77,
		};
		const later = addAnswer(doc, 'r1', review);
		// 10 for the answer, 5 for a right review.
		expect(xpOf(later, 0, T0 + 3 * DAY + 1)).toBe(15);
		expect(
			derive(later, T0 + 3 * DAY + 1)
				.items.get(itemKey('core-algorithms', ITEM))
				?.answers.map((a) => a.seed),
		).toEqual([3, 77]);
		// Packed into the archive (mode and seed kept as flags), the same.
		const packed = compact(later, T0 + 30 * DAY);
		expect(Object.keys(packed.answers)).toEqual([]);
		expect(xpOf(packed, 0, T0 + 30 * DAY)).toBe(15);
		const archived = derive(packed, T0 + 30 * DAY).items.get(itemKey('core-algorithms', ITEM))?.answers;
		expect(archived?.map((a) => [a.mode, a.seed])).toEqual([
			['quiz', 3],
			['review', 77],
		]);
	});
});

describe('a scenario rating', () => {
	it('is again outside the tolerance, hard after a hint, easy only quick and sure, else good', () => {
		const right = {correct: true, score: 1};
		expect(scenarioRating({correct: false, score: 0}, 1000)).toBe(1);
		expect(scenarioRating({correct: false, score: 0.67}, 1000, {confidence: 3})).toBe(1);
		expect(scenarioRating(right, 1000, {hinted: true, confidence: 3})).toBe(2);
		expect(scenarioRating(right, 8000)).toBe(4);
		expect(scenarioRating(right, 8000, {confidence: 3})).toBe(4);
		expect(scenarioRating(right, 8000, {confidence: 2})).toBe(3);
		expect(scenarioRating(right, 8001, {confidence: 3})).toBe(3);
		// Slow is still good: a run takes thought.
		expect(scenarioRating(right, 120_000)).toBe(3);
	});
});
