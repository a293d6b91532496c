import {describe, expect, it} from 'vitest';
import {App} from '../source/app.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {width} from '../source/content/text.js';
import {emptyDoc, setLang, viewCard} from '../source/progress/progress-doc.js';
import type {StoreNotice} from '../source/store/progress-store.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, renderInk} from './support/render-ink.js';

const {packs} = loadPackDir('test/fixtures/good');
const index = packs.map(indexOf);

function start(options: {lang?: 'ko' | 'en'; store?: MemoryStore; size?: {columns: number; rows: number}} = {}) {
	const store = options.store ?? new MemoryStore();
	let clock = 1000;
	const ui = renderInk(
		<App
			index={index}
			packs={async () => packs}
			store={async () => store}
			lang={options.lang ?? 'ko'}
			langForced={false}
			now={() => clock++}
		/>,
		options.size,
	);
	return {ui, store};
}

/** From the map into the first chapter's cards; returns the cards' first frame. */
async function openCards(ui: ReturnType<typeof renderInk>, lang: 'ko' | 'en', firstCard: string): Promise<string> {
	await ui.waitForText(lang === 'ko' ? '전체' : 'Overall');
	ui.write(KEY.enter);
	await ui.waitForText(lang === 'ko' ? '90장' : 'Chapter 90');
	ui.write(KEY.enter);
	return ui.waitForText(firstCard);
}

/** Lines of a frame, and proof that none is wider than the terminal. */
function fits(frame: string, columns: number): string[] {
	const lines = frame.split('\n');
	for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
	return lines;
}

describe('home: the chapter map', () => {
	it('draws the map at 80×24 in Korean, then progress once the store loads', async () => {
		const {ui} = start();
		const frame = await ui.waitForText('전체 0%');
		const lines = fits(frame, 80);
		expect(lines[0]).toBe(' sd-trainer · 시스템 디자인 트레이너                         ░░░░░░░░░░ 전체 0%');
		expect(lines[1]).toBe(' Lv 1 · 0 XP · 연속 0일 · 복습 0개 · 새 문제 0개');
		expect(lines[3]).toBe(' ❯ 90 캐시 기초                                                ░░░░░░░░░░   0/3');
		expect(lines[4]).toBe('   91 메시지 큐                                                ░░░░░░░░░░   0/1');
		expect(frame).toContain('캐시가 왜 빠른지, 언제 틀린 값을 주는지 배운다.');
		expect(lines.at(-1)).toBe(' ↑↓/jk 이동 · Enter 열기 · r 복습 · t 통계 · s 설정 · ? 도움말 · q 종료');
		ui.unmount();
	});

	it('receives two key presses sent in a row', async () => {
		const {ui} = start();
		await ui.waitForText('전체 0%');
		ui.write(KEY.down);
		ui.write(KEY.down);
		ui.write(KEY.down);
		ui.write(KEY.down);
		// Four downs wrap around the three chapters and the exam back to the first.
		await ui.waitFor((f) => f.includes('❯ 90'));
		ui.write('jj');
		ui.write('jjj');
		const frame = await ui.waitForText('❯ 91');
		expect(frame).toContain('   90 캐시 기초');
		// Typed faster than a frame: one chunk, every key counts, in order.
		ui.write('jjjjjjj\r');
		await ui.waitForText('90장 · 캐시 기초');
		ui.unmount();
	});

	it('tells the learner about a corrupt progress file until a key is pressed', async () => {
		const notice: StoreNotice = {kind: 'corrupt', copy: '/tmp/p.json.corrupt-1'};
		const {ui} = start({lang: 'en', store: new MemoryStore(emptyDoc(), [notice])});
		const frame = await ui.waitForText('A copy is kept at /tmp/p.json.corrupt-1');
		fits(frame, 80);
		expect(frame).toContain('any key hides this');
		ui.write(KEY.down);
		const after = await ui.waitFor((f) => !f.includes('corrupt'), 'the notice to go');
		expect(after).toContain('❯ 91');
		ui.unmount();
	});
});

