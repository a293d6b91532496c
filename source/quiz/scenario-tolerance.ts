/*
 * How close a predicted figure must come to count, by the kind of quantity it
 * is. A share is judged in percentage points (±5 points means the same at 40%
 * and at 60%), but a small share gets a band that fits it (3% ± 5 points would
 * accept 0%). A count, a duration or any other amount is judged relative to
 * its size (a latency of 2,000 ms off by 100 ms is close; of 50 ms it is not).
 */

export type QuantityKind = 'share' | 'count' | 'duration' | 'amount';

/** Units that make a figure a duration. */
const DURATION_UNITS = new Set(['ms', 's', 'sec', 'min', 'h', 'hours', 'days', 'weeks', '초', '분', '시간', '일', '주']);

/**
 * The kind of a summary figure, from what the simulation says of it (a figure
 * shown as a percentage is a share; one with a unit of time is a duration) and
 * from its value (a whole number is a count).
 */
export function quantityKind(info: {percent?: boolean | undefined; unit?: string | undefined}, value: number): QuantityKind {
	if (info.percent) return 'share';
	if (info.unit !== undefined && DURATION_UNITS.has(info.unit)) return 'duration';
	return Number.isInteger(value) ? 'count' : 'amount';
}

/** Relative band for counts, durations and amounts: a fifth of the value either way. */
export const RELATIVE = 0.2;
/** A share's band in percentage points: a fifth of the share, at least 1 point and at most 5. */
export const SHARE_MIN_POINTS = 1;
export const SHARE_MAX_POINTS = 5;

/**
 * How far from `answer` still counts as right, in the units the learner types
 * (percentage points for a share, which is asked as a percentage).
 */
export function toleranceFor(kind: QuantityKind, answer: number): number {
	const size = Math.abs(answer);
	switch (kind) {
		case 'share':
			return Math.min(SHARE_MAX_POINTS, Math.max(SHARE_MIN_POINTS, RELATIVE * size));
		case 'count':
			// A count of 0 to 4 is asked exactly to within one.
			return Math.max(1, RELATIVE * size);
		case 'duration':
		case 'amount':
			// A figure of zero still allows a hair (nothing else can be relative to it).
			return size === 0 ? 0.01 : RELATIVE * size;
	}
}

/** The figure as the learner answers it: a share as a percentage, the rest as they are; rounded to four significant digits. */
export function asAnswered(kind: QuantityKind, value: number): number {
	const shown = kind === 'share' ? value * 100 : value;
	return Number(shown.toPrecision(4));
}

/** Whether a prediction (in the units the learner types) counts as right. */
export function withinTolerance(kind: QuantityKind, actual: number, predicted: number): boolean {
	const answer = asAnswered(kind, actual);
	return Number.isFinite(predicted) && Math.abs(predicted - answer) <= toleranceFor(kind, answer) + 1e-9;
}
