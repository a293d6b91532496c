import {describe, expect, it} from 'vitest';
import {HAPCHE} from '../source/content/item-quality.js';
import {messages} from '../source/content/messages.js';

/** Every text a message can produce: strings, list items, nested tables, and functions called with sample values. */
function texts(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		try {
			return texts(value(3, 2, 1, 0), `${path}()`);
		} catch {
			return [];
		}
	}
	if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
	return [];
}

describe('the program’s own Korean', () => {
	it('is 한다체 throughout, like the lessons', () => {
		const polite = texts(messages.ko, 'ko').filter(([, text]) => HAPCHE.test(text));
		expect(polite).toEqual([]);
	});

	it('covers every English message', () => {
		const keys = (o: object) => Object.keys(o).sort();
		expect(keys(messages.ko)).toEqual(keys(messages.en));
	});
});
