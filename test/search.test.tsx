import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {initialOf, matchAt, search} from '../source/content/search.js';
import {pick, width} from '../source/content/text.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {emptyDoc, setLang} from '../source/progress/progress-doc.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const shipped = loadPackDir('lessons').packs;
const fixtures = loadPackDir('test/fixtures/good').packs;

function fits(frame: string, columns: number, rows: number): string[] {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
	return lines;
}

describe('search over cards and terms', () => {
	it('matches Korean by initial consonants, alone or mixed with syllables', () => {
		expect(initialOf('카')).toBe('ㅋ');
		expect(initialOf('프')).toBe('ㅍ');
		expect(initialOf('a')).toBeUndefined();
		expect(matchAt('아파치 카프카', 'ㅋㅍㅋ')).toBe(4);
		expect(matchAt('아파치 카프카', '카ㅍ')).toBe(4);
		expect(matchAt('아파치 카프카', 'ㅋㅋ')).toBe(-1);
		expect(matchAt('Consistent  Hashing', 'consistent h')).toBe(0);
		expect(matchAt('anything', '   ')).toBe(-1);
	});

	it('finds consumer cards from ㅋㅅㅁ (컨슈머), titles first, the learner language first', () => {
		const hits = search(shipped, 'ㅋㅅㅁ', 'ko');
		expect(hits.some((h) => h.chapter === 60)).toBe(true);
		for (const hit of hits.filter((h) => h.lang === 'ko'))
			expect(hit.field === 'title' ? pick(hit.title, 'ko') : hit.snippet).toContain('컨슈머');
		const fields = hits.map((h) => h.field);
		// Every title match ranks above every body match.
		if (fields.includes('body')) expect(fields.indexOf('body')).toBeGreaterThan(fields.lastIndexOf('title'));
		expect(search(shipped, 'consumer group', 'ko').some((h) => h.chapter === 60)).toBe(true);
		// A word only the English text has is still found for a Korean learner.
		expect(search(fixtures, 'stale', 'ko')[0]).toMatchObject({chapter: 90, lang: 'en'});
	});

	it('finds glossary terms by their definition too', () => {
		const pack = shipped.find((p) => p.glossary.length > 0)!;
		const term = pack.glossary[0]!;
		const hits = search([pack], term.term.en, 'en');
		expect(hits.some((h) => h.kind === 'term' && h.id === '0' && h.field === 'title')).toBe(true);
	});
});

describe('the search and glossary screens', () => {
	for (const size of [
		{columns: 60, rows: 16},
		{columns: 80, rows: 24},
	]) {
		it(`searches from the map with /, opens a card and comes back to the same list at ${size.columns}×${size.rows}`, async () => {
			const {ui} = startApp(fixtures, new MemoryStore(), size);
			await ui.waitForText('Overall');
			ui.write('/');
			await ui.waitForText('Search cards and terms');
			// q and j are letters here, not quit and move.
			ui.write('cache');
			const found = await ui.waitForText('found');
			const lines = fits(found, size.columns, size.rows);
			expect(lines.some((l) => l.includes('❯ 90 card · Why a cache is fast'))).toBe(true);
			ui.write(KEY.enter);
			await ui.waitForText('card 1/');
			ui.write(KEY.escape);
			const back = await ui.waitForText('Search cards and terms');
			expect(back).toContain('Find: cache');
			ui.write(KEY.escape);
			await ui.waitForText('Overall');
			ui.unmount();
		});

		it(`shows a chapter's glossary with both languages' names at ${size.columns}×${size.rows} in Korean`, async () => {
			const {ui} = startApp(fixtures, new MemoryStore(setLang(emptyDoc(), 'ko', 1)), size);
			await ui.waitForText('전체');
			ui.write(KEY.enter);
			await ui.waitForText('90장');
			// Cards, quiz, glossary (a chapter without a simulation lists none).
			ui.write('jj');
			await ui.waitForText('❯ 용어집');
			ui.write(KEY.enter);
			const frame = await ui.waitForText('90장 · 용어집');
			fits(frame, size.columns, size.rows);
			const pack = fixtures[0]!;
			expect(frame).toContain(`${pack.glossary[0]!.term.ko} (${pack.glossary[0]!.term.en})`);
			ui.unmount();
		});
	}
});
