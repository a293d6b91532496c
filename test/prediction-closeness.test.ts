import {describe, expect, it} from 'vitest';
import {offByPercent, timesOff} from '../source/ui/screens/simulation-text.js';
import {messages} from '../source/content/messages.js';

describe('how close a prediction came', () => {
	it('says "within N%" up to double, and how many times off beyond', () => {
		expect([offByPercent(200, 167.67, false), timesOff(200, 167.67, false)]).toEqual([19, undefined]);
		// 4000 against 16 is not "within 24900%": it is 250 times too many.
		expect([offByPercent(4000, 16, false), timesOff(4000, 16, false)]).toEqual([24900, '250']);
		expect(timesOff(16, 4000, false)).toBe('250');
		expect(timesOff(3, 10, false)).toBe('3.3');
	});

	it('compares shares on a ratio scale, with a floor for zero', () => {
		expect([offByPercent(0.02, 0.005, true), timesOff(0.02, 0.005, true)]).toEqual([300, '4.0']);
		expect(timesOff(0.1, 0.0767, true)).toBeUndefined();
		expect(timesOff(0.5, 0, true)).toBe('500');
	});

	it('has no "times" for a zero or a sign that differs', () => {
		expect(timesOff(5, 0, false)).toBeUndefined();
		expect(timesOff(-5, 5, false)).toBeUndefined();
	});
});

describe('the reveal line', () => {
	it('says the difference where a ratio means nothing (a sign that differs, a zero)', () => {
		const off = offByPercent(0.5, -0.5377, false);
		expect(timesOff(0.5, -0.5377, false)).toBeUndefined();
		expect(messages.en.simPrediction('0.5', '-0.5377', off, undefined, '1.038')).toBe('Predicted 0.5, actual -0.5377: off by 1.038');
		expect(messages.ko.simPrediction('0.5', '-0.5377', off, undefined, '1.038')).toBe('예측 0.5, 실제 -0.5377: 차이 1.038');
		expect(messages.ko.simPrediction('3', '16.67', 82, undefined, '13.67')).toBe('예측 3, 실제 16.67: 오차 82%');
		expect(messages.en.simPrediction('4000', '16', 24900, '250', '3984')).toBe('Predicted 4000, actual 16: 250× off');
	});
});
