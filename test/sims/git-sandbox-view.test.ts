import {describe, expect, it} from 'vitest';
import {drawGraph} from '../../source/sims/git-sandbox/draw.js';
import {type GitSandboxAction, type GitSandboxState, gitSandbox} from '../../source/sims/git-sandbox/engine.js';
import {gitSandboxSim} from '../../source/sims/git-sandbox/index.js';
import {LEVELS} from '../../source/sims/git-sandbox/levels.js';
import {gitSandboxView} from '../../source/sims/git-sandbox/view.js';
import {act, advance, startPlayback, stepBack} from '../../source/sims/playback.js';
import {runHeadless} from '../../source/sims/run.js';
import {deepFreeze, expectViewFitsEverySize, expectViewLeavesStateAlone} from '../support/sims.js';

function play(level: string, commands: readonly string[]): GitSandboxState {
	let s = gitSandbox.init(gitSandbox.params.parse({level}), 1);
	for (const text of commands) s = gitSandbox.step(s, {type: 'command', text});
	return s;
}
const solved = (id: string) => play(id, LEVELS.find((l) => l.id === id)!.solution);

describe('git sandbox as a simulation plugin', () => {
	const states = [
		...LEVELS.flatMap((l) => {
			let s = gitSandbox.init(gitSandbox.params.parse({level: l.id}), 1);
			const all = [s];
			for (const text of [...l.solution, 'reflog', 'bogus']) {
				s = gitSandbox.step(s, {type: 'command', text});
				all.push(s);
			}
			return all;
		}),
		play('merge-conflict', ['merge feature']),
		play('sandbox', [
			'commit -m "한글로 쓴 아주 긴 커밋 메시지가 화면 끝에서 잘린다"',
			'switch -c a',
			'commit',
			'switch main',
			'merge a',
			'log',
		]),
	];

	it('draws every state in every box, in both languages, without overflowing or changing it', () => {
		expectViewFitsEverySize(gitSandboxView, states, [
			[60, 16],
			[76, 20],
			[120, 40],
			[40, 6],
			[20, 3],
			[30, 1],
		]);
		expectViewLeavesStateAlone(gitSandboxView, states, {freeze: true});
	});

	it('shows the status with par, the graph, and what a log or reflog printed', () => {
		const lines = gitSandboxView(solved('merge'), 80, 12, 'en');
		expect(lines.map((l) => l.text)).toEqual(['2 commands · par 2 · ✓ goal met · HEAD → main', ...drawGraph(solved('merge').repo, 80)]);
		expect(lines[0]!.color).toBe('green');
		const ko = gitSandboxView(play('reflog-rescue', ['reflog main']), 80, 24, 'ko').map((l) => l.text);
		expect(ko[0]).toBe('명령 0개 · par 1 · HEAD → main');
		expect(ko.slice(-2)).toEqual([`  1a72c36 main@{0}: reset: moving to HEAD~2`, `  b47e71f main@{1}: branch: Created`]);
		// Cramped, the graph gives way to "… N more" before the printed lines go below two.
		const cramped = gitSandboxView(play('merge', ['log']), 60, 6, 'en').map((l) => l.text);
		expect(cramped).toHaveLength(6);
		expect(cramped[3]).toMatch(/^… \d+ more$/);
		expect(cramped.slice(4)).toEqual(['  2672b9b C: fix search typo', '  80e2d33 B: add filters']);
	});

	it('narrates each command as "command → what it did", the shared-history warning included, and an idle tick', () => {
		const before = play('shared-branch', []);
		const after = gitSandbox.step(before, {type: 'command', text: '  rebase   main '});
		const [line] = gitSandboxSim.narrate!(before, after, {type: 'command', text: 'rebase main'});
		expect(line!.ko).toMatch(/^rebase main → feature 브랜치를 main 위로 rebase했다\. 커밋 3개를 새 id로 다시 쌓았다\. 경고: /);
		expect(line!.en).toContain('Warning: feature lost commits your teammate pulled; pushing needs --force');
		const bad = gitSandbox.step(before, {type: 'command', text: 'merg main'});
		expect(gitSandboxSim.narrate!(before, bad, {type: 'command', text: 'merg main'})[0]!.en).toMatch(
			/^merg main → "merg" is not a command here\./,
		);
		const empty = gitSandbox.init(gitSandbox.params.parse({script: ''}), 1);
		expect(gitSandboxSim.narrate!(empty, gitSandbox.step(empty, {type: 'tick'}), {type: 'tick'})[0]!.en).toBe(
			'The script is empty: nothing to play. Press : and type a git command.',
		);
	});

	it('steps back to the very state it was in, the undo live action replayed at its step', () => {
		const {engine, liveActions} = gitSandboxSim;
		let p = advance(engine, startPlayback(engine, engine.params.parse({}), 1), 1);
		const live = liveActions.map((l) => l.make(p.state as GitSandboxState)).find((a) => a !== undefined);
		expect(live).toEqual({type: 'command', text: 'undo'});
		p = act(engine, p, live!);
		const next = advance(engine, p, 1);
		const back = stepBack(engine, next);
		expect(back.steps).toBe(next.steps - 1);
		expect(back.state).toEqual(p.state);
	});

	it('fits the screen boxes at 80×24 and 60×16 (76 or 56 columns, 1 to 8 rows) at stages of every level', () => {
		const boxes = [76, 56].flatMap((c) => Array.from({length: 8}, (_, i): [number, number] => [c, i + 1]));
		expectViewFitsEverySize(
			gitSandboxView,
			states.filter((_, i) => i % 3 === 0),
			boxes,
		);
	});

	it('keeps the plugin contract: params with help and defaults, a headless run that finishes the same way twice, plain JSON summaries', () => {
		const {engine, liveActions} = gitSandboxSim;
		const defaults = engine.params.parse({});
		expect(Object.keys(engine.paramHelp)).toEqual(Object.keys(defaults));
		const a = runHeadless(engine, defaults, 1);
		expect(a.finished).toBe(true);
		expect(runHeadless(engine, engine.params.parse({}), 7)).toEqual(a);
		expect(JSON.parse(JSON.stringify(a.summary))).toStrictEqual(a.summary);
		for (const state of states) {
			for (const live of liveActions) {
				const action = live.make(deepFreeze(state));
				if (action) expect(engine.step(state, action as GitSandboxAction).history.at(-1)?.event?.kind).toBe('undone');
			}
		}
	});
});
