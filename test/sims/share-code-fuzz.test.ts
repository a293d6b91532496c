import {describe, expect, it} from 'vitest';
import {HAPCHE} from '../../source/content/item-quality.js';
import {loadPackDir} from '../../source/content/load-packs.js';
import {messages} from '../../source/content/messages.js';
import {crc32} from '../../source/sims/hash/crc32.js';
import {act, advance, startPlayback, toEnd} from '../../source/sims/playback.js';
import {Random, seedRandom} from '../../source/sims/random.js';
import {simById} from '../../source/sims/registry.js';
import {decodeRun, encodeRun, MAX_CODE_LENGTH, type ShareProblem} from '../../source/sims/share-code.js';
import {runOf} from '../../source/sims/sim-run.js';

const {packs} = loadPackDir('lessons');

/** A code as the game writes one: the body, a dot and the body's CRC-32 in base64url. */
function sealed(body: string): string {
	const crc = crc32(new TextEncoder().encode(body));
	return `${body}.${Buffer.from([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]).toString('base64url')}`;
}
const data = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const problemOf = (code: unknown): ShareProblem | undefined => {
	const result = decodeRun(code, packs);
	return result.ok ? undefined : result.problem;
};

/** Real codes to damage: a default run, changed params, live actions, typed commands. */
function realCodes(): string[] {
	const codes: string[] = [];
	for (const pack of packs) {
		for (const sim of pack.simulations) {
			const plugin = simById(sim.engine)!;
			const {engine} = plugin;
			let p = startPlayback(engine, engine.params.parse({...sim.params, ...(sim.challenges[0]?.solution ?? {})}), 9);
			p = advance(engine, p, 3);
			const live = plugin.liveActions[0]?.make(p.state);
			if (live && !p.done) p = act(engine, p, live);
			if (plugin.command) p = act(engine, p, plugin.command.action('status'));
			codes.push(encodeRun(runOf(pack.id, sim.id, p), packs));
		}
	}
	return codes;
}

