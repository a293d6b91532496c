import {describe, expect, it} from 'vitest';
import {simById} from '../source/sims/registry.js';
import {initialSimulationState, type SimScreenAction, type SimScreenState, simulationReducer} from '../source/ui/simulation-state.js';
import type {Action} from '../source/ui/keys.js';

const start = (id: string, params: object = {}, metric?: string) => {
	const sim = simById(id)!;
	return initialSimulationState(sim, sim.engine.params.parse(params), metric);
};
const keys = (...list: Action[]): SimScreenAction[] => list.map((key) => ({type: 'key', key}));
const chars = (text: string): SimScreenAction[] => [...text].map((ch) => ({type: 'text', text: ch}));
const reduce = (s: SimScreenState, actions: SimScreenAction[]) => actions.reduce(simulationReducer, s);

describe('the simulation screen state', () => {
	it('acts on several keys in a row, each on the state the last one left', () => {
		const s = reduce(start('load-balancer'), keys('next', 'next', 'next', 'next'));
		expect((s.playback.params as {algorithm: string}).algorithm).toBe('least-connections');
		expect(s.playback.steps).toBe(0);
		const moved = reduce(s, keys('down', 'down', 'up'));
		expect(moved.selected).toBe(1);
		expect(reduce(s, keys('up')).selected).toBeGreaterThan(1);
	});

	it('types a prediction: only a number goes in, Enter keeps it, a restart forgets it', () => {
		let s = reduce(start('load-balancer', {}, 'droppedFraction'), keys('predict'));
		expect(s.mode).toEqual({kind: 'predicting', text: ''});
		// q, ? and letters are typed into the field, where a number has no room for them; run keys do nothing.
		s = reduce(s, [...chars('0.1q?x'), ...keys('toggle', 'stepNext', 'erase'), ...chars('5')]);
		expect(s.mode).toEqual({kind: 'predicting', text: '0.5'});
		expect(s.playback.steps).toBe(0);
		s = reduce(s, keys('open'));
		expect(s).toMatchObject({mode: {kind: 'params'}, prediction: 0.5});
		expect(reduce(s, keys('restart')).prediction).toBeUndefined();
		// No prediction once the run has started, or without a figure to predict.
		expect(reduce(s, keys('stepNext', 'predict')).mode.kind).toBe('params');
		expect(reduce(start('load-balancer'), keys('predict')).mode.kind).toBe('params');
	});

	it('Esc leaves a field only: the parameters and the run stay', () => {
		const before = reduce(start('load-balancer', {}, 'droppedFraction'), keys('next', 'stepNext', 'stepNext'));
		const s = reduce(before, [...keys('restart', 'predict'), ...chars('7'), ...keys('back')]);
		expect(s.mode.kind).toBe('params');
		expect(s.prediction).toBeUndefined();
		expect(s.playback.params).toEqual(before.playback.params);
	});

	it('types a text parameter and applies it on Enter (restarting the run); a bad value changes nothing', () => {
		const trie = start('trie');
		const row = ['words', 'prefix', 'limit'].indexOf('prefix');
		let s = reduce(trie, [...keys(...Array<Action>(row).fill('down'), 'open')]);
		expect(s.mode).toEqual({kind: 'typing', param: 'prefix', text: 'ho'});
		s = reduce(s, [...keys('erase'), ...chars('q?1'), ...keys('open')]);
		expect(s.mode.kind).toBe('params');
		expect((s.playback.params as {prefix: string}).prefix).toBe('hq?1');
		const tooLong = reduce(s, [...keys('open'), ...chars('x'.repeat(45)), ...keys('open')]);
		expect(tooLong.playback.params).toEqual(s.playback.params);
	});

	it('plays a frame at a time while running, and stops at the end', () => {
		let s = reduce(start('kafka'), keys('slower', 'slower', 'slower', 'toggle'));
		expect(s.mode.kind).toBe('running');
		s = reduce(s, [{type: 'frame'}, {type: 'frame'}]);
		expect(s.playback.steps).toBe(2);
		expect(reduce(s, keys('toggle', 'toggle')).mode.kind).toBe('running');
		expect(reduce(s, keys('stepNext'))).toMatchObject({mode: {kind: 'params'}, playback: {steps: 3}});
		expect(reduce(s, keys('stepBack')).playback.steps).toBe(1);
		while (s.mode.kind === 'running') s = simulationReducer(s, {type: 'frame'});
		expect(s.playback.done).toBe(true);
		expect(reduce(s, keys('toggle')).mode.kind).toBe('params');
		// Paused, a frame does nothing.
		expect(reduce(reduce(start('kafka'), [{type: 'frame'}]), []).playback.steps).toBe(0);
	});

	it('takes live actions by number while the run goes on, and none once it is over', () => {
		const s = reduce(start('kafka', {failBrokers: 0}), keys('stepNext'));
		const added = reduce(s, chars('1'));
		expect(added.playback.actions).toEqual([{at: 1, action: {type: 'add-consumer'}}]);
		expect(reduce(s, chars('0n '))).toBe(s);
		expect(reduce(reduce(s, keys('toEnd')), chars('1')).playback.actions).toEqual([]);
	});

	it('says a notice, and forgets the prediction once it is revealed', () => {
		const s = reduce(start('load-balancer', {}, 'droppedFraction'), [...keys('predict'), ...chars('1'), ...keys('open')]);
		expect(reduce(s, [{type: 'notice', text: 'met'}])).toMatchObject({notice: 'met', prediction: 1});
		expect(reduce(s, [{type: 'notice', text: 'scored', revealed: true}])).toMatchObject({notice: 'scored', prediction: undefined});
	});
});

