import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {addAnswer, emptyDoc, type ProgressDoc} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPackDir('test/fixtures/good');
const T0 = Date.UTC(2026, 10, 25, 9);
const DAY = 86_400_000;

/** Every quiz item answered right ten days before the game's clock: all due now. */
function dueDoc(): ProgressDoc {
	let doc = emptyDoc();
	let n = 0;
	for (const pack of packs) {
		for (const item of pack.quiz) {
			doc = addAnswer(doc, `a${n++}`, {
				pack: pack.id,
				item: item.id,
				at: T0 - 10 * DAY + n * 1000,
				ms: 20_000,
				correct: true,
				score: 1,
				rating: 3,
				mode: 'quiz',
			});
		}
	}
	return doc;
}

/** The frame's text with its lines joined, for sentences wrapped over two. */
const joined = (frame: string) =>
	frame
		.split('\n')
		.map((l) => l.trim())
		.join(' ');

function fits(frame: string, columns: number) {
	for (const line of frame.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
}

describe('the review session on the map', () => {
	it('shows the session’s size, length and chapters where review starts', async () => {
		const {ui} = startApp(packs, new MemoryStore(dueDoc()));
		// 7 items due in 2 chapters; 20 s an answer + 15 s feedback → 7 × 35 s ≈ 4 min.
		const frame = await ui.waitForText('Review: 7 items · ~4 min · 2 chapters');
		expect(frame).toContain('7 due · 0 new');
		fits(frame, 80);
		ui.unmount();
	});

	it('fits 60×16 in Korean', async () => {
		const {ui} = startApp(packs, new MemoryStore(dueDoc()), {columns: 60, rows: 16}, 'ko');
		const frame = await ui.waitForText('오늘 복습 7개 · 약 4분 · 2개 장');
		fits(frame, 60);
		ui.unmount();
	});

	it('shows nothing of a session when nothing is due', async () => {
		const {ui} = startApp(packs);
		const frame = await ui.waitForText('Overall');
		expect(frame).not.toContain('Review:');
		ui.unmount();
	});
});

describe('scheduling settings', () => {
	it('steps the desired retention by 0.01 once per Enter, even in a burst, and explains the row', async () => {
		const {ui, store} = startApp(packs);
		await ui.waitForText('Overall');
		await ui.press('s');
		await ui.waitForText('Settings');
		// From the language row (English, the second) down to the retention row.
		ui.write(`${KEY.down}${KEY.down}${KEY.down}`);
		let frame = await ui.waitForText('❯ Desired retention: 0.90 (gaps ×1.00)');
		expect(joined(frame)).toContain('How likely you are to recall an item when it comes back. Higher → shorter gaps and more reviews.');
		ui.write(`${KEY.enter}${KEY.enter}${KEY.enter}`);
		frame = await ui.waitForText('Desired retention: 0.93 (gaps ×0.61)');
		expect(store.doc.settings.retention?.value).toBe(0.93);
		// Past 0.95 it starts again at 0.85.
		ui.write(`${KEY.enter}${KEY.enter}${KEY.enter}`);
		await ui.waitForText('Desired retention: 0.85 (gaps ×1.91)');
		expect(store.doc.settings.retention?.value).toBe(0.85);
		ui.write(`${KEY.down}${KEY.enter}`);
		frame = await ui.waitForText('❯ Longest gap between reviews: 730 days');
		expect(frame).toContain('No item waits longer than this, however well you know it.');
		expect(store.doc.settings.maxInterval?.value).toBe(730);
		ui.unmount();
	});

	it('fits 60×16 in Korean with each row explained', async () => {
		const {ui} = startApp(packs, new MemoryStore(), {columns: 60, rows: 16}, 'ko');
		await ui.waitForText('전체');
		await ui.press('s');
		await ui.waitForText('설정');
		ui.write(`${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
		const frame = await ui.waitForText('❯ 목표 기억률: 0.90 (간격 ×1.00)');
		expect(joined(frame)).toContain('복습할 때 문제를 기억하고 있을 확률이다. 높일수록 간격이 짧아지고 복습이 늘어난다.');
		expect(frame).toContain('최대 복습 간격: 365일');
		fits(frame, 60);
		ui.unmount();
	});
});
