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
