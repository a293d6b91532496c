// Start-up: time from spawn to the chapter map's first frame in a real
// pseudo-terminal, against a bare Ink "hello" bundled from the same node_modules
// (and, when asked, against a baseline build of another commit). The programs
// take turns within one run (these machines are noisy); we report medians and
// the median of the per-round ratios.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {benchEnv, median, spawnInPty} from './bench-pty.mjs';
import {BUNDLE_OPTIONS} from './build.mjs';

const HELLO = path.resolve('node_modules/.cache/sd-trainer/bench-hello.mjs');

async function timeToFrame(file, args, marker, env) {
	const child = spawnInPty(file, args, {env, timeoutMs: 10_000});
	const {ms} = await child.waitFor(marker);
	child.kill();
	await child.exited;
	return ms;
}

/** `runs` rounds of (bare hello, game[, baseline]) with an empty home, each round in a new order. */
export async function startupRatio(runs, {cli = 'dist/cli.js', baseline} = {}) {
	await build({...BUNDLE_OPTIONS, entryPoints: ['scripts/bench-hello.tsx'], outfile: HELLO, logLevel: 'error'});
	const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	const env = benchEnv({SD_TRAINER_HOME: home});
	const programs = {
		hello: () => timeToFrame(HELLO, [], 'hello from ink', env),
		game: () => timeToFrame(cli, ['--lang', 'en'], 'q quit', env),
		...(baseline ? {baseline: () => timeToFrame(baseline, ['--lang', 'en'], 'q quit', env)} : {}),
	};
	const names = Object.keys(programs);
	// Warm the file cache once for each.
	for (const name of names) await programs[name]();
	const times = Object.fromEntries(names.map((n) => [n, []]));
	for (let i = 0; i < runs; i++) {
		// A new order each round so drift affects all alike.
		for (let j = 0; j < names.length; j++) {
			const name = names[(i + j) % names.length];
			times[name].push(await programs[name]());
		}
		process.stderr.write(`\r\x1b[Kstart-up ${i + 1}/${runs}`);
	}
	process.stderr.write('\n');
	rmSync(home, {recursive: true, force: true});
	const ratio = (a, b) => median(times[a].map((t, i) => t / times[b][i]));
	return {
		hello: median(times.hello),
		game: median(times.game),
		ratio: ratio('game', 'hello'),
		...(baseline
			? {baseline: median(times.baseline), baselineRatio: ratio('baseline', 'hello'), vsBaseline: ratio('game', 'baseline')}
			: {}),
	};
}
