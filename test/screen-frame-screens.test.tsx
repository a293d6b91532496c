import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

// Screens drawn through ScreenFrame: exact frames, the same as before they moved onto it
// (captured from the built game in a terminal emulator at 80×24 and 60×16).
const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);

const chapterEn80 = [
	" Chapter 46 · Prime Video's move to a monolith",
	'',
	' Amazon Prime Video moved its stream-quality monitoring from serverless to a',
	' monolith and cut costs by 90%. Where the money leaked, what changed, and what',
	' the lessons are.',
	'',
	' Source: Amazon Prime Video Ditches AWS Serverless, Saves 90%',
	' https://www.youtube.com/watch?v=JTp0TY_2hXM',
	'',
	' ❯ Concept cards · 0 of 12 known',
	'   Simulations · 1',
	'   Quiz · 22 questions',
	'   Short quiz · 5 questions, weakest first',
	'   Short quiz · 10 questions, weakest first',
	'   Glossary · 10 terms',
	'',
	' ↑↓/jk move · Enter open · Esc back · ? help · q quit',
];
const chapterKo60 = [
	' 46장 · 프라임 비디오의 모놀리스 전환',
	'',
	' 아마존 프라임 비디오가 스트림 품질 모니터링을 서버리스에서',
	' 모놀리스로 옮겨 비용을 90% 줄인 사례다. 어디서 비용이…',
	'',
	' 출처: Amazon Prime Video Ditches AWS Serverless, Saves 90%',
	' https://www.youtube.com/watch?v=JTp0TY_2hXM',
	'',
	' ❯ 개념 카드 · 12장 중 0장 익힘',
	'   시뮬레이션 · 1',
	'   퀴즈 · 22문제',
	'   짧은 퀴즈 · 5문제, 약한 문제부터',
	'   짧은 퀴즈 · 10문제, 약한 문제부터',
	'   용어집 · 용어 10개',
	'',
	' ↑↓/jk 이동 · Enter 열기 · Esc 뒤로 · ? 도움말 · q 종료',
];
const simsEn80 = [
	' Chapter 56 · Simulations',
	'',
	' ❯ Integrate by merge · 0/2 ✓',
	'   Integrate by rebase · 0/2 ✓',
	'   Integrate by squash · 0/2 ✓',
	'   A teammate already pulled feature · 0/3 ✓',
	'   Find the bad change after a squash · 0/2 ✓',
	'   Recover a branch with the reflog · 0/2 ✓',
	'   Resolve a merge conflict · 0/2 ✓',
	'   Resolve a conflict during a rebase · 0/2 ✓',
	'   Free sandbox · 0/3 ✓',
	'',
	' ↑↓/jk move · Enter open · Esc back · ? help · q quit',
];
const simsKo60 = [
	' 56장 · 시뮬레이션',
	'',
	' ❯ merge로 통합하기 · 0/2 ✓',
	'   rebase로 통합하기 · 0/2 ✓',
	'   squash로 통합하기 · 0/2 ✓',
	'   팀원이 이미 feature를 받아 갔다 · 0/3 ✓',
	'   squash 뒤에 잘못된 변경 찾기 · 0/2 ✓',
	'   reflog로 브랜치 되살리기 · 0/2 ✓',
	'   병합 충돌 해결하기 · 0/2 ✓',
	'   rebase 중 충돌 해결하기 · 0/2 ✓',
	'   자유 실습 · 0/3 ✓',
	'',
	' ↑↓/jk 이동 · Enter 열기 · Esc 뒤로 · ? 도움말 · q 종료',
];

async function chapterFrame(lang: 'en' | 'ko', columns: number, rows: number, down: number, sims: boolean): Promise<string[]> {
	const {ui} = startApp(packs, undefined, {columns, rows}, lang);
	await ui.waitForText(lang === 'en' ? 'Overall 0%' : '전체 0%');
	ui.write('j'.repeat(down));
	const chapter = packs[down]!.chapter;
	await ui.waitForText(`❯ ${chapter} `);
	ui.write(KEY.enter);
	let frame = await ui.waitForText(lang === 'en' ? `Chapter ${chapter} · ` : `${chapter}장 · `);
	if (sims) {
		ui.write('j');
		await ui.waitForText(lang === 'en' ? '❯ Simulations' : '❯ 시뮬레이션');
		ui.write(KEY.enter);
		frame = await ui.waitForText(lang === 'en' ? `Chapter ${chapter} · Simulations` : `${chapter}장 · 시뮬레이션`);
	}
	ui.unmount();
	return frame.split('\n');
}

describe('screens in the screen frame', () => {
	it('the chapter screen: title, summary and source in the row budget, menu, key footer (80×24 en, 60×16 ko)', async () => {
		expect(await chapterFrame('en', 80, 24, 0, false)).toEqual(chapterEn80);
		expect(await chapterFrame('ko', 60, 16, 0, false)).toEqual(chapterKo60);
	});

	it('the simulation list of a chapter with several (80×24 en, 60×16 ko)', async () => {
		expect(await chapterFrame('en', 80, 24, 10, true)).toEqual(simsEn80);
		expect(await chapterFrame('ko', 60, 16, 10, true)).toEqual(simsKo60);
	});
});

describe('the stats screen in the screen frame', () => {
	it.each([
		['en', 80, 24, ' Stats', 'Overall 0%'],
		['ko', 60, 16, ' 통계', '전체 0%'],
	] as const)('fills %s %i×%i exactly: title, the window and its "more" line, the key footer', async (lang, columns, rows, title, map) => {
		const {ui} = startApp(packs, undefined, {columns, rows}, lang);
		await ui.waitForText(map);
		ui.write('t');
		const frame = (await ui.waitFor((f) => f.startsWith(title), 'the stats title on the first line')).split('\n');
		ui.unmount();
		expect(frame).toHaveLength(rows);
		expect(frame[0]).toBe(title);
		expect(frame.at(-3)).toMatch(lang === 'en' ? /^ ↓ \d+ more lines$/ : /^ ↓ \d+줄 더 있음$/);
		expect(frame.at(-2)).toBe('');
		expect(frame.at(-1)).toMatch(lang === 'en' ? / q quit$/ : / q 종료$/);
	});
});
