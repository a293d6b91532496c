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

const SCREEN_TEXT = {
	en: {
		map: 'Overall',
		title: 'Search cards and terms',
		query: 'cache',
		found: 'found',
		hit: '❯ 90 card · Why a cache is fast',
		card: 'card 1/',
		field: 'Find: cache',
		chapter: 'Chapter 90',
		glossary: '❯ Glossary',
		glossaryTitle: 'Chapter 90 · glossary',
	},
	// Initial consonants only: ㅋㅅ finds 캐시.
	ko: {
		map: '전체',
		title: '카드와 용어 찾기',
		query: 'ㅋㅅ',
		found: '찾음',
		hit: '❯ 90 카드 · 캐시는 왜 빠른가',
		card: '카드 1/',
		field: '찾기: ㅋㅅ',
		chapter: '90장',
		glossary: '❯ 용어집',
		glossaryTitle: '90장 · 용어집',
	},
} as const;

describe('the search and glossary screens', () => {
	for (const size of [
		{columns: 60, rows: 16},
		{columns: 80, rows: 24},
	]) {
		for (const lang of ['en', 'ko'] as const) {
			const text = SCREEN_TEXT[lang];
			it(`searches from the map with /, opens a card and comes back to the same list (${lang}, ${size.columns}×${size.rows})`, async () => {
				const {ui} = startApp(fixtures, new MemoryStore(setLang(emptyDoc(), lang, 1)), size);
				await ui.waitForText(text.map);
				ui.write('/');
				await ui.waitForText(text.title);
				// Letters here are typed, not obeyed (q would quit, j would move).
				ui.write(text.query);
				const found = await ui.waitForText(text.found);
				const lines = fits(found, size.columns, size.rows);
				expect(lines.some((l) => l.includes(text.hit))).toBe(true);
				ui.write(KEY.enter);
				await ui.waitForText(text.card);
				ui.write(KEY.escape);
				const back = await ui.waitForText(text.title);
				expect(back).toContain(text.field);
				ui.write(KEY.escape);
				await ui.waitForText(text.map);
				ui.unmount();
			});

			it(`shows a chapter's glossary with both languages' names (${lang}, ${size.columns}×${size.rows})`, async () => {
				const {ui} = startApp(fixtures, new MemoryStore(setLang(emptyDoc(), lang, 1)), size);
				await ui.waitForText(text.map);
				ui.write(KEY.enter);
				await ui.waitForText(text.chapter);
				// Cards, quiz, glossary (a chapter without a simulation lists none).
				ui.write('jj');
				await ui.waitForText(text.glossary);
				ui.write(KEY.enter);
				const frame = await ui.waitForText(text.glossaryTitle);
				fits(frame, size.columns, size.rows);
				const term = fixtures[0]!.glossary[0]!.term;
				const other = lang === 'ko' ? 'en' : 'ko';
				expect(frame).toContain(`${term[lang]} (${term[other]})`);
				ui.unmount();
			});
		}
	}
});