describe('share codes refuse', () => {
	const lb = 'lb-sim';
	it.each<[string, unknown, ShareProblem]>([
		['not a string', 42, {kind: 'notCode'}],
		['empty', '', {kind: 'notCode'}],
		['a word', 'hello', {kind: 'notCode'}],
		['another version', sealed(`sdt2:${lb}.1.0.`), {kind: 'version', found: 'sdt2:'}],
		['too long', `sdt1:${'a'.repeat(MAX_CODE_LENGTH)}`, {kind: 'tooLong', length: MAX_CODE_LENGTH + 5, max: MAX_CODE_LENGTH}],
		['parts missing', `sdt1:${lb}.1.0`, {kind: 'incomplete'}],
		['a changed character', sealed(`sdt1:${lb}.1.0.`).replace('lb-sim.1', 'lb-sim.2'), {kind: 'damaged'}],
		['not kebab-case', sealed('sdt1:LB.1.0.'), {kind: 'malformed'}],
		['no such pack', sealed('sdt1:nowhere/lb-sim.1.0.'), {kind: 'unknownPack', pack: 'nowhere'}],
		['no such simulation', sealed('sdt1:no-sim.1.0.'), {kind: 'unknownSim', sim: 'no-sim'}],
		['no such simulation in the pack', sealed('sdt1:kafka/lb-sim.1.0.'), {kind: 'unknownSim', pack: 'kafka', sim: 'lb-sim'}],
		['a seed that is not whole', sealed(`sdt1:${lb}.1x!.0.`), {kind: 'seed'}],
		['a seed written two ways', sealed(`sdt1:${lb}.01.0.`), {kind: 'seed'}],
		['a step below 0', sealed(`sdt1:${lb}.1.-1.`), {kind: 'steps'}],
		['data that is not base64url', sealed(`sdt1:${lb}.1.0.a+b`), {kind: 'malformed'}],
		['data that is not JSON', sealed(`sdt1:${lb}.1.0.${data('{nope')}`), {kind: 'malformed'}],
		['data of the wrong shape', sealed(`sdt1:${lb}.1.0.${data('"text"')}`), {kind: 'malformed'}],
		['an odd action list', sealed(`sdt1:${lb}.1.0.${data([0])}`), {kind: 'malformed'}],
		[
			'a parameter the engine lacks',
			sealed(`sdt1:${lb}.1.0.${data({warp: 9})}`),
			{kind: 'unknownParam', name: 'warp', engine: 'load-balancer'},
		],
		[
			'a parameter out of range',
			sealed(`sdt1:ch-sim.1.0.${data({nodes: 0})}`),
			{kind: 'param', name: 'nodes', reason: {en: 'at least 1', ko: '1 이상이어야 한다'}},
		],
		['a live action that does not exist', sealed(`sdt1:${lb}.1.5.${data([2, 7])}`), {kind: 'noSuchAction', at: 2, key: 7, count: 2}],
		[
			'a live action that does not apply then',
			sealed(`sdt1:${lb}.1.5.${data([0, 2])}`),
			{kind: 'notNow', at: 0, label: simById('load-balancer')!.liveActions[1]!.label},
		],
		['a command where there is no command line', sealed(`sdt1:${lb}.1.5.${data([0, 'ls'])}`), {kind: 'noCommand', at: 0}],
		[
			'an engine action the screen never takes',
			sealed(`sdt1:${lb}.1.5.${data([0, {type: 'warp'}])}`),
			{kind: 'unknownAction', at: 0, type: 'warp'},
		],
		['an action after the code’s step', sealed(`sdt1:${lb}.1.1.${data([3, 1])}`), {kind: 'actionAfterStep', at: 3, steps: 1}],
		['a step past the end of the run', sealed(`sdt1:${lb}.1.${(10 ** 6).toString(36)}.`), {kind: 'stepAfterEnd', steps: 10 ** 6, end: 0}],
	])('%s', (_, code, problem) => {
		const got = problemOf(code);
		if (problem.kind === 'stepAfterEnd' && got?.kind === 'stepAfterEnd') {
			// The end is the engine's: the run with the pack's defaults.
			const plugin = simById('load-balancer')!;
			const sim = packs.find((p) => p.id === 'load-balancing')!.simulations[0]!;
			problem.end = toEnd(plugin.engine, startPlayback(plugin.engine, plugin.engine.params.parse(sim.params), 1)).steps;
		}
		expect(got).toEqual(problem);
		// Said in words in both languages, 한다체 in Korean.
		for (const lang of ['en', 'ko'] as const) {
			const text = messages[lang].shareProblem(got!);
			expect(text.length, lang).toBeGreaterThan(10);
			expect(HAPCHE.test(text), text).toBe(false);
		}
	});

	it('an action after the run’s end (outside a command line)', () => {
		const plugin = simById('load-balancer')!;
		const sim = packs.find((p) => p.id === 'load-balancing')!.simulations[0]!;
		const end = toEnd(plugin.engine, startPlayback(plugin.engine, plugin.engine.params.parse(sim.params), 1)).steps;
		const code = sealed(`sdt1:${lb}.1.${end.toString(36)}.${data([end, 1])}`);
		expect(problemOf(code)).toEqual({kind: 'afterEnd', at: end, end});
	});

	it('1,000 fuzzed codes without a crash, each with a reason', () => {
		const rng = new Random(seedRandom(20261201));
		const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)]!;
		const real = realCodes();
		const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/ 한{}[]",\n\u0000\u007f';
		const randomText = (n: number) => Array.from({length: n}, () => pick([...alphabet])).join('');
		const jsons = [
			null,
			1,
			'x',
			[],
			[{}],
			[{}, []],
			[1, 2, 3],
			[[], []],
			{a: [1]},
			[0, null],
			[-1, 1],
			[1.5, 1],
			[0, 0],
			[0, 100],
			[0, ''],
		];
		const makers: (() => string)[] = [
			() => randomText(rng.int(0, 120)),
			() => `sdt1:${randomText(rng.int(0, 120))}`,
			() => {
				const code = pick(real);
				return code.slice(0, rng.int(0, code.length - 1));
			},
			() => {
				const code = pick(real);
				const i = rng.int(5, code.length - 1);
				const swap = pick([...'abcXYZ019-_.']);
				return code[i] === swap ? `${code}x` : code.slice(0, i) + swap + code.slice(i + 1);
			},
			() => {
				const code = pick(real);
				const i = rng.int(5, code.length - 1);
				return code.slice(0, i) + code.slice(i + 1);
			},
			() => sealed(`sdt1:${pick(['lb-sim', 'ch-sim', 'git-merge', 'kafka-sim'])}.${rng.int(0, 99)}.${rng.int(0, 9)}.${data(pick(jsons))}`),
			() => sealed(`sdt1:${pick(['lb-sim', 'kafka-sim'])}.1.${rng.int(0, 50)}.${data([rng.int(0, 60), rng.int(5, 12)])}`),
			() => `${pick(real)}${randomText(rng.int(1, 4)).replace(/\s/g, 'q')}`,
			() => 'sdt1:'.padEnd(rng.int(MAX_CODE_LENGTH, MAX_CODE_LENGTH * 5), pick(['A', '.', ' '])),
		];
		const kinds = new Map<string, number>();
		for (let i = 0; i < 1000; i++) {
			const code = makers[i % makers.length]!();
			const result = decodeRun(code, packs);
			expect(result.ok, code).toBe(false);
			if (result.ok) continue;
			kinds.set(result.problem.kind, (kinds.get(result.problem.kind) ?? 0) + 1);
			expect(messages.en.shareProblem(result.problem).length).toBeGreaterThan(10);
			expect(messages.ko.shareProblem(result.problem).length).toBeGreaterThan(10);
		}
		// Damage to a real code is always caught: the checksum, or the shape of the code.
		expect([...kinds.keys()].sort()).toEqual(
			expect.arrayContaining(['damaged', 'incomplete', 'malformed', 'notCode', 'tooLong', 'noSuchAction', 'actionAfterStep']),
		);
		console.log('fuzzed codes by outcome', Object.fromEntries(kinds));
	});

	it('every damaged real code: one character changed or dropped is never read as a run', () => {
		for (const code of realCodes()) {
			for (let i = 5; i < code.length; i++) {
				const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
				expect(decodeRun(changed, packs).ok, changed).toBe(false);
				expect(decodeRun(code.slice(0, i) + code.slice(i + 1), packs).ok).toBe(false);
			}
		}
	});
});
