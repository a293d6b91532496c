import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importCommand} from '../../source/commands/progress-commands.js';
import {loadPackDir} from '../../source/content/load-packs.js';
import {chapterInfo} from '../../source/progress/chapter-info.js';
import {DAY_MS} from '../../source/progress/days.js';
import {history} from '../../source/progress/history.js';
import {
	type AnswerRecord,
	addAnswer,
	addReset,
	emptyDoc,
	isKnown,
	merge,
	type ProgressDoc,
	setKnown,
	setLang,
	undoAnswer,
} from '../../source/progress/progress-doc.js';
import {readDoc} from '../../source/progress/progress-schema.js';
import {statsOf} from '../../source/progress/stats.js';
import {ConfStore} from '../../source/store/conf-store.js';
import {MemoryStore} from '../../source/store/memory-store.js';
import {startApp} from '../support/start-app.js';
import {tempHome} from '../support/temp-home.js';

const NOW = Date.UTC(2026, 10, 25, 9);
const YEAR = 365 * DAY_MS;
const {packs} = loadPackDir('test/fixtures/good');
const quizPack = packs.find((p) => p.quiz.some((q) => q.misconception))!;
const item = quizPack.quiz.find((q) => q.misconception)!;

const wrong = (at: number, misconception?: string): AnswerRecord => ({
	pack: quizPack.id,
	item: item.id,
	at,
	ms: 1000,
	correct: false,
	score: 0,
	rating: 1,
	mode: 'quiz',
	...(misconception === undefined ? {} : {misconception}),
});

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('ids from outside are plain ids', () => {
	it('reads __proto__, constructor and toString as answer, undo and chapter ids', () => {
		const text = JSON.stringify({
			version: 4,
			answers: Object.fromEntries(HOSTILE.map((id, i) => [id, wrong(NOW - i * 1000, id)])),
			undone: {toString: NOW},
			// A computed key makes an own `__proto__` property (a plain `__proto__:` would set the prototype).
			chapters: {['__proto__']: {known: {constructor: {value: true, at: NOW}}, seen: {}}},
		});
		const outcome = readDoc(JSON.parse(text));
		expect(outcome.kind).toBe('ok');
		const doc = (outcome as {doc: ProgressDoc}).doc;
		expect(Object.keys(doc.answers).sort()).toEqual([...HOSTILE].sort());
		expect(Object.getPrototypeOf(doc.answers)).toBe(Object.prototype);
		// `toString` was undone; the others count. Nothing is inherited.
		expect(history(doc, NOW).answers.map((a) => a.id)).toEqual(['hasOwnProperty', 'constructor', '__proto__']);
		expect(isKnown(doc, '__proto__', 'constructor')).toBe(true);
		expect(isKnown(doc, 'other', 'constructor')).toBe(false);
		expect(isKnown(emptyDoc(), 'x', 'toString')).toBe(false);
		// Merging keeps a __proto__ entry as an entry.
		expect(Object.keys(merge(emptyDoc(), doc).answers).sort()).toEqual([...HOSTILE].sort());
		expect(Object.keys(merge(emptyDoc(), doc).chapters)).toEqual(['__proto__']);
	});

	it('counts misconceptions named like object members and never crashes stats', () => {
		let doc = emptyDoc();
		HOSTILE.forEach((tag, i) => {
			doc = addAnswer(doc, `a${i}`, wrong(NOW - i * 1000, tag));
		});
		doc = addAnswer(doc, 'real', wrong(NOW, item.misconception!.id));
		const stats = statsOf(doc, packs.map(chapterInfo), NOW, 0);
		// Only the pack's own misconception has a label; the others are not shown.
		expect(stats.misconceptions.map(({id, pack, label, count, active}) => ({id, pack, label, count, active}))).toEqual([
			{id: item.misconception!.id, pack: quizPack.id, label: item.misconception!.label, count: 1, active: true},
		]);
		expect(stats.answers).toBe(5);
	});

	it('shows the Stats screen for such a log', async () => {
		let doc = emptyDoc();
		HOSTILE.forEach((tag, i) => {
			doc = addAnswer(doc, `a${i}`, wrong(NOW - i * 1000, tag));
		});
		const {ui} = startApp(packs, new MemoryStore(doc));
		await ui.waitForText('Overall');
		ui.write('t');
		const frame = await ui.waitForText('Progress by chapter');
		expect(frame).toContain('4 answers · 0% right');
		ui.unmount();
	});
});

describe('timestamps from the future', () => {
	const answered = addAnswer(emptyDoc(), 'a1', {...wrong(NOW - DAY_MS), correct: true, score: 1, rating: 3});

	it('ignores a reset dated far ahead, so progress (and answers added later) still count', () => {
		let doc = addReset(answered, 'evil', {scope: '*', at: NOW + 10 * YEAR});
		expect(history(doc, NOW).answers.map((a) => a.id)).toEqual(['a1']);
		doc = addAnswer(doc, 'a2', wrong(NOW));
		expect(history(doc, NOW).answers.map((a) => a.id)).toEqual(['a1', 'a2']);
		// Within the clock-skew allowance (10 minutes) a reset counts.
		const soon = addReset(answered, 'skew', {scope: '*', at: NOW + 5 * 60_000});
		expect(history(soon, NOW).answers).toEqual([]);
		// A far-future answer does not count until its time.
		const ahead = addAnswer(answered, 'late', wrong(NOW + YEAR));
		expect(history(ahead, NOW).answers.map((a) => a.id)).toEqual(['a1']);
		expect(history(ahead, NOW + YEAR).answers.map((a) => a.id)).toEqual(['a1', 'late']);
	});

	it('never locks a setting or a card: the next choice wins the merge', () => {
		const evil = setKnown(setLang(emptyDoc(), 'ko', NOW + 10 * YEAR), 'p', 'c', true, NOW + 10 * YEAR);
		const mine = setKnown(setLang(evil, 'en', NOW), 'p', 'c', false, NOW);
		const merged = merge(evil, mine);
		expect(merged.settings.lang?.value).toBe('en');
		expect(isKnown(merged, 'p', 'c')).toBe(false);
	});

	it('refuses to import a file with records dated in the future, and changes nothing', () => {
		const home = tempHome();
		const store = new ConfStore({home});
		const file = path.join(home, 'evil.json');
		writeFileSync(file, JSON.stringify(addReset(answered, 'evil', {scope: '*', at: Date.UTC(2036, 0, 1)})));
		const result = importCommand(store, file, NOW);
		expect(result).toEqual({
			code: 1,
			out: [],
			err: [
				`sd-trainer: ${file} has 1 record(s) dated in the future (resets, 2036-01-01T00:00:00.000Z); nothing was imported. Check the clock of the machine that wrote it.`,
			],
		});
		expect(store.open().doc).toEqual(emptyDoc());
		// The same file dated in the past imports.
		writeFileSync(file, JSON.stringify(undoAnswer(answered, 'none', NOW)));
		expect(importCommand(store, file, NOW).code).toBe(0);
	});
});
