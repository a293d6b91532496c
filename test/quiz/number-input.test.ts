import {describe, expect, it} from 'vitest';
import {NUMBER_INPUT, parseNumberInput} from '../../source/quiz/number-input.js';

describe('a typed number', () => {
	it('reads commas as thousands separators and a point as the decimal mark', () => {
		expect(parseNumberInput('10,800')).toBe(10_800);
		expect(parseNumberInput('1,157')).toBe(1157);
		expect(parseNumberInput('2,995,654')).toBe(2_995_654);
		expect(parseNumberInput('0.25')).toBe(0.25);
		expect(parseNumberInput('-3.5')).toBe(-3.5);
		expect(parseNumberInput('42')).toBe(42);
	});

	it('is no number yet while nothing but signs is typed', () => {
		for (const text of ['', '-', ',', '.', '-.']) expect(parseNumberInput(text), text).toBeUndefined();
	});

	it('lets through only what can still become a number', () => {
		for (const text of ['1', '1,', '1,0', '-', '1.', '1.5']) expect(NUMBER_INPUT.test(text), text).toBe(true);
		for (const text of ['1.2.3', '1-', '1.5,0', 'a']) expect(NUMBER_INPUT.test(text), text).toBe(false);
	});
});
