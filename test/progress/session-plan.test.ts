import {describe, expect, it} from 'vitest';
import type {Derived, ItemFacts} from '../../source/progress/derive.js';
import {DEFAULT_ITEM_MS, itemMs, planSession, type Ref, SESSION_MS, sessionSize, todayPlan} from '../../source/progress/session-plan.js';
import {sameGroupNeighbours} from '../../source/quiz/interleave.js';
import {generateLog, seeded} from '../support/random-log.js';

const ref = (name: string): Ref => ({pack: name.replace(/\d+$/, ''), item: name});
const refs = (names: string) => names.split(' ').filter(Boolean).map(ref);
const names = (items: Ref[]) => items.map((r) => r.item).join(' ');
const chapterOf = (r: Ref) => r.pack;

/** A derived log whose items' latest answers took these times. */
const derivedWith = (times: number[]): Derived => ({
	items: new Map(times.map((ms, i) => [`p/${i}`, {answers: [{ms: 1}, {ms}]} as unknown as ItemFacts])),
	runs: [],
	answers: times.length * 2,
	right: 0,
});

describe('session size from the learner’s pace', () => {
	it('takes the median time of each item’s latest answer plus 15 s to read the feedback', () => {
		expect(itemMs(derivedWith([]))).toBe(DEFAULT_ITEM_MS);
		expect(itemMs(derivedWith([9000, 1000, 5000, 7000]))).toBe(DEFAULT_ITEM_MS); // too little history
		expect(itemMs(derivedWith([9000, 1000, 5000, 7000, 3000]))).toBe(5000 + 15_000);
		expect(itemMs(derivedWith([9000, 1000, 5000, 7000, 3000, 600_000]))).toBe(6000 + 15_000);
		// At most 150 s (and never under 15 s, the feedback alone).
		expect(itemMs(derivedWith([0, 0, 0, 0, 0]))).toBe(15_000);
		expect(itemMs(derivedWith([900_000, 900_000, 900_000, 900_000, 900_000]))).toBe(150_000);
	});

	it('sizes a session to about 12½ minutes: 19 items at 40 s, 13 at 60 s, 75 at 10 s, 5 at 150 s', () => {
		expect([40_000, 60_000, 10_000, 150_000, 75_000].map(sessionSize)).toEqual([19, 13, 75, 5, 10]);
	});

	it('keeps every size within 10–15 minutes for paces from 10 s to 150 s', () => {
		for (let pace = 10_000; pace <= 150_000; pace += 250) {
			const ms = sessionSize(pace) * pace;
			expect(ms, `pace ${pace}`).toBeGreaterThanOrEqual(SESSION_MS[0]);
			expect(ms, `pace ${pace}`).toBeLessThanOrEqual(SESSION_MS[1]);
		}
	});
});

