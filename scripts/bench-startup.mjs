// Start-up: time from spawn to the chapter map's first frame in a real
// pseudo-terminal, against a bare Ink "hello" bundled from the same node_modules.
// The two alternate within one run (these machines are noisy); we report medians
// and the median of the pairwise ratios.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {BUNDLE_OPTIONS} from './build.mjs';
import {benchEnv, median, spawnInPty} from './bench-pty.mjs';

const HELLO = path.resolve('node_modules/.cache/sd-trainer/bench-hello.mjs');

async function timeToFrame(file, args, marker, env) {
	const child = spawnInPty(file, args, {env, timeoutMs: 10_000});
	const {ms} = await child.waitFor(marker);
	child.kill();
	await child.exited;
	return ms;
}

/** `runs` pairs of (bare hello, game with an empty home), alternating which goes first. */
export async function startupRatio(runs, cli = 'dist/cli.js') {
	await build({...BUNDLE_OPTIONS, entryPoints: ['scripts/bench-hello.tsx'], outfile: HELLO, logLevel: 'error'});
	const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	const env = benchEnv({SD_TRAINER_HOME: home});
	const game = () => timeToFrame(cli, ['--lang', 'en'], 'q quit', env);
	const hello = () => timeToFrame(HELLO, [], 'hello from ink', env);
	// Warm the file cache once for each.
	await game();
	await hello();
	const games = [];
	const hellos = [];
	const ratios = [];
	for (let i = 0; i < runs; i++) {
		// Alternate which goes first so drift affects both alike.
		let g;
		let h;
		if (i % 2) {
			g = await game();
			h = await hello();
		} else {
			h = await hello();
			g = await game();
		}
		games.push(g);
		hellos.push(h);
		ratios.push(g / h);
		process.stderr.write(`\rstart-up ${i + 1}/${runs}`);
	}
	process.stderr.write('\n');
	rmSync(home, {recursive: true, force: true});
	return {hello: median(hellos), game: median(games), ratio: median(ratios)};
}