describe('the simulation screen state: parameters for humans', () => {
	const raftRow = (name: string) =>
		[
			'nodes',
			'durationMs',
			'heartbeatMs',
			'electionMinMs',
			'electionMaxMs',
			'delayMinMs',
			'delayMaxMs',
			'dropRate',
			'clientIntervalMs',
		].indexOf(name);
	const at = (name: string) => keys(...Array<Action>(raftRow(name)).fill('down'));
	const param = (s: SimScreenState, name: string) => (s.playback.params as Record<string, unknown>)[name];

	it('steps by the declared step, down to 0 and "0 = off"', () => {
		let s = reduce(start('raft'), [...at('dropRate'), ...keys('next', 'next', 'next')]);
		expect(param(s, 'dropRate')).toBe(0.03);
		s = reduce(s, keys('prev', 'prev', 'prev', 'prev'));
		expect(param(s, 'dropRate')).toBe(0);
		s = reduce(start('raft'), [...at('clientIntervalMs'), ...keys(...Array<Action>(21).fill('prev'))]);
		expect(param(s, 'clientIntervalMs')).toBe(0);
		expect(reduce(s, keys('next')).playback.params).toMatchObject({clientIntervalMs: 10});
		s = reduce(start('raft'), [...at('heartbeatMs'), ...keys('next')]);
		expect(param(s, 'heartbeatMs')).toBe(60);
	});

	it('types a number: a bad one is kept in the field with the reason, a good one restarts the run', () => {
		let s = reduce(start('raft'), [...at('clientIntervalMs'), ...keys('stepNext', 'open'), ...chars('5'), ...keys('open')]);
		expect(s.mode).toMatchObject({kind: 'typing', text: '5', error: {en: 'clientIntervalMs is 0 (off) or at least 10'}});
		expect(param(s, 'clientIntervalMs')).toBe(200);
		s = reduce(s, [...keys('erase'), ...chars('abc'), ...keys('open')]);
		expect(s.mode).toMatchObject({error: {en: '"abc" is not a number', ko: '"abc": 숫자가 아니다'}});
		s = reduce(s, [...keys('erase', 'erase', 'erase'), ...chars('99999'), ...keys('open')]);
		expect(s.mode).toMatchObject({error: {en: 'at most 10000'}});
		s = reduce(s, [...keys('erase', 'erase', 'erase', 'erase', 'erase'), ...chars('0'), ...keys('open')]);
		expect(s.mode.kind).toBe('params');
		expect(param(s, 'clientIntervalMs')).toBe(0);
		expect(s.playback.steps).toBe(0);
	});

	it('a step another parameter rules out says why and changes nothing', () => {
		const s = reduce(start('raft'), [...at('electionMaxMs'), ...keys(...Array<Action>(16).fill('prev'))]);
		expect(param(s, 'electionMaxMs')).toBe(150);
		expect(s.notice).toEqual({en: 'electionMaxMs must be >= electionMinMs', ko: '규칙 위반: electionMaxMs must be >= electionMinMs'});
	});

	it('keys typed while a field had them act as keys once it has closed (one chunk: "5⏎l")', () => {
		const s = reduce(start('raft'), [...keys('open'), ...chars('3'), ...keys('open'), {type: 'text', text: 'l', captured: true}]);
		expect(param(s, 'nodes')).toBe(3);
		expect(s.panel).toBe('legend');
	});

	it('narrates each step, forgets what a step back undoes, and resets to the defaults', () => {
		let s = reduce(start('raft'), keys('toEnd'));
		const leader = s.said.find((x) => x.line.en.includes('wins a majority'))!;
		expect(leader).toEqual({step: 228, line: {en: 'n0 wins a majority: leader of term 1', ko: 'n0이 과반을 얻어 임기 1의 리더가 된다'}});
		s = reduce(start('raft'), keys(...Array<Action>(228).fill('stepNext')));
		expect(s.said.at(-1)).toEqual(leader);
		s = reduce(s, keys('stepBack'));
		expect(s.said.some((x) => x.step === 228)).toBe(false);
		s = reduce(s, [...keys('down', 'next', 'newSeed', 'reset')]);
		expect(s).toMatchObject({said: [], selected: 0, playback: {seed: 1, steps: 0}});
		expect(param(s, 'durationMs')).toBe(3000);
	});
});

