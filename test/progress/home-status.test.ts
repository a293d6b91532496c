import {describe, expect, it} from 'vitest';
import {DAY_MS} from '../../source/progress/days.js';
import {homeStatus} from '../../source/progress/home-status.js';
import {
	addAnswer,
	addPrediction,
	addReset,
	emptyDoc,
	meetChallenge,
	type ProgressDoc,
	type Rating,
	setKnown,
	viewCard,
} from '../../source/progress/progress-doc.js';
import {reviewQueue} from '../../source/progress/review-queue.js';
import {type ChapterInfo, statsOf} from '../../source/progress/stats.js';

const T0 = Date.UTC(2026, 10, 25, 9);
const pack = {
	id: 'kafka',
	chapter: 60,
	title: {ko: '카프카', en: 'Kafka'},
	summary: {ko: '', en: ''},
	source: {title: '', url: ''},
	cardIds: ['c1', 'c2'],
	quizIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
	quiz: 5,
	simulations: 1,
	simulationIds: ['kafka-sim'],
	challengeIds: ['kafka-sim/drain', 'kafka-sim/idle'],
};
const info: ChapterInfo = {
	pack: 'kafka',
	chapter: 60,
	title: pack.title,
	cards: pack.cardIds,
	items: pack.quizIds,
	challenges: pack.challengeIds,
	misconceptions: new Map(),
};

let n = 0;
const answer = (doc: ProgressDoc, item: string, at: number, rating: Rating, mode: 'quiz' | 'review' = 'quiz') =>
	addAnswer(doc, `a${n++}`, {pack: 'kafka', item, at, ms: 3000, correct: rating > 1, score: rating > 1 ? 1 : 0, rating, mode});

describe('the map’s numbers', () => {
	it('shows reviews due apart from new questions; new ones never count as due', () => {
		let doc = viewCard(emptyDoc(), 'kafka', 'c1', T0);
		expect(homeStatus(doc, [pack], T0, 0)).toMatchObject({due: 0, fresh: 5});
		doc = answer(doc, 'q1', T0, 3);
		doc = answer(doc, 'q2', T0, 3);
		// Three days later both are due; three never-answered questions are new.
		expect(homeStatus(doc, [pack], T0 + 3 * DAY_MS, 0)).toMatchObject({due: 2, fresh: 3});
	});

	it('brings a missed item back the same day (a relearning step), then on its schedule', () => {
		let doc = answer(emptyDoc(), 'q1', T0, 3);
		doc = answer(doc, 'q2', T0, 3);
		const day3 = T0 + 3 * DAY_MS;
		doc = answer(doc, 'q1', day3, 1, 'review');
		doc = answer(doc, 'q2', day3, 3, 'review');
		const queue = reviewQueue(doc, [pack], day3 + 15 * 60_000, 0);
		expect(queue.reviews.map((r) => r.item)).toEqual(['q1']);
		// Right the second time: no longer due today; due again on a later day.
		doc = answer(doc, 'q1', day3 + 15 * 60_000, 3, 'review');
		expect(reviewQueue(doc, [pack], day3 + 20 * 60_000, 0).reviews).toEqual([]);
		expect(reviewQueue(doc, [pack], day3 + 30 * DAY_MS, 0).reviews.map((r) => r.item)).toContain('q1');
	});

	it('shows no streak, nothing due and nothing new after "Reset ALL progress"', () => {
		let doc = viewCard(setKnown(emptyDoc(), 'kafka', 'c1', true, T0), 'kafka', 'c1', T0);
		doc = answer(doc, 'q1', T0, 1);
		doc = answer(doc, 'q2', T0 + DAY_MS, 3);
		const before = homeStatus(doc, [pack], T0 + 2 * DAY_MS, 0);
		expect(before.streak).toBe(2);
		expect(before.due).toBeGreaterThan(0);
		const reset = addReset(doc, 'r', {scope: '*', at: T0 + 2 * DAY_MS});
		expect(homeStatus(reset, [pack], T0 + 2 * DAY_MS + 1000, 0)).toEqual({level: 1, xp: 0, streak: 0, due: 0, fresh: 0, known: [0]});
	});

	it('never lists a mastered chapter among the weakest', () => {
		let doc = emptyDoc();
		for (const q of pack.quizIds) doc = answer(doc, q, T0, 3);
		const stats = statsOf(doc, [info], T0, 0);
		expect(stats.chapters[0]).toMatchObject({mastery: 1, answered: 5});
		expect(stats.weakest).toEqual([]);
		const missed = answer(doc, 'q3', T0 + 1000, 1);
		expect(statsOf(missed, [info], T0 + 2000, 0).weakest).toEqual([{pack: 'kafka', chapter: 60, mastery: 0.8}]);
	});

	it('gives 25 XP per simulation challenge met, once; nothing for a stored key no pack has, nor for one dated ahead', () => {
		let doc = meetChallenge(emptyDoc(), 'kafka/kafka-sim/drain', T0);
		doc = meetChallenge(doc, 'kafka/kafka-sim/drain', T0 + 1000);
		doc = meetChallenge(doc, 'kafka/kafka-sim/made-up', T0);
		doc = meetChallenge(doc, 'kafka/kafka-sim/idle', T0 + 30 * DAY_MS);
		expect(homeStatus(doc, [pack], T0 + 2000, 0).xp).toBe(25);
		const stats = statsOf(doc, [info], T0 + 2000, 0);
		expect(stats.challenges).toEqual({met: 1, total: 2});
		expect(stats.chapters[0]).toMatchObject({challengesMet: 1, challenges: 2});
		expect(stats.level.xp).toBe(25);
	});

	it('counts predictions and how close they came, without XP', () => {
		const at = T0 + 1000;
		let doc = addPrediction(emptyDoc(), 'p1', {pack: 'kafka', sim: 'kafka-sim', metric: 'lag', predicted: 10, actual: 20, score: 0.5, at});
		doc = addPrediction(doc, 'p2', {pack: 'kafka', sim: 'kafka-sim', metric: 'lag', predicted: 20, actual: 20, score: 1, at});
		doc = addPrediction(doc, 'p3', {pack: 'no-such-pack', sim: 's', metric: 'm', predicted: 1, actual: 1, score: 1, at});
		const stats = statsOf(doc, [info], T0 + 2000, 0);
		expect(stats.predictions).toEqual({count: 2, meanScore: 0.75});
		expect(stats.level.xp).toBe(0);
	});
});
