import {describe, expect, it} from 'vitest';
import {DAY_MS} from '../../source/progress/days.js';
import {
	type AnswerRecord,
	addAnswer,
	type Confidence,
	emptyDoc,
	type ProgressDoc,
	type Rating,
	setSetting,
} from '../../source/progress/progress-doc.js';
import {ratingFor} from '../../source/progress/rating.js';
import {RELEARN_STEP_MS, replaySteps} from '../../source/progress/review-card.js';
import {reviewCards, todayQueue} from '../../source/progress/schedule.js';

const T0 = Date.UTC(2026, 10, 25, 9, 0); // 2026-11-25 09:00 UTC
const at = (days: number, minutes = 0) => T0 + days * DAY_MS + minutes * 60_000;

describe('rating with confidence (every cell)', () => {
	const right = {correct: true, score: 1};
	const wrong = {correct: false, score: 0.75};
	// Quick ≤ 8 s, slow ≥ 45 s, between otherwise.
	const times = {quick: 8_000, between: 20_000, slow: 45_000};
	const table: [Confidence | undefined, Rating, Rating, Rating][] = [
		[undefined, 4, 3, 2],
		[1, 2, 2, 2],
		[2, 3, 3, 2],
		[3, 4, 3, 2],
	];
	for (const [confidence, quick, between, slow] of table) {
		it(`right with confidence ${confidence ?? 'none'}: quick ${quick}, between ${between}, slow ${slow}`, () => {
			expect(ratingFor(right, times.quick, confidence)).toBe(quick);
			expect(ratingFor(right, times.between, confidence)).toBe(between);
			expect(ratingFor(right, times.slow, confidence)).toBe(slow);
		});
		it(`wrong with confidence ${confidence ?? 'none'} is again at any speed`, () => {
			for (const ms of Object.values(times)) expect(ratingFor(wrong, ms, confidence)).toBe(1);
		});
	}
});

let n = 0;
function answer(doc: ProgressDoc, item: string, when: number, rating: Rating, extra: Partial<AnswerRecord> = {}): ProgressDoc {
	return addAnswer(doc, `a${n++}`, {
		pack: 'kafka',
		item,
		at: when,
		ms: 5000,
		correct: rating > 1,
		score: rating > 1 ? 1 : 0,
		rating,
		mode: 'review',
		...extra,
	});
}

describe('confident misses come back first', () => {
	// Now: day 0, 12:00. Each miss is due ten minutes after it, so the older a miss the more overdue.
	const now = at(0, 180);
	function queueDoc(): ProgressDoc {
		let doc = emptyDoc();
		doc = answer(doc, 'long-overdue', at(-30), 3); // right, due day -27: 9× its interval overdue
		doc = answer(doc, 'unsure-miss', at(-3), 1, {confidence: 1}); // the most overdue miss
		doc = answer(doc, 'plain-miss', at(-2), 1);
		doc = answer(doc, 'sure-miss-recent', at(-1), 1, {confidence: 3});
		doc = answer(doc, 'sure-miss-older', at(-2, 60), 1, {confidence: 3});
		doc = answer(doc, 'medium-miss', at(-1, 30), 1, {confidence: 2});
		// A sure answer that was right is no confident miss.
		doc = answer(doc, 'sure-right', at(-20), 3, {confidence: 3});
		return doc;
	}

	it('orders a hand-built queue: sure misses (most overdue first), then the rest by how overdue', () => {
		const queue = todayQueue(queueDoc(), [], now, 0);
		expect(queue.reviews.map((c) => c.item)).toEqual([
			'sure-miss-older',
			'sure-miss-recent',
			'unsure-miss',
			'plain-miss',
			'medium-miss',
			'long-overdue',
			'sure-right',
		]);
		expect(queue.reviews.map((c) => c.confidentMiss)).toEqual([true, true, false, false, false, false, false]);
	});

	it('keeps them when the daily cap holds the rest back', () => {
		const queue = todayQueue(setSetting(queueDoc(), 'reviewCap', 2, 0), [], now, 0);
		expect(queue.reviews.map((c) => c.item)).toEqual(['sure-miss-older', 'sure-miss-recent']);
		expect(queue.heldBack).toBe(5);
	});

	it('stops being one once answered right', () => {
		const doc = answer(queueDoc(), 'sure-miss-recent', at(0, 30), 3);
		expect(reviewCards(doc, now).find((c) => c.item === 'sure-miss-recent')?.confidentMiss).toBe(false);
	});
});

describe('confident misses come back sooner', () => {
	const relearned = at(0, 10);
	// A new item missed at day 0, then answered right (good) ten minutes later: FSRS says 3 days.
	const steps = (confidence?: Confidence) => [
		{at: at(0), rating: 1 as const, confidence},
		{at: relearned, rating: 3 as const},
	];

	it('is due ten minutes after any miss', () => {
		for (const confidence of [undefined, 1, 2, 3] as const) expect(replaySteps(steps(confidence)).dues[0]).toBe(at(0) + RELEARN_STEP_MS);
	});

	it('waits half its FSRS interval after a sure miss (1.5 days, not 3), with the same memory', () => {
		const plain = replaySteps(steps(2));
		const sure = replaySteps(steps(3));
		expect(plain.dues[1]).toBe(relearned + 3 * DAY_MS);
		expect(sure.dues[1]).toBe(relearned + 1.5 * DAY_MS);
		expect(sure.dues[1]).toBe(Date.UTC(2026, 10, 26, 21, 10));
		expect(sure.card).toEqual(plain.card);
		expect(replaySteps(steps()).dues[1]).toBe(relearned + 3 * DAY_MS);
	});

	it('halves only the first interval after the miss', () => {
		const more = [...steps(3), {at: at(2), rating: 3 as const}];
		const plain = replaySteps([...steps(), {at: at(2), rating: 3 as const}]);
		const sure = replaySteps(more);
		expect(sure.dues[2]).toBe(plain.dues[2]);
		expect(sure.dues[2]).toBe(at(2) + 3 * DAY_MS);
	});

	it('still halves after a second miss in between (wrong again, unsure)', () => {
		const twice = replaySteps([...steps(3).slice(0, 1), {at: at(0, 5), rating: 1, confidence: 1}, {at: relearned, rating: 3}]);
		const plain = replaySteps([
			{at: at(0), rating: 1},
			{at: at(0, 5), rating: 1},
			{at: relearned, rating: 3},
		]);
		expect(twice.dues[2]! - relearned).toBe(Math.round((plain.dues[2]! - relearned) / 2));
	});

	it('shows in the card a review reads', () => {
		let doc = answer(emptyDoc(), 'q', at(0), 1, {confidence: 3});
		doc = answer(doc, 'q', relearned, 3);
		expect(reviewCards(doc, at(0, 20))[0]!.due).toBe(relearned + 1.5 * DAY_MS);
	});
});