describe('chapter and cards', () => {
	it('opens a chapter, pages cards, marks one known and saves each step', async () => {
		const {ui, store} = start({lang: 'en'});
		await ui.waitForText('Overall 0%');
		await ui.press(KEY.enter);
		let frame = await ui.waitForText('Chapter 90 · Caching basics');
		expect(frame).toContain('❯ Concept cards · 0 of 3 known');
		expect(frame).not.toContain('Simulations');
		await ui.press(KEY.enter);
		frame = await ui.waitForText('card 1/3');
		expect(frame).toContain('Why a cache is fast');
		expect(frame).toContain('• A TTL bounds how long a stale value lives');
		expect(frame).toContain('! Pitfall: Caching without an invalidation plan serves wrong data for a long');
		ui.write(KEY.space);
		frame = await ui.waitForText('✓ known');
		expect(store.doc.chapters['fixture-caching']?.known['cache-why']?.value).toBe(true);
		ui.write('l');
		frame = await ui.waitForText('card 2/3');
		expect(frame).toContain('» In practice: Redis and Memcached are common choices.');
		expect(frame).not.toContain('✓ known');
		expect(store.doc.chapters['fixture-caching']?.position?.value).toBe('cache-where');
		// Back to the map: the progress shows there.
		await ui.press(KEY.escape);
		await ui.waitForText('1 of 3 known');
		await ui.press(KEY.escape);
		frame = await ui.waitForText('Overall 20%');
		expect(frame).toContain('  1/3');
		ui.unmount();
	});

	it('reopens the cards where the learner left off', async () => {
		const store = new MemoryStore(viewCard(emptyDoc(), 'fixture-caching', 'cache-long', 5));
		const {ui} = start({lang: 'en', store});
		const frame = await openCards(ui, 'en', 'card 3/3');
		expect(frame).toContain('A long card');
		ui.unmount();
	});

	it('scrolls a card that is taller than the screen', async () => {
		const store = new MemoryStore(viewCard(emptyDoc(), 'fixture-caching', 'cache-long', 5));
		const {ui} = start({lang: 'ko', store});
		let frame = await openCards(ui, 'ko', '↓ 4줄 더 있음');
		expect(frame).toContain('  열여섯 줄');
		expect(frame).not.toContain('열일곱 줄');
		ui.write('jjjj');
		frame = await ui.waitForText('스무 줄');
		expect(frame).not.toContain('더 있음');
		expect(fits(frame, 80)).toHaveLength(23);
		ui.unmount();
	});

	it('pages with h and l and stops at the ends', async () => {
		const {ui} = start({lang: 'en'});
		await openCards(ui, 'en', 'card 1/3');
		ui.write('h');
		ui.write('llll');
		await ui.waitForText('card 3/3');
		ui.write('h');
		await ui.waitForText('card 2/3');
		ui.unmount();
	});
});

describe('settings, help and small terminals', () => {
	it('switches the language and saves the choice', async () => {
		const {ui, store} = start({lang: 'ko'});
		await ui.waitForText('전체 0%');
		await ui.press('s');
		let frame = await ui.waitForText('설정');
		expect(frame).toContain('❯ 언어: 한국어  ✓');
		ui.write(KEY.down);
		await ui.waitForText('❯ 언어: English');
		ui.write(KEY.enter);
		frame = await ui.waitForText('Settings');
		expect(frame).toContain('Language: English  ✓');
		expect(store.doc.settings.lang?.value).toBe('en');
		await ui.press(KEY.escape);
		await ui.waitForText('Overall 0%');
		ui.unmount();
	});

	it('starts in the stored language', async () => {
		const {ui} = start({lang: 'en', store: new MemoryStore(setLang(emptyDoc(), 'ko', 1))});
		await ui.waitForText('전체 0%');
		ui.unmount();
	});

	it('shows the keys of the current screen from the key table on ?', async () => {
		const {ui} = start({lang: 'en'});
		await ui.waitForText('Overall');
		ui.write('?');
		const frame = await ui.waitForText('Keys');
		expect(frame).toContain('↑↓/jk  move');
		expect(frame).toContain('Enter  open');
		expect(frame).toContain('s      settings');
		expect(frame).toContain('q      quit');
		await ui.press('x');
		await ui.waitForText('Overall');
		ui.unmount();
	});

	it('asks for a bigger terminal instead of drawing garbage, and recovers', async () => {
		const {ui} = start({lang: 'ko', size: {columns: 40, rows: 10}});
		let frame = await ui.waitForText('창을 키워');
		fits(frame, 40);
		expect(frame).toContain('40×10');
		ui.resize(80, 24);
		frame = await ui.waitForText('전체');
		fits(frame, 80);
		ui.unmount();
	});

	it('keeps playing and says so when the progress store cannot be opened', async () => {
		let clock = 0;
		const ui = renderInk(
			<App
				index={index}
				packs={async () => packs}
				store={async () => {
					throw new Error("EACCES: permission denied, mkdir '/nope'");
				}}
				lang="en"
				langForced
				now={() => clock++}
			/>,
		);
		const frame = await ui.waitForText('can study, but nothing is saved.');
		// The title stays on top; the notice sits under the status line.
		const lines = fits(frame, 80);
		expect(lines[0]).toContain('sd-trainer · system design trainer');
		expect(lines[2]).toBe(" Could not open your progress (EACCES: permission denied, mkdir '/nope'). You");
		expect(frame).toContain('Overall 0%');
		await openCards(ui, 'en', 'card 1/3');
		ui.unmount();
	});

	it('quits with q from a card screen, saving the time studied', async () => {
		const {ui, store} = start({lang: 'en'});
		await openCards(ui, 'en', 'card 1/3');
		ui.write('q');
		await ui.waitUntilExit();
		// The test clock moves a second per reading: a few key presses, a few seconds.
		const sessions = Object.values(store.doc.sessions);
		expect(sessions).toHaveLength(1);
		expect(sessions[0]!.ms).toBeGreaterThan(0);
		expect(sessions[0]!.ms).toBeLessThan(60_000);
	});
});
