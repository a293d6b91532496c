import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {simById} from '../source/sims/registry.js';
import {encodeRun} from '../source/sims/share-code.js';
import {runOf} from '../source/sims/sim-run.js';
import type {Action} from '../source/ui/keys.js';
import {initialSimulationState, type SimScreenAction, type SimScreenState, simulationReducer} from '../source/ui/simulation-state.js';

const {packs} = loadPacks(['lessons/58-core-algorithms.yaml', 'lessons/60-kafka.yaml']);
const keys = (...list: Action[]): SimScreenAction[] => list.map((key) => ({type: 'key', key}));
const chars = (text: string): SimScreenAction[] => [...text].map((ch) => ({type: 'text', text: ch, captured: true}));
const reduce = (s: SimScreenState, actions: SimScreenAction[]) => actions.reduce(simulationReducer, s);

/** A pack simulation's screen state, as the screen starts it, able to read codes. */
function screen(pack: string, simId: string): SimScreenState {
	const sim = packs.find((p) => p.id === pack)!.simulations.find((s) => s.id === simId)!;
	const plugin = simById(sim.engine)!;
	const state = initialSimulationState(plugin, plugin.engine.params.parse(sim.params));
	return {...state, share: {pack, sim: simId, registry: packs, lang: 'en'}};
}

const codeOf = (s: SimScreenState) => encodeRun(runOf(s.share!.pack, s.share!.sim, s.playback), packs);

describe('loading a share code on the simulation screen (the reducer)', () => {
	it('puts the run back exactly: state, step, actions, and the narration as watching it said it', () => {
		// Raft: crash the leader once there is one (key 1), then heal (key 4), with a new seed and a changed param.
		let watched = reduce(screen('core-algorithms', 'raft-sim'), keys('newSeed', 'newSeed'));
		for (let i = 0; i < 400; i++) watched = reduce(watched, keys('stepNext'));
		watched = reduce(watched, [{type: 'text', text: '1'}, ...keys('stepNext', 'stepNext'), {type: 'text', text: '4'}, ...keys('stepNext')]);
		expect(watched.playback.actions.map((a) => a.at)).toEqual([400, 402]);
		const code = codeOf(watched);
		const loaded = reduce(screen('core-algorithms', 'raft-sim'), [...keys('loadCode'), ...chars(code), ...keys('open')]);
		expect(loaded.playback).toEqual(watched.playback);
		expect(loaded.said).toEqual(watched.said);
		expect(loaded.mode).toEqual({kind: 'params'});
		expect(loaded.notice).toBe(`Run loaded: seed 3, step 403.`);
		expect(codeOf(loaded)).toBe(code);
	});

	it('leaves spaces and line breaks out of the field; Backspace and Esc act on it alone', () => {
		const s = reduce(screen('kafka', 'kafka-sim'), [...keys('stepNext', 'loadCode'), ...chars('sdt1: ab'), {type: 'text', text: '\n'}]);
		expect(s.mode).toEqual({kind: 'code', text: 'sdt1:ab'});
		expect(reduce(s, keys('erase')).mode).toEqual({kind: 'code', text: 'sdt1:a'});
		const left = reduce(s, keys('back'));
		expect(left.mode).toEqual({kind: 'params'});
		expect(left.playback.steps).toBe(1);
	});

	it('keeps the run and the text and says why on a bad code; typing on clears the reason', () => {
		const s = reduce(screen('kafka', 'kafka-sim'), [...keys('stepNext', 'loadCode'), ...chars('sdt1:kafka-sim.1.0'), ...keys('open')]);
		expect(s.mode).toEqual({kind: 'code', text: 'sdt1:kafka-sim.1.0', problem: {kind: 'incomplete'}});
		expect(s.playback.steps).toBe(1);
		expect(reduce(s, chars('.')).mode).toEqual({kind: 'code', text: 'sdt1:kafka-sim.1.0.'});
	});

	it('leaves a run of another pack simulation for the screen to open', () => {
		const other = screen('kafka', 'kafka-sim');
		const code = codeOf(reduce(other, keys('stepNext', 'stepNext')));
		const s = reduce(screen('core-algorithms', 'ch-sim'), [...keys('loadCode'), ...chars(code), ...keys('open')]);
		expect(s.elsewhere).toMatchObject({pack: 'kafka', sim: 'kafka-sim', seed: 1, steps: 2, actions: []});
		expect(s.playback.steps).toBe(0);
		expect(s.mode).toEqual({kind: 'params'});
	});

	it('does not type the o that opened the field (read in the same chunk, with its action)', () => {
		const s = reduce(screen('kafka', 'kafka-sim'), [...keys('loadCode'), {type: 'text', text: 'o', captured: false}, ...chars('s')]);
		expect(s.mode).toEqual({kind: 'code', text: 's'});
	});
});
