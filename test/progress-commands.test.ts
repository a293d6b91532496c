import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {exportCommand, importCommand, resetCommand, statsCommand} from '../source/commands/progress-commands.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {history} from '../source/progress/history.js';
import {ConfStore} from '../source/store/conf-store.js';
import {type AnswerRecord, addAnswer, emptyDoc, setKnown} from '../source/progress/progress-doc.js';
import {readDoc} from '../source/progress/progress-schema.js';
import {tempHome} from './support/temp-home.js';

const {packs} = loadPackDir('test/fixtures/good');
const T = Date.UTC(2026, 10, 25, 9);
const answer = (item: string, at: number, correct = true): AnswerRecord => ({
	pack: 'fixture-caching',
	item,
	at,
	ms: 3000,
	correct,
	score: correct ? 1 : 0,
	rating: correct ? 3 : 1,
	mode: 'quiz',
	...(correct ? {} : {misconception: 'x'}),
});

describe('export, import, reset, stats', () => {
	it('moves progress between machines by merging, never overwriting', () => {
		const here = new ConfStore({home: tempHome()});
		const there = new ConfStore({home: tempHome()});
		here.save(addAnswer(emptyDoc(), 'here-1', answer('q-ttl', T)));
		there.save(setKnown(addAnswer(emptyDoc(), 'there-1', answer('q-ttl', T + 1, false)), 'fixture-caching', 'cache-why', true, T));
		const file = path.join(tempHome(), 'moved.json');
		expect(exportCommand(there, file)).toEqual({code: 0, out: [`exported 1 answers, 0 quizzes, 1 cards known to ${file}`], err: []});
		const result = importCommand(here, file);
		expect(result.code).toBe(0);
		expect(result.out[0]).toBe(`imported ${file}; progress now has 2 answers, 0 quizzes, 1 cards known`);
		expect(result.out[1]).toMatch(/backups\/progress-.*-import-1\.json$/);
		expect(Object.keys(here.open().doc.answers).sort()).toEqual(['here-1', 'there-1']);
	});

	it('refuses a file that is not progress, or from a newer version, and changes nothing', () => {
		const store = new ConfStore({home: tempHome()});
		store.save(addAnswer(emptyDoc(), 'a', answer('q-ttl', T)));
		const before = readFileSync(store.path, 'utf8');
		const bad = path.join(tempHome(), 'bad.json');
		writeFileSync(bad, '{"version": 2, "answers": 5}');
		expect(importCommand(store, bad)).toEqual({
			code: 1,
			out: [],
			err: [`sd-trainer: ${bad} is not a progress file (answers: Invalid input: expected record, received number)`],
		});
		writeFileSync(bad, '{"version": 99}');
		expect(importCommand(store, bad).err).toEqual([
			`sd-trainer: ${bad} was written by a newer sd-trainer (format 99); update to import it`,
		]);
		expect(importCommand(store, '/nonexistent/x.json').code).toBe(1);
		expect(readFileSync(store.path, 'utf8')).toBe(before);
	});

	it('resets one chapter or everything, only with --yes, after a backup', () => {
		const store = new ConfStore({home: tempHome()});
		store.save(addAnswer(addAnswer(emptyDoc(), 'a', answer('q-ttl', T)), 'b', {...answer('q-1', T), pack: 'fixture-queues'}));
		expect(resetCommand(store, packs, {chapter: 90, yes: false})).toEqual({
			code: 2,
			out: [],
			err: ['sd-trainer: this resets chapter 90 (fixture-caching). Run again with --yes to do it.'],
		});
		expect(resetCommand(store, packs, {chapter: 7, yes: true}).err).toEqual(['sd-trainer: there is no chapter 7']);
		const done = resetCommand(store, packs, {chapter: 90, yes: true}, T + 1000);
		expect(done.out[0]).toBe('reset chapter 90 (fixture-caching)');
		expect(existsSync(done.out[1]!.replace('backup: ', ''))).toBe(true);
		expect(history(store.open().doc).answers.map((a) => a.pack)).toEqual(['fixture-queues']);
		resetCommand(store, packs, {yes: true}, T + 2000);
		expect(history(store.open().doc).answers).toEqual([]);
	});

	it('prints stats as JSON with the figures the stats screen shows', () => {
		const store = new ConfStore({home: tempHome()});
		store.save(addAnswer(addAnswer(emptyDoc(), 'a', answer('q-ttl', T, false)), 'b', answer('q-ttl', T + 60_000)));
		const stats = JSON.parse(statsCommand(store, packs, true, T + 120_000).out[0]!);
		expect(stats.answers).toBe(2);
		expect(stats.correctRate).toBe(0.5);
		expect(stats.chapters[0]).toMatchObject({pack: 'fixture-caching', mastery: 1, answered: 1, items: 1});
		expect(stats.misconceptions).toEqual([]);
		expect(stats.forecast).toHaveLength(7);
	});
});

describe('progress file format', () => {
	it('migrates a version 1 file: seen cards keep, logs start empty', () => {
		const v1 = {
			version: 1,
			settings: {lang: {value: 'ko', at: 5}},
			chapters: {kafka: {known: {a: {value: true, at: 3}}, seen: ['a', 'b']}},
		};
		const out = readDoc(v1);
		expect(out).toEqual({
			kind: 'ok',
			doc: {
				...emptyDoc(),
				settings: {lang: {value: 'ko', at: 5}},
				chapters: {kafka: {known: {a: {value: true, at: 3}}, seen: {a: 0, b: 0}}},
			},
		});
	});
});
