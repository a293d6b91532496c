import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {DAY_MS} from '../source/progress/days.js';
import {addAnswer, emptyDoc, type ProgressDoc} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

// The deployment chapter alone, so the stats screen is short enough to read the section without scrolling far.
const deploy = loadPackDir('lessons').packs.filter((p) => p.id === 'deployment-strategies');
const NOW = Date.UTC(2026, 10, 25, 9);

let n = 0;
const wrong = (doc: ProgressDoc, item: string, at: number, misconception: string) =>
	addAnswer(doc, `w${n++}`, {
		pack: 'deployment-strategies',
		item,
		at,
		ms: 4000,
		correct: false,
		score: 0,
		rating: 1,
		mode: 'review',
		misconception,
	});
const right = (doc: ProgressDoc, item: string, at: number) =>
	addAnswer(doc, `r${n++}`, {pack: 'deployment-strategies', item, at, ms: 4000, correct: true, score: 1, rating: 3, mode: 'review'});

// "A fast rollback means few users are affected": missed twice (3 and 2 days ago), right once since.
// "Rolling and blue-green are the same": missed once, then right on two days: fixed.
let doc = wrong(emptyDoc(), 'q-sim-bluegreen-blast', NOW - 3 * DAY_MS, 'fast-rollback-small-blast');
doc = wrong(doc, 'q-sim-bluegreen-blast', NOW - 2 * DAY_MS, 'fast-rollback-small-blast');
doc = right(doc, 'q-sim-bluegreen-blast', NOW - 2 * DAY_MS + 60_000);
doc = wrong(doc, 'q-rolling-def', NOW - 5 * DAY_MS, 'rolling-is-blue-green');
doc = right(doc, 'q-rolling-def', NOW - 4 * DAY_MS);
doc = right(doc, 'q-rolling-def', NOW - 3 * DAY_MS);

async function statsSection(lang: 'en' | 'ko', size: {columns: number; rows: number}) {
	const {ui} = startApp(deploy, new MemoryStore(doc), size, lang);
	await ui.waitForText(lang === 'ko' ? '전체' : 'Overall');
	ui.write('t');
	let frame = await ui.waitForText(lang === 'ko' ? '통계' : 'Stats');
	const head = lang === 'ko' ? '바로잡을 오해' : 'Misconceptions to fix';
	const last = lang === 'ko' ? '1개 해소' : '1 fixed:';
	// Down a line at a time until the whole section is on screen (its title and its last line).
	for (let i = 0; i < 80 && !(frame.includes(head) && frame.includes(last)); i++) frame = await ui.press('j');
	ui.unmount();
	const lines = frame.split('\n');
	for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(size.columns);
	const at = lines.findIndex((l) => l.includes(head));
	return lines.slice(at, at + 7).map((l) => l.trimEnd());
}

describe('stats: misconceptions to fix', () => {
	it('lists the active one with its evidence and remedy, and counts the fixed one, at 80×24 in English', async () => {
		expect(await statsSection('en', {columns: 80, rows: 24})).toEqual([
			' Misconceptions to fix (1 active · 1 fixed)',
			' • A fast rollback means few users are affected',
			'   missed 2× · last time 2 days ago · right 1× since',
			'   card: Blue-Green deployment: the costs',
			'   simulation: A bad release meets five deployment strategies',
			"   › Keep the users who hit the bad release's errors under 5%",
			' 1 fixed: right twice since, on different days.',
		]);
	});

	it('fits 60×16 in Korean: the remedy over three lines, the challenge whole in 58 columns', async () => {
		expect(await statsSection('ko', {columns: 60, rows: 16})).toEqual([
			' 바로잡을 오해 (활성 1 · 해소 1)',
			' • 롤백이 빠르면 영향받는 사용자도 적다',
			'   2번 틀림 · 마지막 2일 전 · 이후 1번 맞힘',
			'   카드: 블루-그린 배포의 비용',
			'   시뮬레이션: 나쁜 릴리스와 다섯 가지 배포 전략',
			'   › 나쁜 릴리스에 오류를 겪는 사용자를 5% 미만으로 줄여라',
			' 1개 해소: 이후 다른 날 두 번 맞혔다.',
		]);
	});
});

// Stack Overflow: "few servers means they run near their limit" shown on q-so-spike two days ago;
// q-so-capacity can show it too and was never answered: review brings it in first, as a remediation item.
const so = loadPackDir('lessons').packs.filter((p) => p.id === 'stack-overflow');
const soDoc = addAnswer(emptyDoc(), 'w-so', {
	pack: 'stack-overflow',
	item: 'q-so-spike',
	at: NOW - 2 * DAY_MS,
	ms: 4000,
	correct: false,
	score: 0,
	rating: 1,
	mode: 'review',
	misconception: 'few-servers-means-overloaded',
});

describe('review: a remediation item', () => {
	it('says it is a check while answered, then names the misconception and opens its simulation with s (80×24, English)', async () => {
		const {ui} = startApp(so, new MemoryStore(soDoc));
		// The map counts the remediation item in today's session, as the review then asks it.
		const map = await ui.waitFor((f) => /Review: \d+ items?/.test(f), "today's session on the map");
		const planned = Number(/Review: (\d+) items?/.exec(map)![1]);
		ui.write('r');
		const asked = (await ui.waitForText('question 1/')).split('\n');
		expect(asked[0]).toContain(`question 1/${planned}`);
		expect(asked.slice(1, 4).map((l) => l.trimEnd())).toEqual([
			'  ────────────────────────────────────────────────────────────────────────────',
			'  ↻ A check on a misconception you showed before',
			"  At roughly what share of their capacity do Stack Overflow's servers normally",
		]);
		const frame = await ui.waitForText('5-10%');
		const number = /(\d)\. 5-10%/.exec(frame)![1]!;
		ui.write(number);
		ui.write(KEY.enter);
		await ui.waitForText('How sure are you? 1 low · 2 medium · 3 high');
		ui.write(KEY.enter);
		const feedback = (await ui.waitForText('✓ Right')).split('\n');
		expect(feedback[2]!.trimEnd()).toBe('  ↻ Misconception: Few servers means they run near… · c: card · s: simulation');
		expect(feedback.at(-1)!.trimEnd()).toBe('  Enter next · c open card · s simulation · Esc back · ? help · q quit');
		ui.write('s');
		await ui.waitForText('Stack Overflow');
		ui.unmount();
	});

	it('fits 60×16 in Korean', async () => {
		const {ui} = startApp(so, new MemoryStore(soDoc), {columns: 60, rows: 16}, 'ko');
		await ui.waitForText('전체');
		ui.write('r');
		const frame = await ui.waitForText('전에 드러난 오해');
		for (const line of frame.split('\n')) expect(width(line), line).toBeLessThanOrEqual(60);
		expect(frame.split('\n')[2]!.trimEnd()).toBe('  ↻ 전에 드러난 오해를 점검하는 문제다');
		const number = /(\d)\. 5~10%/.exec(await ui.waitForText('5~10%'))![1]!;
		ui.write(number);
		ui.write(KEY.enter);
		await ui.waitForText('얼마나 확신하는가?');
		ui.write(KEY.enter);
		const feedback = await ui.waitForText('✓ 정답');
		for (const line of feedback.split('\n')) expect(width(line), line).toBeLessThanOrEqual(60);
		expect(feedback.split('\n')[2]!.trimEnd()).toBe('  ↻ 오해: 서버가 적으면 늘 한계… · c: 카드 · s: 시뮬레이션');
		ui.unmount();
	});
});
