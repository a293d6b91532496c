import {describe, expect, it} from 'vitest';
import {windowOf} from '../source/ui/components/question/window-lines.js';

describe('the question window', () => {
	it('shows everything when it fits, and from the top while the cursor fits there', () => {
		expect(windowOf(8, 8, [7, 7])).toEqual({start: 0, end: 8});
		// 20 lines in 10 rows: 8 lines between the "more" rows.
		expect(windowOf(20, 10, [5, 6])).toEqual({start: 0, end: 8});
	});

	it('keeps the focused item in view with some context after it, to the end', () => {
		for (let first = 0; first < 20; first++) {
			const {start, end} = windowOf(20, 10, [first, Math.min(19, first + 1)]);
			expect(start).toBeLessThanOrEqual(first);
			expect(end).toBeGreaterThanOrEqual(Math.min(20, first + 2));
			expect(end - start).toBe(8);
		}
	});

	it('shows the end of an item taller than the window', () => {
		expect(windowOf(20, 10, [0, 11])).toEqual({start: 4, end: 12});
	});
});
