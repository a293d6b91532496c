import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ConfStore} from '../source/store/conf-store.js';
import {changedPart} from '../source/store/changed-part.js';
import {addAnswer, merge, recordSession, setKnown, viewCard} from '../source/progress/progress-doc.js';
import {answersIn, backupCounts, docWithAnswers, progressText} from './support/progress-files.js';
import {tempHome} from './support/temp-home.js';

const minute = 60_000;
const T = Date.parse('2026-11-25T10:00:00.000Z');

/** What the game does at each start: a backup, a read, then a save as the session ends. */
function start(home: string, at: number) {
	const store = new ConfStore({home, now: () => new Date(at)});
	store.backup('start');
	const opened = store.open();
	store.save(recordSession(opened.doc, `s-${at}`, at, 1000));
	return opened;
}

describe('backups under a corruption', () => {
	it('ten starts after a corruption keep the backup holding the good state, and name it', () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		writeFileSync(file, progressText(docWithAnswers(300)));
		start(home, T);
		expect(backupCounts(home)).toEqual([300]);
		writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000));
		const first = start(home, T + minute);
		const good = readdirSync(path.join(home, 'backups'))[0]!;
		expect(first.notices).toEqual([
			{
				kind: 'corrupt',
				copy: expect.stringContaining('progress.json.corrupt-'),
				backup: path.join(home, 'backups', good),
				backupAt: T,
				answers: 300,
			},
		]);
		for (let i = 2; i <= 10; i++) start(home, T + i * minute);
		expect(backupCounts(home)).toContain(300);
		// Never a backup of the unreadable file: it is kept aside once, as *.corrupt-*.
		expect(backupCounts(home)).not.toContain(undefined);
		expect(readdirSync(home).filter((n) => n.includes('corrupt'))).toHaveLength(1);
	});

	it('does not copy the same corrupt file aside again at every start', () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		for (let i = 0; i < 3; i++) {
			writeFileSync(file, 'garbage{');
			new ConfStore({home, now: () => new Date(T + i * minute)}).open();
		}
		expect(readdirSync(home).filter((n) => n.includes('corrupt'))).toHaveLength(1);
	});

	it('makes no new backup when nothing changed since the last one', () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), progressText(docWithAnswers(3)));
		for (let i = 0; i < 4; i++) new ConfStore({home, now: () => new Date(T + i * minute)}).backup('start');
		expect(backupCounts(home)).toEqual([3]);
	});
});

describe('leftovers and odd files', () => {
	it('cleans temp files left by killed writers when it opens', () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), progressText(docWithAnswers(2)));
		writeFileSync(path.join(home, 'progress.json.tmp-1764064800000a1b2c3'), 'half a save');
		writeFileSync(path.join(home, '.progress.json.tmp-999999999-0a1b2c'), 'half a save');
		writeFileSync(path.join(home, 'notes.txt'), 'mine');
		expect(answersIn(path.join(home, 'progress.json'))).toBe(2);
		const {notices} = new ConfStore({home}).open();
		expect(notices).toEqual([]);
		expect(readdirSync(home).sort()).toEqual(['notes.txt', 'progress.json']);
	});

	it('reads a file with a UTF-8 byte order mark as it is', () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), `\uFEFF${progressText(docWithAnswers(4))}`);
		const {doc, notices} = new ConfStore({home}).open();
		expect(notices).toEqual([]);
		expect(Object.keys(doc.answers)).toHaveLength(4);
	});
});

describe('saving off the key path', () => {
	it('parses the file only when another process wrote it since', () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), progressText(docWithAnswers(50)));
		const store = new ConfStore({home});
		let doc = store.open().doc;
		for (let i = 0; i < 20; i++) doc = store.save(addAnswer(doc, `mine-${i}`, doc.answers['a-0']!)).doc;
		expect(store.parses).toBe(1);
		new ConfStore({home}).save(docWithAnswers(1, 'other'));
		doc = store.save(addAnswer(doc, 'mine-last', doc.answers['a-0']!)).doc;
		expect(store.parses).toBe(2);
		expect(Object.keys(doc.answers)).toHaveLength(50 + 20 + 1 + 1);
	});
});

describe('changedPart', () => {
	it('merges to the same document as the whole one', () => {
		let base = docWithAnswers(30);
		base = setKnown(viewCard(base, 'kafka', 'c1', 5), 'kafka', 'c1', true, 6);
		let doc = addAnswer(base, 'new', base.answers['a-1']!);
		doc = setKnown(viewCard(doc, 'kafka', 'c2', 9), 'kafka', 'c1', false, 10);
		doc = {...doc, answers: {...doc.answers, 'a-2': {...doc.answers['a-2']!, score: 0.5}}};
		const part = changedPart(base, doc);
		expect(Object.keys(part.answers).sort()).toEqual(['a-2', 'new']);
		expect(merge(base, part)).toEqual(merge(base, doc));
		expect(merge(docWithAnswers(5, 'other'), changedPart(docWithAnswers(5, 'other'), doc))).toEqual(merge(docWithAnswers(5, 'other'), doc));
	});
});
