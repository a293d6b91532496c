import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {narrateRun} from '../source/commands/sim.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {act, advance, type Playback, startPlayback, toEnd} from '../source/sims/playback.js';
import {simById} from '../source/sims/registry.js';
import {encodeRun} from '../source/sims/share-code.js';
import {runOf} from '../source/sims/sim-run.js';
import {CLI} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const {packs} = loadPackDir('lessons');

function cli(args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		encoding: 'utf8',
		env: {...process.env, SD_TRAINER_HOME: tempHome(), NO_COLOR: '1'},
		input: '',
	});
	return {code: result.status, out: result.stdout, err: result.stderr};
}

/** The load balancer (chapter 57) with changed params, a server taken down at step 40, paused at step 70. */
function lbRun(): {playback: Playback; code: string} {
	const plugin = simById('load-balancer')!;
	const {engine} = plugin;
	const sim = packs.find((p) => p.id === 'load-balancing')!.simulations.find((s) => s.id === 'lb-sim')!;
	let p = startPlayback(engine, engine.params.parse({...sim.params, algorithm: 'least-connections'}), 3);
	p = advance(engine, p, 40);
	p = act(engine, p, plugin.liveActions[0]!.make(p.state)!);
	p = advance(engine, p, 30);
	return {playback: p, code: encodeRun(runOf('load-balancing', 'lb-sim', p), packs)};
}

describe('sd-trainer sim --code', () => {
	it('replays a shared run exactly: the same summary at its end as the run it came from', () => {
		const {playback, code} = lbRun();
		const engine = simById('load-balancer')!.engine;
		const result = cli(['sim', '--code', code, '--json']);
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out)).toEqual(engine.summary(toEnd(engine, playback).state));
		// The server taken down at step 40 shows in the summary: c served only what came before.
		expect(JSON.parse(result.out).servers[2]).toMatchObject({name: 'c', down: true});
		const text = cli(['sim', '--code', code]);
		expect(text.out.split('\n')[0]).toBe(
			`load-balancing/lb-sim (load-balancer): seed 3, 1 action by hand, the code at step 70; ran to step ${toEnd(engine, playback).steps}`,
		);
	});

	it('narrates it with the live action at its step, as the screen does', () => {
		const {playback, code} = lbRun();
		const plugin = simById('load-balancer')!;
		const result = cli(['sim', '--code', code, '--narrate']);
		expect(result.code).toBe(0);
		expect(result.out.trimEnd().split('\n')).toEqual(narrateRun(plugin, playback.params, 3, 'en', playback.actions));
		expect(result.out).toContain('40: ');
		expect(narrateRun(plugin, playback.params, 3, 'en')).not.toEqual(narrateRun(plugin, playback.params, 3, 'en', playback.actions));
	});

	it('replays typed commands (the git sandbox) and reads a code copied over several lines', () => {
		const plugin = simById('git-sandbox')!;
		const {engine} = plugin;
		let p = startPlayback(engine, engine.params.parse({level: 'merge', script: ''}), 1);
		for (const text of ['switch main', 'merge feature']) p = act(engine, p, plugin.command!.action(text));
		const code = encodeRun(runOf('git-merge-rebase-squash', 'git-merge', p), packs);
		const wrapped = `${code.slice(0, 20)}\n  ${code.slice(20)}`;
		const result = cli(['sim', '--code', wrapped, '--json']);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out)).toMatchObject({level: 'merge', goalMet: true, mergeCommits: 1, commands: 2});
	});

	it('says why a code cannot be read, in the game’s language, and exits 1', () => {
		const {code} = lbRun();
		const damaged = code.replace('lb-sim.3', 'lb-sim.4');
		expect(cli(['sim', '--code', damaged])).toEqual({
			code: 1,
			out: '',
			err: 'sd-trainer: this code is damaged: a character was changed, lost or added (its checksum does not match)\n',
		});
		expect(cli(['sim', '--code', damaged, '--lang', 'ko']).err).toBe(
			'sd-trainer: 코드가 손상되었다. 글자가 바뀌었거나 빠졌거나 더해졌다(체크섬이 맞지 않는다)\n',
		);
		expect(cli(['sim', '--code', 'hello']).err).toBe('sd-trainer: this is not a run code: a code starts with sdt1:\n');
		expect(cli(['sim', '--code', code.slice(0, 12)]).code).toBe(1);
	});

	it('refuses a simulation id, a seed or a parameter beside a code (exit 2)', () => {
		const {code} = lbRun();
		for (const extra of [['load-balancer'], ['--seed', '4'], ['--requests', '5']]) {
			const result = cli(['sim', '--code', code, ...extra]);
			expect(result.code, extra.join(' ')).toBe(2);
			expect(result.err).toContain('--code replays the run the code holds');
		}
		expect(cli(['--help']).out).toContain('sd-trainer sim --code CODE [--json | --narrate]');
	});
});
