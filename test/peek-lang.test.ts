import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ConfStore} from '../source/store/conf-store.js';
import {peekLang, settingsInPrefix} from '../source/store/peek-lang.js';
import {emptyDoc, setLang, viewCard} from '../source/progress/progress-doc.js';
import {tempHome} from './support/temp-home.js';

const fileIn = (home: string) => path.join(home, 'progress.json');

function write(text: string): string {
	const file = fileIn(tempHome());
	writeFileSync(file, text);
	return file;
}

describe('peekLang', () => {
	it('reads the language from a large file the store wrote, from its first bytes', () => {
		const home = tempHome();
		const doc = viewCard(setLang(emptyDoc(), 'ko', 1), 'kafka', 'kafka-what', 2);
		for (let i = 0; i < 2_000; i++) {
			doc.answers[`a${i}`] = {pack: 'kafka', item: 'q-kafka-what', at: i, ms: 1, correct: true, score: 1, rating: 4, mode: 'quiz'};
		}
		new ConfStore({home}).save(doc);
		const text = readFileSync(fileIn(home), 'utf8');
		expect(text.length).toBeGreaterThan(100_000);
		// The store keeps settings near the start, so a prefix is enough ...
		expect(text.indexOf('"settings"')).toBeLessThan(100);
		expect(peekLang(fileIn(home))).toBe('ko');
		// ... even when everything after the prefix is unreadable.
		writeFileSync(fileIn(home), `${text.slice(0, 20_000)}garbage`);
		expect(peekLang(fileIn(home))).toBe('ko');
	});

	it('falls back to reading the whole file when settings come late', () => {
		const answers = Object.fromEntries(Array.from({length: 400}, (_, i) => [`a${i}`, {note: '{"settings": ['.repeat(3)}]));
		const file = write(JSON.stringify({version: 3, answers, settings: {lang: {value: 'en', at: 1}}}, null, '\t'));
		expect(readFileSync(file, 'utf8').length).toBeGreaterThan(20_000);
		expect(peekLang(file)).toBe('en');
	});

	it('says "unknown" for a missing, empty, broken or odd file', () => {
		expect(peekLang(path.join(tempHome(), 'none.json'))).toBeUndefined();
		expect(peekLang(write(''))).toBeUndefined();
		expect(peekLang(write('garbage{'))).toBeUndefined();
		expect(peekLang(write('{"version": 3, "settings": {"lang": {"value": "fr", "at": 1}}}'))).toBeUndefined();
		expect(peekLang(write('{"version": 3, "settings": null}'))).toBeUndefined();
		expect(peekLang(write('{"version": 3, "settings": {"lang": '))).toBeUndefined();
		expect(peekLang(write('[1, 2]'))).toBeUndefined();
	});
});

describe('settingsInPrefix', () => {
	const cut = (text: string) => settingsInPrefix({text, whole: false});
	const whole = (text: string) => settingsInPrefix({text, whole: true});

	it('skips values of every kind before settings, strings with brackets and quotes included', () => {
		const before = '"version": 3, "a": "x}]\\"{", "b": [1, {"c": "]"}], "d": null, "e": -1.5e3, "f": true';
		expect(cut(`{${before}, "settings": {"lang": {"value": "ko", "at": 1}}, "answers": {"x": `)).toEqual({lang: {value: 'ko', at: 1}});
	});

	it('is unknown when the prefix ends before settings, and absent when the whole file has none', () => {
		expect(cut('{"version": 3, "answers": {"a": {"pack": "kaf')).toBe('unknown');
		expect(cut('{"version": 3, "settings": {"lang": {"value": "k')).toBe('unknown');
		expect(cut('{"version": 3}')).toBe('unknown');
		expect(whole('{"version": 3}')).toBeUndefined();
		expect(whole('{}')).toBeUndefined();
	});
});
