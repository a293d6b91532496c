import {createEmptyCard, fsrs, type Grade, generatorParameters} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {DEFAULT_FSRS, type FsrsParams, intervalModifier, type Memory, review} from '../../source/progress/fsrs.js';
import {nextFloat, type RandomState, seedRandom} from '../../source/sims/random.js';

// The library the schedule used to call, with the game's settings: the reference.
const reference = fsrs({enable_fuzz: false, enable_short_term: false, request_retention: 0.9, maximum_interval: 365});
const DAY = 86_400_000;

function randoms(seed: number) {
	let state: RandomState = seedRandom(seed);
	return () => {
		const [x, s] = nextFloat(state);
		state = s;
		return x;
	};
}

/** Gaps from seconds to a year, any time of day, so UTC day boundaries and the ceiling are crossed. */
function history(seed: number): {at: number; grade: Grade}[] {
	const next = randoms(seed);
	const steps: {at: number; grade: Grade}[] = [];
	let at = Date.UTC(2024, 0, 1) + Math.floor(next() * DAY);
	const length = 1 + Math.floor(next() * 60);
	for (let i = 0; i < length; i++) {
		const kind = next();
		at += kind < 0.2 ? Math.floor(next() * 3_600_000) : kind < 0.9 ? Math.floor(next() * 30 * DAY) : Math.floor(next() * 400 * DAY);
		steps.push({at, grade: (1 + Math.floor(next() * 4)) as Grade});
	}
	return steps;
}

describe('FSRS written out', () => {
	it('uses the reference library’s default weights', () => {
		const w = reference.parameters.w;
		expect(generatorParameters().w.length).toBe(21);
		expect(reference.interval_modifier).toBe(1);
		expect([...w]).toEqual([
			0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
			0.5425, 0.0912, 0.0658, 0.1542,
		]);
	});

	/** Replays `seeds` random histories in both and returns how many steps agreed (a mismatch fails at once). */
	function compare(library: ReturnType<typeof fsrs>, params: FsrsParams, seeds: number): number {
		let steps = 0;
		for (let seed = 1; seed <= seeds; seed++) {
			let card = createEmptyCard(new Date(history(seed)[0]!.at));
			let mine: Memory | undefined;
			for (const {at, grade} of history(seed)) {
				card = library.next(card, new Date(at), grade).card;
				mine = review(mine, at, grade, params);
				steps++;
				const got = {stability: mine.stability, difficulty: mine.difficulty, reps: mine.reps, lapses: mine.lapses, due: mine.due};
				const want = {
					stability: card.stability,
					difficulty: card.difficulty,
					reps: card.reps,
					lapses: card.lapses,
					due: card.due.getTime(),
				};
				if (JSON.stringify(got) !== JSON.stringify(want))
					expect({params, seed, at, grade, ...got}).toEqual({params, seed, at, grade, ...want});
			}
		}
		return steps;
	}

	it('agrees with ts-fsrs step for step on 2,000 random histories', () => {
		expect(compare(reference, DEFAULT_FSRS, 2000)).toBeGreaterThan(50_000);
	});

	it('agrees with ts-fsrs at other retentions and longest intervals', () => {
		let steps = 0;
		for (const retention of [0.85, 0.87, 0.92, 0.95]) {
			for (const maxInterval of [30, 180, 1825]) {
				const library = fsrs(
					generatorParameters({request_retention: retention, maximum_interval: maxInterval, enable_fuzz: false, enable_short_term: false}),
				);
				expect(library.interval_modifier).toBe(intervalModifier(retention));
				steps += compare(library, {retention, maxInterval}, 150);
			}
		}
		expect(steps).toBeGreaterThan(40_000);
	});

	it('shortens intervals at a higher retention and lengthens them at a lower one', () => {
		// I(r) = (r^(1/decay) − 1) / factor with decay −0.1542: about 1.907 at 0.85 and 0.4026 at 0.95.
		expect(intervalModifier(0.9)).toBe(1);
		expect(intervalModifier(0.85)).toBeCloseTo(1.907, 2);
		expect(intervalModifier(0.95)).toBeCloseTo(0.4026, 3);
		const good = (retention: number) => {
			let m = review(undefined, 0, 3, {retention, maxInterval: 365});
			m = review(m, m.due, 3, {retention, maxInterval: 365});
			return (m.due - m.last) / DAY;
		};
		expect(good(0.85)).toBeGreaterThan(good(0.9));
		expect(good(0.95)).toBeLessThan(good(0.9));
	});

	it('keeps the intervals ordered, and hard answers within a year', () => {
		const first = [1, 2, 3, 4].map((g) => review(undefined, 0, g as Grade).due / DAY);
		expect(first).toEqual([...first].sort((a, b) => a - b));
		// "hard" stops at the ceiling; "good" and "easy" are kept a day apart above it, as in ts-fsrs.
		let m = review(undefined, 0, 2);
		for (let i = 0; i < 60; i++) m = review(m, m.due, 2);
		expect(m.due - m.last).toBe(365 * DAY);
		let short = review(undefined, 0, 2, {retention: 0.9, maxInterval: 30});
		for (let i = 0; i < 30; i++) short = review(short, short.due, 2, {retention: 0.9, maxInterval: 30});
		expect(short.due - short.last).toBe(30 * DAY);
	});
});
