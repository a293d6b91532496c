/*
 * FSRS-6 (the Free Spaced Repetition Scheduler) for whole-day reviews: the
 * memory model of open-spaced-repetition's ts-fsrs 5 with its default
 * parameters, no fuzz and no short-term steps; the requested retention and the
 * ceiling on intervals are the learner's settings (0.9 and 365 days unless
 * changed). It is written out here because rebuilding the schedule
 * replays every answer ever given, and the library's per-step object and Date
 * copies made that the slowest thing at start-up (about 40 µs a step; this is
 * plain arithmetic). `test/progress/fsrs.test.ts` checks it step for step
 * against ts-fsrs itself on random histories.
 *
 * Formulas: https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm
 */

/** FSRS-6 default weights (ts-fsrs `default_w`, already within its clamps). */
const W = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729,
	0.5425, 0.0912, 0.0658, 0.1542,
] as const;
const w = (i: number): number => W[i]!;

const S_MIN = 0.001;
const S_MAX = 36_500;
const DAY_MS = 86_400_000;

/** ts-fsrs rounds most intermediate values to 8 decimals; so must a copy that agrees with it. */
const round8 = (x: number) => Math.round(x * 1e8) / 1e8;
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

const DECAY = -w(20);
const FACTOR = round8(Math.exp(Math.log(0.9) / DECAY) - 1);

/**
 * What the learner sets: the chance of recalling an item when it comes due
 * (higher → shorter intervals, more reviews) and the longest interval in days.
 */
export type FsrsParams = {retention: number; maxInterval: number};
export const DEFAULT_FSRS: FsrsParams = {retention: 0.9, maxInterval: 365};
export const RETENTION_RANGE = [0.85, 0.95] as const;

/**
 * How much longer (or shorter) than at 0.9 an interval is at this retention:
 * the stability is the time to fall to 90% recall, so the interval that
 * reaches `retention` is the stability times this.
 */
export const intervalModifier = (retention: number) => round8((retention ** (1 / DECAY) - 1) / FACTOR);

/** 1 again, 2 hard, 3 good, 4 easy. */
export type Grade = 1 | 2 | 3 | 4;

/** An item's memory after some answers. `due`: when FSRS schedules the next review (ms). */
export type Memory = {stability: number; difficulty: number; reps: number; lapses: number; last: number; due: number};

const retrievability = (days: number, stability: number) => round8((1 + (FACTOR * days) / stability) ** DECAY);
const initDifficulty = (g: Grade) => round8(w(4) - Math.exp((g - 1) * w(5)) + 1);
const initStability = (g: Grade) => Math.max(w(g - 1), 0.1);

function nextDifficulty(d: number, g: Grade): number {
	const damped = round8((-w(6) * (g - 3) * (10 - d)) / 9);
	return clamp(round8(w(7) * initDifficulty(4) + (1 - w(7)) * (d + damped)), 1, 10);
}

function recallStability(d: number, s: number, r: number, g: Grade): number {
	const hard = g === 2 ? w(15) : 1;
	const easy = g === 4 ? w(16) : 1;
	const grown = s * (1 + Math.exp(w(8)) * (11 - d) * s ** -w(9) * (Math.exp((1 - r) * w(10)) - 1) * hard * easy);
	return round8(clamp(grown, S_MIN, S_MAX));
}

function forgetStability(d: number, s: number, r: number): number {
	const afterFail = round8(clamp(w(11) * d ** -w(12) * ((s + 1) ** w(13) - 1) * Math.exp((1 - r) * w(14)), S_MIN, S_MAX));
	return clamp(round8(s), S_MIN, afterFail);
}

const modifiers = new Map<number, number>();
function modifierOf(retention: number): number {
	let m = modifiers.get(retention);
	if (m === undefined) {
		m = intervalModifier(retention);
		modifiers.set(retention, m);
	}
	return m;
}

/** Whole UTC calendar days from one time to another, as ts-fsrs counts elapsed days. */
const utcDaysBetween = (from: number, to: number) => Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);

/**
 * The memory after answering at `at` with grade `g` (`prev` undefined for the
 * first answer), scheduled for `params`. FSRS keeps the four grades' intervals ordered (again ≤ hard
 * < good < easy), so the interval of grade g depends on the grades below it
 * (and "again" on "hard"): only those are computed.
 */
export function review(prev: Memory | undefined, at: number, g: Grade, params: FsrsParams = DEFAULT_FSRS): Memory {
	const modifier = modifierOf(params.retention);
	const interval = (s: number) => Math.min(Math.max(1, Math.round(s * modifier)), params.maxInterval);
	const r = prev ? retrievability(utcDaysBetween(prev.last, at), prev.stability) : 0;
	const stabilityOf = (grade: Grade): number => {
		if (!prev) return initStability(grade);
		return grade === 1 ? forgetStability(prev.difficulty, prev.stability, r) : recallStability(prev.difficulty, prev.stability, r, grade);
	};
	const hard = interval(stabilityOf(2));
	let days = Math.min(interval(stabilityOf(1)), hard);
	let stability = 0;
	for (let grade = 1; grade <= g; grade++) {
		const s = grade === 2 ? 0 : stabilityOf(grade as Grade);
		if (grade === g) stability = grade === 2 ? stabilityOf(2) : s;
		if (grade === 2) days = Math.max(hard, days + 1);
		else if (grade > 2) days = Math.max(interval(s), days + 1);
	}
	const difficulty = prev ? nextDifficulty(prev.difficulty, g) : clamp(initDifficulty(g), 1, 10);
	return {
		stability,
		difficulty,
		reps: (prev?.reps ?? 0) + 1,
		lapses: (prev?.lapses ?? 0) + (prev && g === 1 ? 1 : 0),
		last: at,
		due: at + days * DAY_MS,
	};
}
