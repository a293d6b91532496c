#!/usr/bin/env node
// Start-up benchmark: time from spawn to the chapter map's first frame in a real
// pseudo-terminal, against a bare Ink "hello" bundled from the same node_modules.
// The two alternate within one run (these machines are noisy); we report medians
// and the median of the pairwise ratios. `--runs N` (default 21), `--max-ratio R`
// makes the exit code fail when the ratio is above R.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import * as pty from 'node-pty';
import {BUNDLE_OPTIONS, buildCli} from './build.mjs';

const {values} = parseArgs({options: {runs: {type: 'string', default: '21'}, 'max-ratio': {type: 'string'}}});
const runs = Number(values.runs);
const HELLO = path.resolve('node_modules/.cache/sd-trainer/bench-hello.mjs');

await buildCli();
await build({...BUNDLE_OPTIONS, entryPoints: ['scripts/bench-hello.tsx'], outfile: HELLO, logLevel: 'error'});

const env = {...process.env, TERM: 'xterm-256color', SD_TRAINER_HOME: mkdtempSync(path.join(tmpdir(), 'sd-bench-'))};
delete env.CI;
delete env.CONTINUOUS_INTEGRATION;

/** Milliseconds from spawn until the output contains `marker`. */
function timeToFrame(file, args, marker) {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, [file, ...args], {cols: 80, rows: 24, env});
		let out = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no frame with ${JSON.stringify(marker)} after 10 s: ${out.slice(-300)}`));
		}, 10_000);
		child.onData((data) => {
			out += data;
			if (out.includes(marker)) {
				const ms = Number(process.hrtime.bigint() - started) / 1e6;
				clearTimeout(timer);
				child.onExit(() => resolve(ms));
				child.kill();
			}
		});
	});
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const game = () => timeToFrame('dist/cli.js', ['--lang', 'en'], 'q quit');
const hello = () => timeToFrame(HELLO, [], 'hello from ink');

// Warm the file cache once for each.
await game();
await hello();
const games = [];
const hellos = [];
const ratios = [];
for (let i = 0; i < runs; i++) {
	// Alternate which goes first so drift affects both alike.
	const [g, h] = i % 2 ? [await game(), await hello()] : (([hh, gg]) => [gg, hh])([await hello(), await game()]);
	games.push(g);
	hellos.push(h);
	ratios.push(g / h);
	process.stderr.write(`\r${i + 1}/${runs}`);
}
process.stderr.write('\n');
const ratio = median(ratios);
console.log(`runs: ${runs} pairs`);
console.log(`bare ink hello, first frame: median ${median(hellos).toFixed(1)} ms`);
console.log(`chapter map,    first frame: median ${median(games).toFixed(1)} ms`);
console.log(`ratio (median of pairwise):  ${ratio.toFixed(3)}x`);
const max = values['max-ratio'] ? Number(values['max-ratio']) : undefined;
if (max !== undefined && ratio > max) {
	console.error(`slower than ${max}x the bare hello`);
	process.exitCode = 1;
}
