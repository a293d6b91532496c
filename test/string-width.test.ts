import realStringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {messages} from '../source/content/messages.js';
import fastStringWidth from '../source/vendor/fast-string-width.js';

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	if (typeof value === 'function') return strings(value(3, 12, 60, 16));
	return [];
}

describe('fast string width', () => {
	it('agrees with string-width on every line of every shipped pack and message', () => {
		const texts = [...strings(loadPackDir('lessons').packs), ...strings(messages)].flatMap((t) => t.split('\n'));
		expect(texts.length).toBeGreaterThan(5000);
		for (const text of texts) expect(fastStringWidth(text), text).toBe(realStringWidth(text));
	});

	it('agrees on coloured text, emoji, combining marks and ambiguous cases', () => {
		const cases = [
			'\u001B[36m로드 밸런싱\u001B[39m ░░█',
			'\u001B[1m\u001B[36m❯ 57\u001B[22m\u001B[39m',
			'👍 ok',
			'👨‍👩‍👧',
			'é (e + combining acute)',
			'\u1100\u1161 (jamo)',
			'soft\u00adhyphen',
			'tab\there',
			'⚠️ warn',
			'◽ square',
			'',
		];
		for (const text of cases) expect(fastStringWidth(text), text).toBe(realStringWidth(text));
	});
});
