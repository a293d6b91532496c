import {describe, expect, it} from 'vitest';
import {width} from '../../source/content/text.js';
import {drawGraph, legend, statusLine} from '../../source/sims/git-sandbox/draw.js';
import {type GitSandboxState, gitSandbox} from '../../source/sims/git-sandbox/engine.js';
import {LEVELS} from '../../source/sims/git-sandbox/levels.js';
import {narrate} from '../../source/sims/git-sandbox/narrate.js';
import type {EventKind} from '../../source/sims/git-sandbox/outcome.js';

function play(level: string, commands: readonly string[]): GitSandboxState {
	let s = gitSandbox.init(gitSandbox.params.parse({level}), 1);
	for (const text of commands) s = gitSandbox.step(s, {type: 'command', text});
	return s;
}
const ALL_KINDS: EventKind[] = [
	'aborted',
	'already-on',
	'branch-created',
	'branches',
	'committed',
	'detached',
	'edited',
	'fast-forward',
	'log',
	'merge-committed',
	'merge-conflict',
	'merged',
	'pick-conflict',
	'picked',
	'rebase-conflict',
	'rebase-ff',
	'rebased',
	'reflog',
	'reset',
	'resolved',
	'reverted',
	'squashed',
	'status',
	'switched',
	'undone',
	'up-to-date',
];
const solved = (id: string) => play(id, LEVELS.find((l) => l.id === id)!.solution);

describe('git sandbox drawing', () => {
	it('merge: a merge commit with two lines of history below it', () => {
		expect(drawGraph(solved('merge').repo, 80)).toEqual([
			"* 0d86a42 (HEAD -> main) Merge branch 'feature'",
			'|\\',
			'* | c57d02d E: bump version',
			'* | fe236be D: update footer',
			'| * 2672b9b (feature) C: fix search typo',
			'| * 80e2d33 B: add filters',
			'| * 0acd86d A: add search',
			'|/',
			'* 179f0f0 base',
		]);
	});

	it('rebase + fast-forward: one straight line, A, B, C with new ids on top of E', () => {
		expect(drawGraph(solved('rebase').repo, 80)).toEqual([
			'* 4a6c1f7 (HEAD -> main, feature) C: fix search typo',
			'* 8913855 B: add filters',
			'* 6ce427a A: add search',
			'* c57d02d E: bump version',
			'* fe236be D: update footer',
			'* 179f0f0 base',
		]);
	});

	it('squash: one new commit on main; feature keeps A, B, C', () => {
		expect(drawGraph(solved('squash').repo, 80)).toEqual([
			'* 9c30c01 (HEAD -> main) Add search and filters (#1)',
			'* c57d02d E: bump version',
			'* fe236be D: update footer',
			'| * 2672b9b (feature) C: fix search typo',
			'| * 80e2d33 B: add filters',
			'| * 0acd86d A: add search',
			'|/',
			'* 179f0f0 base',
		]);
	});

	it('three branches merged: lines move right for a second parent and close up again', () => {
		const s = play('sandbox', [
			'switch -c a',
			'commit',
			'switch main',
			'commit',
			'switch -c b',
			'commit',
			'switch main',
			'commit',
			'merge a',
			'merge b',
		]);
		const graph = drawGraph(s.repo, 80).map((l) => l.replace(/ [0-9a-f]{7} .*/, ''));
		expect(graph).toEqual(['*', '|\\', '* |', '|\\ \\', '* | |', '| | *', '| |/', '|/|', '* |', '| *', '|/', '*']);
	});

	it('detached HEAD and a stopped merge show in the labels and the status line', () => {
		const detached = play('merge', ['checkout HEAD~1']);
		expect(drawGraph(detached.repo, 80)[3]).toBe('| * 80e2d33 (HEAD) B: add filters');
		expect(statusLine(detached.repo, 'en')).toBe('HEAD → 80e2d33 (detached)');
		const stopped = play('merge-conflict', ['merge feature']);
		expect(statusLine(stopped.repo, 'en')).toBe('HEAD → main · merge conflict: config.txt · staged: 1 file');
		expect(statusLine(stopped.repo, 'ko')).toBe('HEAD → main · merge 충돌: config.txt · 스테이징 파일 1개');
	});

	it('fits any width, cutting Korean between characters, and gives the oldest rows way to a count', () => {
		const s = play('sandbox', [
			'commit -m "한글로 쓴 아주 긴 커밋 메시지가 화면 끝에서 잘린다"',
			'switch -c 기능',
			'commit -m "두 번째 커밋"',
		]);
		expect(s.history.filter((h) => h.error).map((h) => h.text)).toEqual(['switch -c 기능']);
		for (const state of [s, solved('merge'), solved('shared-branch')]) {
			for (const columns of [80, 60, 40, 24, 12]) {
				for (const lang of ['ko', 'en'] as const) {
					for (const line of drawGraph(state.repo, columns, 99, lang)) expect(width(line), line).toBeLessThanOrEqual(columns);
				}
			}
		}
		expect(drawGraph(s.repo, 30)[0]).toBe('* a0eca7c (HEAD -> main) 두 …');
		expect(drawGraph(solved('merge').repo, 80, 4, 'ko')).toEqual([
			"* 0d86a42 (HEAD -> main) Merge branch 'feature'",
			'|\\',
			'* | c57d02d E: bump version',
			'… 6줄 더',
		]);
		expect(drawGraph(solved('merge').repo, 80, 2, 'en')[1]).toBe('… 8 more');
	});

	it('has a legend of short lines in both languages', () => {
		for (const lang of ['ko', 'en'] as const) {
			expect(legend(lang)).toHaveLength(9);
			for (const line of legend(lang)) expect(width(line)).toBeLessThanOrEqual(56);
		}
	});
});

