import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {act, advance, type Playback, startPlayback, toEnd} from '../../source/sims/playback.js';
import {simById} from '../../source/sims/registry.js';
import {crc32} from '../../source/sims/hash/crc32.js';
import {CODE_PREFIX, decodeRun, encodeRun} from '../../source/sims/share-code.js';
import {replayRun, runOf, type SimRun} from '../../source/sims/sim-run.js';
import type {AnySim} from '../../source/sims/types.js';

const {packs} = loadPackDir('lessons');
const sims = packs.flatMap((p) => p.simulations.map((s) => ({pack: p, sim: s, plugin: simById(s.engine)!})));

/** Where a run is, and what it shows: the summary, the step and whether it is over. */
const seen = (plugin: AnySim, p: Playback) => ({summary: plugin.engine.summary(p.state), steps: p.steps, done: p.done});

/** Encodes a playback, decodes it, and checks the decoded run replays to the very same place and summary. */
function roundTrip(pack: string, sim: string, plugin: AnySim, p: Playback): string {
	const run = runOf(pack, sim, p);
	const code = encodeRun(run, packs);
	const decoded = decodeRun(code, packs);
	expect(decoded, code).toEqual({ok: true, run: {...run, actions: p.actions}});
	if (!decoded.ok) return code;
	const again = replayRun(plugin.engine, decoded.run);
	expect(seen(plugin, again)).toEqual(seen(plugin, p));
	// And on to the end, as `sim --code` prints it.
	expect(plugin.engine.summary(toEnd(plugin.engine, again).state)).toEqual(plugin.engine.summary(toEnd(plugin.engine, p).state));
	return code;
}

/** A run with the learner's hands on it: every live action that applies, at the start and a third of the way in; a command line's solution typed. */
function handled(plugin: AnySim, params: unknown, seed: number, commands: string[]): Playback {
	const {engine} = plugin;
	const end = toEnd(engine, startPlayback(engine, params, seed)).steps;
	let p = startPlayback(engine, params, seed);
	const tryAll = () => {
		for (const live of plugin.liveActions) {
			const action = live.make(p.state);
			if (action && (!p.done || plugin.command)) p = act(engine, p, action);
		}
	};
	tryAll();
	for (const text of commands) p = act(engine, p, plugin.command!.action(text));
	p = advance(engine, p, Math.floor(end / 3));
	tryAll();
	return advance(engine, p, Math.max(1, Math.floor(end / 3)));
}

const lengths: number[] = [];

describe('share codes', () => {
	it('use CRC-32 as zlib does (check value 0xCBF43926)', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});

	it('write a default run as the pack and simulation, seed, step and a checksum', () => {
		const lb = packs.find((p) => p.id === 'load-balancing')!;
		const plugin = simById('load-balancer')!;
		const p = startPlayback(plugin.engine, plugin.engine.params.parse(lb.simulations[0]!.params), 1);
		const code = encodeRun(runOf('load-balancing', 'lb-sim', p), packs);
		expect(code).toMatch(/^sdt1:lb-sim\.1\.0\.\.[A-Za-z0-9_-]{6}$/);
	});

	it.each(sims.map((s) => [`${s.pack.chapter}/${s.sim.id}`, s] as const))(
		'%s: a default run, changed params and live actions come back exactly',
		(_, {pack, sim, plugin}) => {
			const {engine} = plugin;
			const base = engine.params.parse(sim.params);
			// The defaults, run to the end.
			lengths.push(roundTrip(pack.id, sim.id, plugin, toEnd(engine, startPlayback(engine, base, 1))).length);
			// A challenge's solution (changed params), another seed, stopped halfway.
			const solved = sim.challenges.find((c) => c.solution)?.solution ?? {};
			const changed = engine.params.parse({...sim.params, ...solved});
			expect(changed).not.toEqual(base);
			const half = Math.floor(toEnd(engine, startPlayback(engine, changed, 7)).steps / 2);
			lengths.push(roundTrip(pack.id, sim.id, plugin, advance(engine, startPlayback(engine, changed, 7), half)).length);
			// Live actions (and a command line's commands) at the start and along the way.
			const script = String((solved as {script?: unknown}).script ?? '');
			const commands = plugin.command
				? script
						.split(';')
						.map((c) => c.trim())
						.filter(Boolean)
				: [];
			const p = handled(plugin, base, 3, commands);
			if (plugin.liveActions.length > 0 || plugin.command) expect(p.actions.length, 'actions taken').toBeGreaterThan(0);
			lengths.push(roundTrip(pack.id, sim.id, plugin, p).length);
		},
	);

	it('are short: median and longest over the shipped simulations', () => {
		const sorted = [...lengths].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)]!;
		// The code line at 80 columns holds "code " and 71 characters; the code view at 60 columns 56 a line.
		const within = (n: number) => sorted.filter((l) => l <= n).length;
		console.log(
			`share code lengths over ${sorted.length} runs: median ${median}, max ${sorted.at(-1)}; one line at 80 columns: ${within(71)}, at 60: ${within(56)}`,
		);
		expect(median).toBeLessThanOrEqual(80);
	});

	it('write a typed command as its text and a live action as its key', () => {
		const plugin = simById('git-sandbox')!;
		const {engine} = plugin;
		let p = startPlayback(engine, engine.params.parse({level: 'merge', script: ''}), 1);
		p = act(engine, p, plugin.command!.action('switch main'));
		p = act(engine, p, plugin.liveActions[0]!.make(p.state)!);
		const code = encodeRun(runOf('git-merge-rebase-squash', 'git-merge', p), packs);
		const data = code.split('.')[3]!;
		expect(JSON.parse(Buffer.from(data, 'base64url').toString('utf8'))).toEqual([0, 'switch main', 0, 1]);
	});

	it('give back params that differ from the pack’s, and only write those', () => {
		const plugin = simById('consistent-hashing')!;
		const sim = packs.find((p) => p.id === 'core-algorithms')!.simulations.find((s) => s.id === 'ch-sim')!;
		const params = {...plugin.engine.params.parse(sim.params), nodes: 12};
		const run: SimRun = {pack: 'core-algorithms', sim: 'ch-sim', params, seed: 42, steps: 0, actions: []};
		const code = encodeRun(run, packs);
		expect(JSON.parse(Buffer.from(code.split('.')[3]!, 'base64url').toString('utf8'))).toEqual({nodes: 12});
		expect(decodeRun(code, packs)).toEqual({ok: true, run});
		expect(code.startsWith(CODE_PREFIX)).toBe(true);
	});

	it('read the same with spaces and line breaks in them (a code copied over several lines)', () => {
		const plugin = simById('consistent-hashing')!;
		const sim = packs.find((p) => p.id === 'core-algorithms')!.simulations.find((s) => s.id === 'ch-sim')!;
		const run: SimRun = {
			pack: 'core-algorithms',
			sim: 'ch-sim',
			params: plugin.engine.params.parse(sim.params),
			seed: 5,
			steps: 0,
			actions: [],
		};
		const code = encodeRun(run, packs);
		const broken = `  ${code.slice(0, 20)}\n  ${code.slice(20, 40)}\r\n${code.slice(40)} \n`;
		expect(decodeRun(broken, packs)).toEqual({ok: true, run});
	});
});
