import {existsSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ConfStore} from '../source/store/conf-store.js';
import {withFileLock} from '../source/store/file-lock.js';
import {CURRENT_VERSION, emptyDoc, isKnown, merge, type ProgressDoc, setKnown, setLang, viewCard} from '../source/progress/progress-doc.js';
import {readDoc} from '../source/progress/progress-schema.js';
import {tempHome} from './support/temp-home.js';

const fixedNow = () => new Date('2026-11-25T10:00:00.000Z');
const file = (home: string) => path.join(home, 'progress.json');
const onDisk = (home: string) => JSON.parse(readFileSync(file(home), 'utf8')) as ProgressDoc;

describe('ConfStore (conf on a temp dir)', () => {
	it('starts empty and keeps what is saved across instances', () => {
		const home = tempHome();
		const first = new ConfStore({home});
		expect(first.open()).toEqual({doc: emptyDoc(), notices: []});
		first.save(setKnown(viewCard(emptyDoc(), 'oauth2', 'oauth-roles', 5), 'oauth2', 'oauth-roles', true, 6));
		expect(first.path).toBe(file(home));

		const again = new ConfStore({home}).open().doc;
		expect(again.chapters.oauth2).toEqual({
			known: {'oauth-roles': {value: true, at: 6}},
			seen: {'oauth-roles': 5},
			position: {value: 'oauth-roles', at: 5},
		});
	});

	it('copies a corrupt file aside, says where, and carries on', () => {
		const home = tempHome();
		writeFileSync(file(home), '{"version": 1, "chapters": {');
		const store = new ConfStore({home, now: fixedNow});
		const opened = store.open();
		const copy = path.join(home, 'progress.json.corrupt-2026-11-25T10-00-00-000Z');
		expect(opened).toEqual({doc: emptyDoc(), notices: [{kind: 'corrupt', copy}]});
		expect(readFileSync(copy, 'utf8')).toBe('{"version": 1, "chapters": {');
		store.save(setLang(opened.doc, 'ko', 1));
		expect(onDisk(home).settings.lang).toEqual({value: 'ko', at: 1});
	});

	it('treats a file that breaks the schema the same way', () => {
		const home = tempHome();
		writeFileSync(file(home), JSON.stringify({version: 1, chapters: {oauth2: {seen: 'not a list'}}}));
		const store = new ConfStore({home, now: fixedNow});
		const opened = store.open();
		expect(opened.notices).toEqual([{kind: 'corrupt', copy: `${file(home)}.corrupt-2026-11-25T10-00-00-000Z`}]);
		// Replaced at the next save, once the copy is safe.
		store.save(opened.doc);
		expect(onDisk(home)).toEqual(emptyDoc());
	});

	it('never overwrites a file written by a newer version', () => {
		const home = tempHome();
		const newer = JSON.stringify({version: CURRENT_VERSION + 1, brandNew: {x: 1}});
		writeFileSync(file(home), newer);
		const store = new ConfStore({home});
		expect(store.open().notices).toEqual([{kind: 'newer', version: CURRENT_VERSION + 1}]);
		store.save(setLang(emptyDoc(), 'en', 1));
		expect(readFileSync(file(home), 'utf8')).toBe(newer);
		expect(readdirSync(home).sort()).toEqual(['progress.json']);
	});

	it('migrates an unversioned document', () => {
		const home = tempHome();
		writeFileSync(file(home), '{}');
		expect(new ConfStore({home}).open()).toEqual({doc: emptyDoc(), notices: []});
	});

	it('merges two terminals: neither loses the other’s progress', () => {
		const home = tempHome();
		const a = new ConfStore({home});
		const b = new ConfStore({home});
		const docA = a.open().doc;
		const docB = b.open().doc;
		a.save(setKnown(docA, 'kafka', 'kafka-topics', true, 10));
		const merged = b.save(setKnown(viewCard(docB, 'oauth2', 'oauth-flow', 11), 'oauth2', 'oauth-flow', true, 11)).doc;
		expect(isKnown(merged, 'kafka', 'kafka-topics')).toBe(true);
		expect(isKnown(merged, 'oauth2', 'oauth-flow')).toBe(true);
		expect(onDisk(home)).toEqual(merged);
		// The later choice about the same card wins, whichever saves last.
		b.save(setKnown(merged, 'kafka', 'kafka-topics', false, 20));
		a.save(setKnown(docA, 'kafka', 'kafka-topics', true, 15));
		expect(isKnown(onDisk(home), 'kafka', 'kafka-topics')).toBe(false);
	});
});

describe('merge', () => {
	// A small seeded generator, so every run checks the same documents.
	function docs(seed: number): ProgressDoc[] {
		let s = seed;
		const next = () => {
			s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
			return s;
		};
		return Array.from({length: 3}, () => {
			let doc = emptyDoc();
			for (let i = 0; i < 6; i++) {
				const pack = ['a', 'b'][next() % 2]!;
				const card = `c${next() % 4}`;
				const at = next() % 5;
				doc = next() % 2 ? setKnown(doc, pack, card, next() % 2 === 0, at) : viewCard(doc, pack, card, at);
				if (next() % 5 === 0) doc = setLang(doc, next() % 2 ? 'ko' : 'en', at);
			}
			return doc;
		});
	}

	it('is commutative, associative and idempotent', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const [x, y, z] = docs(seed) as [ProgressDoc, ProgressDoc, ProgressDoc];
			expect(merge(x, y)).toEqual(merge(y, x));
			expect(merge(merge(x, y), z)).toEqual(merge(x, merge(y, z)));
			expect(merge(x, x)).toEqual(x);
		}
	});

	it('reads only valid documents', () => {
		expect(readDoc([]).kind).toBe('invalid');
		expect(readDoc({version: 'one'})).toEqual({kind: 'invalid', reason: 'bad version "one"'});
		expect(readDoc({version: 7})).toEqual({kind: 'newer', version: 7});
	});
});

describe('file lock', () => {
	it('takes over a lock left by a process that died', () => {
		const home = tempHome();
		const lock = path.join(home, 'x.lock');
		writeFileSync(lock, '999999999');
		expect(withFileLock(lock, () => 'ran')).toBe('ran');
		expect(existsSync(lock)).toBe(false);
	});

	it('takes over an empty lock left by a process killed while creating it', () => {
		const home = tempHome();
		const lock = path.join(home, 'x.lock');
		writeFileSync(lock, '');
		utimesSync(lock, new Date(Date.now() - 2000), new Date(Date.now() - 2000));
		expect(withFileLock(lock, () => 'ran')).toBe('ran');
	});

	it('waits for a live holder and gives up with a clear error', () => {
		const home = tempHome();
		const lock = path.join(home, 'x.lock');
		writeFileSync(lock, String(process.pid));
		utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
		expect(() => withFileLock(lock, () => 'ran', {waitMs: 200})).toThrow(`another sd-trainer is saving (pid ? holds ${lock})`);
		expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
	});
});
