/**
 * The simulation screen's command line, as a learner uses it in the git
 * sandbox (chapter 56): exact frames in both languages, several keys in one
 * write, q and ? typed, Esc clearing the line then closing it, a challenge met
 * by commands and the prediction revealed when the goal is.
 */
import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/56-git-merge-rebase-squash.yaml']);

const start = (lang: 'en' | 'ko', size = {columns: 80, rows: 24}) => startApp(packs, new MemoryStore(), size, lang);

/** Chapter 56 → its simulations → the n-th level (0: merge). */
async function openLevel(ui: ReturnType<typeof renderInk>, lang: 'en' | 'ko', n = 0) {
	await ui.waitForText(lang === 'en' ? 'Overall' : '전체');
	ui.write('\r');
	await ui.waitForText(lang === 'en' ? 'Chapter 56' : '56장');
	ui.write('j\r');
	await ui.waitForText(lang === 'en' ? 'Chapter 56 · Simulations' : '56장 · 시뮬레이션');
	ui.write(`${'j'.repeat(n)}\r`);
	return ui.waitForText(lang === 'en' ? '$ git … press : to type a command' : '$ git … :를 눌러 명령을 입력한다');
}

const lines = (frame: string) => frame.split('\n').map((l) => l.trimEnd());

describe('the command line of the git sandbox', () => {
	it('opens with :, runs commands typed and pasted, and meets the level at par (en, 80×24)', async () => {
		const {ui, store} = start('en');
		let frame = await openLevel(ui, 'en');
		expect(lines(frame).slice(0, 3)).toEqual([
			'  56 Integrate by merge                 seed 1 · step 0 · ⏸ paused · 1 steps/s',
			"  Bring feature's A, B, C into main with a merge commit: main's history ends …",
			'  0 commands · par 2 · HEAD → feature',
		]);
		expect(frame).toContain('No command yet: press : and type one (Enter runs it).');
		expect(lines(frame).at(-1)).toBe('  : command · Space play/pause · n step · Esc back · ? help · q quit');
		ui.write(':');
		frame = await ui.waitForText('$ git ▏');
		expect(lines(frame).at(-1)).toBe('  Enter run · ↑↓ earlier · Backspace erase · Esc clear/close · Ctrl+C quit');
		// q and ? are letters here; Esc takes the line back, the screen stays.
		ui.write('q?');
		await ui.waitForText('$ git q?▏');
		ui.write(KEY.escape);
		await ui.waitForText('$ git ▏');
		// Two commands pasted in one write, each run in turn.
		ui.write('switch main\rmerge feature\r');
		frame = await ui.waitForText('Challenge met:');
		expect(frame).toContain('2 commands · par 2 · ✓ goal met · HEAD → main');
		expect(frame).toContain("  * 0d86a42 (HEAD -> main) Merge branch 'feature'");
		expect(frame).toContain('  switch main → switched to main');
		expect(frame).toContain('  merge feature → merged feature into main: merge commit 0d86a42');
		expect(frame).toContain("main's history 7 commits · merge commits 1 · commits in the graph 7");
		expect(frame).toContain('challenges 2/2 ✓ — c to view');
		expect(Object.keys(store.doc.challenges).sort()).toEqual([
			'git-merge-rebase-squash/git-merge/merge-par',
			'git-merge-rebase-squash/git-merge/merge-seven',
		]);
		// Esc on the empty line closes it; the next Esc leaves the screen.
		ui.write(KEY.escape);
		await ui.waitForText('  : command · Space');
		ui.write(KEY.escape);
		await ui.waitForText('Chapter 56 · Simulations');
		ui.unmount();
	});

	it('says why a command failed in full, in Korean, and undo (1) takes a command back', async () => {
		const {ui} = start('ko');
		await openLevel(ui, 'ko', 6);
		ui.write(':');
		await ui.waitForText('$ git ▏');
		ui.write('merge feature\r');
		let frame = await ui.waitForText('에서 충돌했다');
		expect(frame).toContain('  명령 1개 · par 3 · HEAD → main · merge 충돌: config.txt · 스테이징 파일 1개');
		// The newest narration is wrapped whole: what to do next is read to the end.
		expect(frame).toContain('commit한다(취소: merge --abort).');
		ui.write('commit\r');
		frame = await ui.waitForText('아직 충돌이 남아 있다: config.txt');
		ui.write(KEY.escape);
		await ui.waitForText('$ git … :를 눌러 명령을 입력한다');
		ui.write('1');
		frame = await ui.waitForText('undo → 마지막 명령을 되돌렸다.');
		expect(frame).toContain('명령 0개 · par 3 · HEAD → main');
		ui.unmount();
	});

	it('asks for a prediction before the first command and reveals it when the goal is met', async () => {
		const {ui, store} = start('en');
		await openLevel(ui, 'en', 2);
		ui.write('p');
		await ui.waitForText("Predict main's history:");
		ui.write('4\r:switch main\r');
		await ui.waitForText('switch main → switched to main');
		ui.write('merge --squash feature\rcommit -m "Add search and filters"\r');
		const frame = await ui.waitForText('Predicted 4, actual 4: within 10% ✓');
		expect(frame).toContain('3 commands · par 3 · ✓ goal met · HEAD → main');
		expect(Object.values(store.doc.predictions ?? {}).map((p) => (p as {actual: number}).actual)).toEqual([4]);
		ui.unmount();
	});

	it('meets the free sandbox challenges by commands alone at 60×16, the result on two rows (ko)', async () => {
		const {ui, store} = start('ko', {columns: 60, rows: 16});
		await openLevel(ui, 'ko', 8);
		ui.write(':');
		await ui.waitForText('$ git ▏');
		ui.write('switch -c a\redit app.txt "a"\rcommit -m a\rswitch main\redit app.txt "b"\rcommit -m b\rmerge a\r');
		const frame = await ui.waitForText('에서 충돌했다');
		expect(lines(frame).slice(0, 8)).toEqual([
			'  56 자유 실습        시드 1 · 0단계 · ⏸ 정지 · 초당 1단계',
			'  명령 7개 · HEAD → main · merge 충돌: app.txt',
			'  * b564097 (HEAD -> main) b',
			'  | * 3a61017 (a) a',
			'  … 2줄 더',
			'  merge a → app.txt에서 충돌했다. resolve app.txt',
			'  ours|theirs 다음 commit한다(취소: merge --abort).',
			'  main 히스토리의 커밋 수 2 · 병합 커밋 수 0',
		]);
		ui.write('resolve app.txt theirs\rcommit\r');
		await ui.waitForText('도전 과제 2/3 ✓');
		expect(Object.keys(store.doc.challenges).sort()).toEqual([
			'git-merge-rebase-squash/git-sandbox/sandbox-conflict',
			'git-merge-rebase-squash/git-sandbox/sandbox-merge',
		]);
		ui.unmount();
	});
});
