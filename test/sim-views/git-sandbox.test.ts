/**
 * The git sandbox's drawing in the boxes the simulation screen gives it at
 * 60×16 (56 columns, 5 rows) and 80×24 (76 columns, 12 rows under the
 * level's goal line): exact frames in both languages.
 */
import {describe, expect, it} from 'vitest';
import {type GitSandboxState, gitSandbox} from '../../source/sims/git-sandbox/engine.js';
import {gitSandboxView} from '../../source/sims/git-sandbox/view.js';
import {expectFits} from '../support/sims.js';

const play = (level: string, commands: string[]): GitSandboxState => {
	let s = gitSandbox.init(gitSandbox.params.parse({level, script: ''}), 1);
	for (const text of commands) s = gitSandbox.step(s, {type: 'command', text});
	return s;
};
const frame = (s: GitSandboxState, columns: number, rows: number, lang: 'en' | 'ko') => {
	const lines = gitSandboxView(s, columns, rows, lang);
	expectFits(lines, columns, rows);
	return lines.map((l) => l.text);
};

const MERGED_GRAPH = [
	"* 0d86a42 (HEAD -> main) Merge branch 'feature'",
	'|\\',
	'* | c57d02d E: bump version',
	'* | fe236be D: update footer',
	'| * 2672b9b (feature) C: fix search typo',
	'| * 80e2d33 B: add filters',
	'| * 0acd86d A: add search',
	'|/',
	'* 179f0f0 base',
];

describe('the git sandbox drawing', () => {
	const merged = play('merge', ['switch main', 'merge feature']);

	it('draws the merge level solved at 80×24: the whole graph, the merge commit with its two lines', () => {
		expect(frame(merged, 76, 12, 'en')).toEqual(['2 commands · par 2 · ✓ goal met · HEAD → main', ...MERGED_GRAPH]);
		expect(frame(merged, 76, 12, 'ko')).toEqual(['명령 2개 · par 2 · ✓ 목표 달성 · HEAD → main', ...MERGED_GRAPH]);
		expect(gitSandboxView(merged, 76, 12, 'en')[0]!.color).toBe('green');
	});

	it('keeps the newest commits at 60×16 and says how many more there are', () => {
		expect(frame(merged, 56, 5, 'en')).toEqual(['2 commands · par 2 · ✓ goal met · HEAD → main', ...MERGED_GRAPH.slice(0, 3), '… 6 more']);
		expect(frame(merged, 56, 5, 'ko').at(-1)).toBe('… 6줄 더');
	});

	it("marks a teammate's branch in brackets: after a rebase its old commits stay beside the copies", () => {
		expect(frame(play('shared-branch', ['rebase main']), 76, 12, 'en')).toEqual([
			'1 command · par 1 · HEAD → feature',
			'* 4a6c1f7 (HEAD -> feature) C: fix search typo',
			'* 8913855 B: add filters',
			'* 6ce427a A: add search',
			'* c57d02d (main) E: bump version',
			'* fe236be D: update footer',
			'| * 2672b9b ([teammate/feature]) C: fix search typo',
			'| * 80e2d33 B: add filters',
			'| * 0acd86d A: add search',
			'|/',
			'* 179f0f0 base',
		]);
	});

	it('says a merge stopped on a conflict in words and in red, cut to the box in Korean', () => {
		const stopped = play('merge-conflict', ['merge feature']);
		expect(frame(stopped, 56, 5, 'ko')).toEqual([
			'명령 1개 · par 3 · merge 충돌: config.txt · 스테이징 파…',
			'* 56aa721 (HEAD -> main) D: raise timeout',
			'| * 617c304 (feature) B: shorten timeout',
			'| * 942a908 A: add retry',
			'… 2줄 더',
		]);
		expect(gitSandboxView(stopped, 56, 5, 'ko')[0]!.color).toBe('red');
		// At 76 columns the whole Korean line fits; in English "HEAD → main" gives way (the graph shows it).
		expect(frame(stopped, 76, 12, 'ko')[0]).toBe('명령 1개 · par 3 · HEAD → main · merge 충돌: config.txt · 스테이징 파일 1개');
		expect(frame(stopped, 76, 12, 'en')[0]).toBe('1 command · par 3 · merge conflict: config.txt · staged: 1 file');
		// A detached HEAD gives way too: the graph marks it (HEAD), and the conflicted file stays in view.
		expect(frame(play('rebase-conflict', ['rebase main']), 56, 5, 'ko')[0]).toBe('명령 1개 · par 3 · rebase 충돌: config.txt');
	});
});