describe('the command line (a simulation that declares one)', () => {
	const git = (metric?: string) => start('git-sandbox', {level: 'merge', script: ''}, metric);
	const summary = (s: SimScreenState) => s.sim.engine.summary(s.playback.state) as {commands: number; goalMet: boolean};

	it(': opens it only where there is one; every printable key is typed, Enter runs the line and keeps it open', () => {
		expect(reduce(start('load-balancer'), keys('command')).mode.kind).toBe('params');
		let s = reduce(git(), keys('command'));
		expect(s.mode).toEqual({kind: 'command', text: '', recall: 0});
		// q, ?, digits, Space and run keys' letters are text; the run keys themselves do nothing.
		s = reduce(s, [...chars('switch main'), ...keys('toggle', 'stepNext', 'legend', 'challenges')]);
		expect(s.mode).toMatchObject({kind: 'command', text: 'switch main'});
		expect(s.panel).toBe('run');
		s = reduce(s, keys('open'));
		expect(s.mode).toEqual({kind: 'command', text: '', recall: 1});
		expect(s.said.at(-1)!.line.en).toBe('switch main → switched to main');
		s = reduce(s, [...chars('merge feature'), ...keys('open')]);
		expect(summary(s)).toMatchObject({commands: 2, goalMet: true});
		expect(s.playback).toMatchObject({steps: 0, done: true});
		expect(s.typed).toEqual(['switch main', 'merge feature']);
	});

	it('Esc clears the line, Esc on an empty line closes it; the run stays', () => {
		let s = reduce(git(), [...keys('command'), ...chars('switch main'), ...keys('open'), ...chars('merge fea')]);
		s = reduce(s, keys('back'));
		expect(s.mode).toEqual({kind: 'command', text: '', recall: 1});
		expect(summary(s).commands).toBe(1);
		s = reduce(s, keys('back'));
		expect(s.mode).toEqual({kind: 'params'});
		expect(summary(s).commands).toBe(1);
		// Enter on an empty line runs nothing; Backspace erases.
		s = reduce(s, [...keys('command', 'open'), ...chars('logx'), ...keys('erase', 'open')]);
		expect(s.said.at(-1)!.line.en).toMatch(/^log → history of HEAD: 3 commits/);
		expect(s.typed).toEqual(['switch main', 'log']);
	});

	it('↑↓ bring back earlier lines; the ":" read with its own key is not typed', () => {
		let s = reduce(git(), [...keys('command'), ...chars('switch main'), ...keys('open'), ...chars('log'), ...keys('open')]);
		s = reduce(s, keys('up'));
		expect(s.mode).toMatchObject({text: 'log'});
		s = reduce(s, keys('up', 'up'));
		expect(s.mode).toMatchObject({text: 'switch main', recall: 0});
		s = reduce(s, keys('down', 'down'));
		expect(s.mode).toMatchObject({text: '', recall: 2});
		// Keys in one chunk: ":" comes as its action and as text (not captured); only later ones are typed.
		const chunk = reduce(git(), [...keys('command'), {type: 'text', text: ':', captured: false}, ...chars('log:1')]);
		expect(chunk.mode).toMatchObject({text: 'log:1'});
	});

	it('commands step back with the run, the undo live action works after the goal is met, and a prediction waits for the first command', () => {
		let s = reduce(git('reachableFrom.main'), keys('predict'));
		s = reduce(s, [
			...chars('7'),
			...keys('open', 'command'),
			...chars('switch main'),
			...keys('open'),
			...chars('merge feature'),
			...keys('open'),
		]);
		expect(s.prediction).toBe(7);
		expect(summary(s).goalMet).toBe(true);
		s = reduce(s, [...keys('back'), ...chars('1')]);
		expect(summary(s)).toMatchObject({commands: 1, goalMet: false});
		expect(reduce(git('reachableFrom.main'), [...keys('command'), ...chars('log'), ...keys('open', 'back', 'predict')]).mode.kind).toBe(
			'params',
		);
	});
});
