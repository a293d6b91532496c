import {describe, expect, it} from 'vitest';
import {clip, firstFit, fitLines, padEnd, padStart, tone} from '../../source/sims/view-kit.js';
import {theme} from '../../source/ui/theme.js';

describe('the view kit', () => {
	it('measures wide characters as two columns and never cuts one in half', () => {
		expect(clip('서버 다운', 9)).toBe('서버 다운');
		expect(clip('서버 다운', 6)).toBe('서버 …');
		expect(clip('abc', 3)).toBe('abc');
		expect(padEnd('키', 4)).toBe('키  ');
		expect(padStart('키', 4)).toBe('  키');
		expect(padEnd('toolong', 3)).toBe('toolong');
	});

	it('picks the first form that fits, else the last one clipped', () => {
		const forms = ['3 servers up', '3 srv up', '3'];
		expect(firstFit(forms, 20)).toBe('3 servers up');
		expect(firstFit(forms, 9)).toBe('3 srv up');
		expect(firstFit(forms, 1)).toBe('3');
		expect(firstFit(['abcdef'], 4)).toBe('abc…');
	});

	it('clips lines that overflow and returns the others as they were', () => {
		const fits = {text: 'ok', color: tone.ok};
		const [a, b] = fitLines([fits, {text: 'too wide', color: tone.bad}], 4);
		expect(a).toBe(fits);
		expect(b).toEqual({text: 'too…', color: 'red'});
	});

	it('colour tokens are the screens’ theme colours', () => {
		expect(tone).toEqual({accent: theme.accent, ok: theme.done, warn: theme.warn, bad: theme.error, muted: theme.muted});
	});
});
