import {describe, expect, it} from 'vitest';
import {asAnswered, quantityKind, toleranceFor, withinTolerance} from '../../source/quiz/scenario-tolerance.js';

describe('a quantity kind, from what the simulation says of a figure', () => {
	it('is a share when shown as a percentage, a duration with a unit of time, else a count or an amount by its value', () => {
		expect(quantityKind({percent: true}, 0.5)).toBe('share');
		expect(quantityKind({percent: true, unit: 'ms'}, 3)).toBe('share');
		expect(quantityKind({unit: 'ms'}, 12)).toBe('duration');
		expect(quantityKind({unit: 's'}, 2.5)).toBe('duration');
		expect(quantityKind({unit: 'queries'}, 4479)).toBe('count');
		expect(quantityKind({}, 7)).toBe('count');
		expect(quantityKind({unit: '×'}, 14.1)).toBe('amount');
	});
});

describe('tolerance per kind, at its exact boundary', () => {
	it('a share: in percentage points, a fifth of it, at least 1 and at most 5', () => {
		expect(asAnswered('share', 0.5)).toBe(50);
		expect(toleranceFor('share', 50)).toBe(5);
		expect(withinTolerance('share', 0.5, 55)).toBe(true);
		expect(withinTolerance('share', 0.5, 45)).toBe(true);
		expect(withinTolerance('share', 0.5, 55.01)).toBe(false);
		expect(withinTolerance('share', 0.5, 44.99)).toBe(false);
		// 10% ± 2 points; 3% ± 1 point (a fifth would be 0.6).
		expect(toleranceFor('share', 10)).toBe(2);
		expect(withinTolerance('share', 0.1, 12)).toBe(true);
		expect(withinTolerance('share', 0.1, 12.01)).toBe(false);
		expect(toleranceFor('share', 3)).toBe(1);
		expect(withinTolerance('share', 0.03, 4)).toBe(true);
		expect(withinTolerance('share', 0.03, 4.01)).toBe(false);
		expect(withinTolerance('share', 0.03, 2)).toBe(true);
		expect(withinTolerance('share', 0.03, 1.99)).toBe(false);
		// 97.56% ± 5 points, not ± 19.5.
		expect(toleranceFor('share', 97.56)).toBe(5);
	});

	it('a count: a fifth either way, at least one', () => {
		expect(toleranceFor('count', 7)).toBeCloseTo(1.4, 12);
		expect(withinTolerance('count', 7, 8.4)).toBe(true);
		expect(withinTolerance('count', 7, 8.5)).toBe(false);
		expect(toleranceFor('count', 0)).toBe(1);
		expect(withinTolerance('count', 0, 1)).toBe(true);
		expect(withinTolerance('count', 0, 1.01)).toBe(false);
		expect(withinTolerance('count', 1000, 1200)).toBe(true);
		expect(withinTolerance('count', 1000, 1200.5)).toBe(false);
		expect(withinTolerance('count', 1000, 800)).toBe(true);
		expect(withinTolerance('count', 1000, 799.5)).toBe(false);
	});

	it('a duration: relative, a fifth either way (off by 40 ms is close at 200 ms, not at 20 ms)', () => {
		expect(toleranceFor('duration', 200)).toBe(40);
		expect(withinTolerance('duration', 200, 240)).toBe(true);
		expect(withinTolerance('duration', 200, 240.01)).toBe(false);
		expect(withinTolerance('duration', 200, 160)).toBe(true);
		expect(withinTolerance('duration', 200, 159.99)).toBe(false);
		expect(withinTolerance('duration', 20, 60)).toBe(false);
		expect(withinTolerance('duration', 20, 24)).toBe(true);
	});

	it('an amount: relative, with a hair of room at zero', () => {
		expect(toleranceFor('amount', 2.5)).toBe(0.5);
		expect(withinTolerance('amount', 2.5, 3)).toBe(true);
		expect(withinTolerance('amount', 2.5, 3.01)).toBe(false);
		expect(toleranceFor('amount', 0)).toBe(0.01);
		expect(withinTolerance('amount', 0, 0.01)).toBe(true);
		expect(withinTolerance('amount', 0, 0.02)).toBe(false);
	});

	it('rounds the figure to four significant digits before comparing, and never takes a non-number', () => {
		expect(asAnswered('amount', 0.123456)).toBe(0.1235);
		expect(asAnswered('share', 0.0885123)).toBe(8.851);
		expect(withinTolerance('count', 7, Number.NaN)).toBe(false);
		expect(withinTolerance('count', 7, Number.POSITIVE_INFINITY)).toBe(false);
	});
});
