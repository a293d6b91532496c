import {describe, expect, it} from 'vitest';
import {type GitSandboxState, gitSandbox} from '../../source/sims/git-sandbox/engine.js';
import {explain} from '../../source/sims/git-sandbox/errors.js';
import type {ErrorCode} from '../../source/sims/git-sandbox/outcome.js';
import {parseCommand} from '../../source/sims/git-sandbox/parse.js';

function play(level: string, commands: readonly string[]): GitSandboxState {
	let s = gitSandbox.init(gitSandbox.params.parse({level}), 1);
	for (const text of commands) s = gitSandbox.step(s, {type: 'command', text});
	return s;
}

const MERGING = ['merge feature'];
const REBASING = ['rebase main'];
/** [level, commands before, the bad command, the error it gives] */
const cases: [string, string[], string, ErrorCode][] = [
	['merge', [], '', 'empty'],
	['merge', [], 'frobnicate', 'unknown-command'],
	['merge', [], 'git', 'empty'],
	['merge', [], 'edit app.txt "x"', 'not-allowed'],
	['merge', [], 'merge', 'usage'],
	['merge', [], 'merge --ff-only feature', 'usage'],
	['merge', [], 'reset HEAD~1', 'usage'],
	['merge', [], 'commit -m "never closed', 'usage'],
	['merge', [], 'commit -m', 'usage'],
	['merge', [], 'switch', 'usage'],
	['merge', [], 'merge nope', 'bad-ref'],
	['merge', [], 'switch nope', 'no-branch'],
	['merge', [], 'switch HEAD~1', 'no-branch'],
	['merge', [], 'checkout nope', 'bad-ref'],
	['merge', [], 'branch main', 'branch-exists'],
	['merge', [], 'branch bad..name', 'bad-name'],
	['merge', [], 'branch HEAD', 'bad-name'],
	['merge', [], 'reset --hard HEAD~9', 'no-parent'],
	['merge', [], 'checkout main@{5}', 'reflog-short'],
	['merge', [], 'log teammate@{0}', 'bad-ref'],
	['merge', [], 'commit -m ""', 'empty-message'],
	['merge', [], 'rebase --continue', 'nothing-in-progress'],
	['merge', [], 'merge --abort', 'nothing-in-progress'],
	['merge', [], 'cherry-pick --abort', 'nothing-in-progress'],
	['merge', [], 'undo', 'nothing-to-undo'],
	['merge', ['switch main', 'merge feature'], 'revert HEAD', 'merge-commit'],
	['merge', ['switch main', 'merge feature'], 'cherry-pick HEAD', 'merge-commit'],
	['merge', ['switch main'], 'cherry-pick HEAD~1', 'pick-empty'],
	['shared-branch', [], 'switch teammate/feature', 'shared-branch'],
	['merge-conflict', [], 'edit bad/file x', 'bad-file'],
	['merge-conflict', [], 'resolve config.txt ours', 'not-conflicted'],
	['merge-conflict', ['edit config.txt "timeout=1"'], 'switch feature', 'dirty'],
	['merge-conflict', ['edit config.txt "timeout=1"'], 'merge feature', 'dirty'],
	['merge-conflict', MERGING, 'switch feature', 'in-progress'],
	['merge-conflict', MERGING, 'commit', 'conflicts-left'],
	['merge-conflict', MERGING, 'rebase main', 'in-progress'],
	['merge-conflict', MERGING, 'resolve config.txt mine', 'usage'],
	['merge-conflict', MERGING, 'resolve retry.txt ours', 'not-conflicted'],
	['merge-conflict', MERGING, 'rebase --abort', 'nothing-in-progress'],
	['rebase-conflict', REBASING, 'commit', 'use-continue'],
	['rebase-conflict', REBASING, 'reset --hard HEAD', 'rebase-in-progress'],
	['rebase-conflict', REBASING, 'merge main', 'rebase-in-progress'],
	['rebase-conflict', REBASING, 'rebase --continue', 'conflicts-left'],
	['rebase-conflict', REBASING, 'merge --abort', 'nothing-in-progress'],
];

describe('git sandbox errors', () => {
	it.each(cases)('%s after %j: "%s" is refused (%s) and changes nothing', (level, before, text, code) => {
		const s = play(level, before);
		expect(s.history.filter((h) => h.error)).toEqual([]);
		const after = gitSandbox.step(s, {type: 'command', text});
		expect(after.history[after.history.length - 1]!.error?.code).toBe(code);
		expect(after.repo).toBe(s.repo);
		expect(after.commands).toBe(s.commands);
		expect(after.past).toBe(s.past);
		expect(gitSandbox.summary(after).lastError).toBe(code);
	});

	it.each(cases)('%s after %j: "%s" is explained in one plain sentence in both languages', (level, before, text) => {
		const s = gitSandbox.step(play(level, before), {type: 'command', text});
		const error = s.history[s.history.length - 1]!.error!;
		for (const lang of ['en', 'ko'] as const) {
			const said = explain(error, lang);
			expect(said).not.toMatch(/undefined|\$\{/);
			expect(said.length).toBeGreaterThan(8);
		}
		expect(explain(error, 'ko')).toMatch(/[가-힣]/);
	});

	it('explains usage with the command written out', () => {
		expect(explain({code: 'usage', a: 'reset'}, 'en')).toBe('Usage: reset --hard REF');
		expect(explain({code: 'usage', a: 'reset'}, 'ko')).toBe('사용법: reset --hard REF');
		expect(explain({code: 'not-allowed', a: 'edit'}, 'ko')).toBe('이 레벨에서는 edit 명령을 쓸 수 없다.');
		expect(explain({code: 'dirty', a: 'config.txt'}, 'en')).toBe('Staged changes in config.txt: commit them or reset --hard first.');
	});

	it('parses what a learner types, with or without "git"', () => {
		expect(parseCommand('git merge --squash feature')).toEqual({command: {name: 'merge', mode: 'squash', ref: 'feature'}});
		expect(parseCommand('  switch -c topic HEAD~1 ')).toEqual({command: {name: 'switch', target: 'topic', create: true, start: 'HEAD~1'}});
		expect(parseCommand('commit -m "두 단어 메시지"')).toEqual({command: {name: 'commit', message: '두 단어 메시지'}});
		expect(parseCommand('reset --hard')).toEqual({command: {name: 'reset', ref: 'HEAD'}});
		expect(parseCommand('edit app.txt new line here')).toEqual({command: {name: 'edit', file: 'app.txt', text: 'new line here'}});
	});
});