describe('a planned session', () => {
	it('plans a hand-built queue exactly', () => {
		// 75 s an item: 10 items, at most ⌊10/3⌋ = 3 new. The most urgent reviews are all chapter a.
		const plan = planSession({
			reviews: refs('a1 a2 a3 a4 a5 a6 a7 a8 a9 b1 c1 c2'),
			fresh: refs('d1 d2 d3 d4'),
			heldBack: 4,
			perItemMs: 75_000,
		});
		// Chosen: 7 reviews a1–a7 and new d1–d3 (2 chapters); b1 comes in for a7 (3 chapters);
		// a still has 6 of 10 (more than half: two would sit side by side), so c1 comes in for a6.
		// Ordered: reviews by urgency with the new ones spread (a1 a2 d1 a3 a4 d2 a5 b1 d3 c1), then interleaved.
		expect(names(plan.items)).toBe('a1 d1 a2 d2 a3 b1 a4 d3 a5 c1');
		expect(sameGroupNeighbours(plan.items, chapterOf)).toBe(0);
		expect(plan).toMatchObject({size: 10, reviews: 7, fresh: 3, remediation: 0, chapters: 4, minutes: 13, later: 5, heldBack: 4}); // a6–a9, c2
	});

	it('counts remediation items as reviews, asks them first, and never twice', () => {
		const plan = planSession({
			reviews: refs('a1 b1 c1'),
			fresh: refs('d1'),
			remediation: refs('b1 e1'),
			heldBack: 0,
			perItemMs: 40_000,
		});
		// Reviews b1 e1 a1 c1 (the remediation first; b1 once), the new d1 after every fourth.
		expect(names(plan.items)).toBe('b1 e1 a1 c1 d1');
		expect(plan).toMatchObject({size: 19, reviews: 4, remediation: 2, fresh: 1, chapters: 5, minutes: 3, later: 0});
	});

	it('is empty when nothing is due and nothing new is open', () => {
		expect(planSession({reviews: [], fresh: [], heldBack: 3, perItemMs: 40_000})).toMatchObject({items: [], minutes: 0, heldBack: 3});
	});

	it('keeps the rules over 1,000 random queues', () => {
		let mixed = 0;
		let cut = 0;
		for (let seed = 1; seed <= 1_000; seed++) {
			const random = seeded(seed);
			const chapters = 1 + Math.floor(random() * 7);
			// Skewed: the first chapters hold most of the pile, as after days away.
			const chapter = () => String.fromCharCode(97 + Math.floor(random() ** 2 * chapters));
			const made = new Set<string>();
			const draw = (n: number) =>
				Array.from({length: n}, (_, i) => ({pack: chapter(), item: `${seed}-${i}-${Math.floor(random() * 1e9)}`})).filter(
					(r) => !made.has(r.item) && made.add(r.item),
				);
			const reviews = draw(Math.floor(random() * 60));
			const fresh = draw(Math.floor(random() * 20));
			const remediation = [...draw(Math.floor(random() * 4)), ...reviews.slice(0, Math.floor(random() * 3))];
			const perItemMs = 10_000 + Math.floor(random() * 140_000);
			const plan = planSession({reviews, fresh, remediation, heldBack: 0, perItemMs});
			const size = sessionSize(perItemMs);
			const freshRoom = Math.floor(size / 3);
			const keys = plan.items.map((r) => `${r.pack}/${r.item}`);
			const where = `queue ${seed}`;
			expect(new Set(keys).size, where).toBe(keys.length);
			expect(plan.items.length, where).toBeLessThanOrEqual(size);
			// New material at most a third of the session's room, rounded down.
			const freshIn = plan.items.filter((r) => fresh.includes(r as never)).length;
			expect(freshIn, where).toBe(plan.fresh);
			expect(freshIn, where).toBeLessThanOrEqual(freshRoom);
			// Full when there is enough; all of it otherwise.
			const remedies = [...new Set(remediation.slice(0, freshRoom))];
			const dueish = new Set([...remedies, ...reviews]);
			expect(plan.items.length, where).toBe(Math.min(size, dueish.size + Math.min(freshRoom, fresh.length)));
			if (plan.items.length === size) {
				cut++;
				expect(plan.minutes * 60_000, where).toBeGreaterThanOrEqual(SESSION_MS[0] - 30_000);
				expect(plan.minutes * 60_000, where).toBeLessThanOrEqual(SESSION_MS[1] + 30_000);
			}
			// At least three chapters whenever the queue has them within these rules.
			const reviewChapters = new Set([...dueish].map(chapterOf));
			const freshOnly = new Set(fresh.map(chapterOf).filter((c) => !reviewChapters.has(c)));
			const possible = Math.min(3, plan.items.length, reviewChapters.size + Math.min(freshRoom, freshOnly.size));
			expect(plan.chapters, where).toBeGreaterThanOrEqual(possible);
			if (possible === 3) mixed++;
			// Never two of a chapter side by side when the session's items allow it.
			const counts = new Map<string, number>();
			for (const r of plan.items) counts.set(r.pack, (counts.get(r.pack) ?? 0) + 1);
			const [big, most] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? ['', 0];
			const least = Math.max(0, most - (plan.items.length - most) - 1);
			expect(sameGroupNeighbours(plan.items, chapterOf), where).toBe(least);
			// And a chapter holds more than half only when nothing else due was left to bring in.
			if (least > 0) {
				const outside = [...dueish].filter((r) => !plan.items.includes(r));
				expect(
					outside.filter((r) => r.pack !== big),
					where,
				).toEqual([]);
			}
			// What is due but not in this session waits for another.
			expect(plan.later, where).toBe(reviews.filter((r) => !plan.items.includes(r)).length);
		}
		expect(mixed).toBeGreaterThan(500);
		expect(cut).toBeGreaterThan(200);
	});
});

describe('today’s plan from the log', () => {
	it('uses the learner’s pace and the daily queue', () => {
		const chapters = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
			id,
			cardIds: ['c1'],
			quizIds: Array.from({length: 12}, (_, i) => `${id}q${i}`),
		}));
		const {doc, now} = generateLog(chapters, 2000, 3, {reset: 0, resetAll: 0});
		const plan = todayPlan(doc, chapters, now, 0);
		expect(plan.items.length).toBeGreaterThan(0);
		expect(plan.items.length).toBeLessThanOrEqual(plan.size);
		expect(plan.chapters).toBeGreaterThanOrEqual(3);
		expect(sameGroupNeighbours(plan.items, chapterOf)).toBe(0);
	});
});