describe('git sandbox narration', () => {
	it('says each step of the merge level in one sentence, in both languages', () => {
		const s = solved('merge');
		expect(s.history.map((h) => narrate(h, 'en'))).toEqual(['switched to main', 'merged feature into main: merge commit 0d86a42']);
		expect(s.history.map((h) => narrate(h, 'ko'))).toEqual([
			'main 브랜치로 옮겼다.',
			'main에 feature의 작업을 병합했다: 병합 커밋 0d86a42',
		]);
	});

	it('says what rebase, squash, reset and conflicts did', () => {
		const said = (level: string, commands: string[], lang: 'ko' | 'en') => {
			const s = play(level, commands);
			return narrate(s.history[s.history.length - 1]!, lang);
		};
		expect(said('rebase', ['rebase main'], 'en')).toBe('rebased feature onto main: 3 commits replayed with new ids');
		expect(said('rebase', ['rebase main'], 'ko')).toBe('feature 브랜치를 main 위로 rebase했다. 커밋 3개를 새 id로 다시 쌓았다.');
		expect(said('squash', ['switch main', 'merge --squash feature'], 'ko')).toBe(
			'feature의 변경(파일 2개)을 하나로 모아 스테이징했다. commit하면 커밋 하나가 된다.',
		);
		expect(said('reflog-rescue', ['reset --hard HEAD~1'], 'en')).toBe('moved main to HEAD~1 (179f0f0); 1 commit now only in the reflog');
		expect(said('merge-conflict', ['merge feature'], 'en')).toBe(
			'conflict in config.txt: resolve config.txt ours|theirs, then commit (or merge --abort)',
		);
		expect(said('merge-conflict', ['merge feature'], 'ko')).toBe(
			'config.txt에서 충돌했다. resolve config.txt ours|theirs 다음 commit한다(취소: merge --abort).',
		);
		// git keeps no state for a squash: merge --abort refuses it, so the way out offered is reset --hard.
		expect(said('merge-conflict', ['merge --squash feature'], 'en')).toBe(
			'conflict in config.txt: resolve config.txt ours|theirs, then commit (or reset --hard)',
		);
		expect(said('rebase-conflict', ['rebase main'], 'ko')).toBe(
			'config.txt에서 충돌했다. resolve config.txt ours|theirs 다음 rebase --continue한다.',
		);
	});

	it('has a sentence for every kind of event, in both languages', () => {
		const seen = new Map<EventKind, GitSandboxState['history'][number]>();
		const scripts: [string, string[]][] = [
			...LEVELS.map((l) => [l.id, [...l.solution]] as [string, string[]]),
			[
				'merge',
				[
					'branch',
					'branch x',
					'switch feature',
					'checkout HEAD~1',
					'log',
					'reflog',
					'status',
					'undo',
					'switch main',
					'merge main',
					'cherry-pick feature~2',
				],
			],
			['rebase', ['switch main', 'rebase feature', 'reset --hard HEAD~1', 'cherry-pick feature', 'switch feature', 'rebase main']],
			['merge-conflict', ['merge feature', 'merge --abort', 'cherry-pick feature', 'cherry-pick --abort', 'revert HEAD', 'edit a.txt "x"']],
			['rebase-conflict', ['rebase main', 'rebase --abort', 'switch main', 'merge feature']],
		];
		for (const [level, commands] of scripts) for (const h of play(level, commands).history) if (h.event) seen.set(h.event.kind, h);
		expect([...seen.keys()].sort()).toEqual(ALL_KINDS);
		for (const [kind, outcome] of seen) {
			for (const lang of ['ko', 'en'] as const) {
				const said = narrate(outcome, lang);
				expect(said.length, kind).toBeGreaterThan(5);
				expect(said, kind).not.toMatch(/undefined|\$\{|NaN/);
			}
		}
	});
});
