#!/usr/bin/env node
// The store under faults, as a learner would meet them: writers killed with
// SIGKILL at random moments (a recorder saving answer after answer, and
// `sd-trainer import`), and writers that run into a full disk (`ulimit -f`:
// the recorder, `sd-trainer import`, and the game paging cards in a pty;
// writes past the limit fail with EFBIG). After each try the progress file
// must parse and validate, every confirmed answer must be in it, and a writer
// that could not save must have said so (non-zero exit and a message).
// Prints a table: case, tries, unreadable files, confirmed answers lost, failures not told.
//
//   node scripts/bench-store.mjs [--kills 200] [--full 40] [--tui 10] [--root DIR] [--seed N]
//
// --root runs another checkout's code (its test/support/record-answers.ts and
// its built dist/cli.js), to compare before and after in one run.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import * as pty from 'node-pty';

const {values} = parseArgs({
	options: {
		kills: {type: 'string', default: '200'},
		full: {type: 'string', default: '40'},
		tui: {type: 'string', default: '10'},
		root: {type: 'string'},
		seed: {type: 'string', default: '7'},
	},
});
const root = path.resolve(values.root ?? '.');
const cli = path.join(root, 'dist/cli.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'sd-bench-store-'));
const recorder = path.join(scratch, 'record-answers.mjs');
await build({
	entryPoints: [path.join(root, 'test/support/record-answers.ts')],
	outfile: recorder,
	bundle: true,
	platform: 'node',
	format: 'esm',
	logLevel: 'error',
	nodePaths: [path.resolve('node_modules')],
});

let seed = Number(values.seed);
const random = () => {
	seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
	return seed / 2 ** 31;
};

const answer = (i) => ({
	pack: 'kafka',
	item: `q-${i % 20}`,
	at: 1_700_000_000_000 + i,
	ms: 1000,
	correct: true,
	score: 1,
	rating: 3,
	mode: 'review',
});
function docWith(prefix, count) {
	const answers = {};
	for (let i = 0; i < count; i++) answers[`${prefix}-${i}`] = answer(i);
	return {version: 3, settings: {}, chapters: {}, answers, runs: {}, undone: {}, resets: {}, sessions: {}, challenges: {}, predictions: {}};
}
const text = (doc) => `${JSON.stringify(doc, null, '\t')}\n`;

/** The answer ids in a progress file, or undefined when it does not parse as a version-3 document. */
function answerIds(file) {
	try {
		const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
		const doc = JSON.parse(raw);
		if (doc.version !== 3 || typeof doc.answers !== 'object' || doc.answers === null) return undefined;
		return new Set(Object.keys(doc.answers));
	} catch {
		return undefined;
	}
}

/** Starts `argv` (optionally under ulimit -f); resolves with its exit, stdout and stderr. */
function start(argv, env, limitKiB) {
	const [cmd, args] =
		limitKiB === undefined
			? [process.execPath, argv]
			: ['bash', ['-c', `ulimit -f ${limitKiB}; exec "$@"`, 'bash', process.execPath, ...argv]];
	const child = spawn(cmd, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	const run = {child, out: '', err: ''};
	child.stdout.on('data', (d) => {
		run.out += d;
	});
	child.stderr.on('data', (d) => {
		run.err += d;
	});
	run.exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({code, signal})));
	return run;
}

const confirmedOf = (out) => {
	const lines = out
		.trim()
		.split('\n')
		.filter((l) => /^\d+$/.test(l));
	return lines.length === 0 ? -1 : Number(lines[lines.length - 1]);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const results = [];

/** A recorder saving forever, killed at a random moment; then an import killed at a random moment. */
async function kills(tries) {
	const row = {name: 'kill -9 (recorder, import)', tries: 0, unreadable: 0, lost: 0, untold: 0};
	const home = mkdtempSync(path.join(scratch, 'kill-'));
	const file = path.join(home, 'progress.json');
	const importFile = path.join(scratch, 'import.json');
	writeFileSync(importFile, text(docWith('imported', 800)));
	const confirmed = new Set();
	for (let round = 0; round < tries; round++) {
		row.tries++;
		const useImport = round % 4 === 3;
		const run = useImport ? start([cli, 'import', importFile], {SD_TRAINER_HOME: home}) : start([recorder, home, `k${round}`, '0'], {});
		if (!useImport) await new Promise((resolve) => run.child.stdout.once('data', resolve));
		await sleep(random() * (useImport ? 400 : 60));
		run.child.kill('SIGKILL');
		const {code} = await run.exit;
		const last = confirmedOf(run.out);
		for (let i = 0; i <= last; i++) confirmed.add(`k${round}-${i}`);
		if (useImport && code === 0) for (let i = 0; i < 800; i++) confirmed.add(`imported-${i}`);
		const ids = answerIds(file);
		if (ids === undefined) {
			if (readFileSync(file, 'utf8') !== '') row.unreadable++;
			writeFileSync(file, text(docWith('reset', 0)));
			confirmed.clear();
			continue;
		}
		const missing = [...confirmed].filter((id) => !ids.has(id)).length;
		if (missing > 0) row.lost++;
	}
	results.push(row);
}

/** A recorder and an import each running into a full disk. */
async function fullDisk(tries) {
	const row = {name: 'disk full (ulimit -f)', tries: 0, unreadable: 0, lost: 0, untold: 0};
	for (let round = 0; round < tries; round++) {
		row.tries++;
		const home = mkdtempSync(path.join(scratch, 'full-'));
		const file = path.join(home, 'progress.json');
		const base = 100 + Math.floor(random() * 200);
		writeFileSync(file, text(docWith('base', base)));
		const limit = Math.ceil(readFileSync(file).length / 1024) + 1 + Math.floor(random() * 3);
		const useImport = round % 2 === 1;
		const importFile = path.join(home, '..', `import-${round}.json`);
		if (useImport) writeFileSync(importFile, text(docWith('imported', 2000)));
		const run = useImport
			? start([cli, 'import', importFile], {SD_TRAINER_HOME: home}, limit)
			: start([recorder, home, `f${round}`, '0'], {}, limit);
		const timer = setTimeout(() => run.child.kill('SIGKILL'), 8000);
		const {code, signal} = await run.exit;
		clearTimeout(timer);
		const ids = answerIds(file);
		const confirmed = [...Array.from({length: base}, (_, i) => `base-${i}`)];
		const last = confirmedOf(run.out);
		for (let i = 0; i <= last; i++) confirmed.push(`f${round}-${i}`);
		if (useImport && code === 0) for (let i = 0; i < 2000; i++) confirmed.push(`imported-${i}`);
		if (ids === undefined) row.unreadable++;
		else if (confirmed.some((id) => !ids.has(id))) row.lost++;
		// The disk filled up: the writer must have stopped with a message, not claimed success or hung.
		const told = (code !== 0 || signal === 'SIGXFSZ') && run.err.trim() !== '' && signal !== 'SIGKILL';
		if (!told) row.untold++;
	}
	results.push(row);
}

/**
 * The game on a full disk: a progress file a little short of the limit, then
 * cards paged until a save no longer fits. The learner must see that the save
 * failed; the file must stay whole.
 */
async function tuiFullDisk(tries) {
	const row = {name: 'disk full, game paging cards', tries: 0, unreadable: 0, lost: 0, untold: 0};
	for (let round = 0; round < tries; round++) {
		row.tries++;
		const home = mkdtempSync(path.join(scratch, 'tui-'));
		const file = path.join(home, 'progress.json');
		const base = 60 + Math.floor(random() * 100);
		// Padded to end 40 to 400 bytes short of the limit: a few cards viewed, and a save no longer fits.
		const doc = docWith('base', base);
		const limit = Math.ceil(JSON.stringify(doc).length / 1024) + 1;
		doc.answers.pad = {...answer(0), item: ''};
		const room = limit * 1024 - 40 - Math.floor(random() * 360) - `${JSON.stringify(doc)}\n`.length;
		doc.answers.pad.item = 'x'.repeat(room);
		writeFileSync(file, `${JSON.stringify(doc)}\n`);
		const env = {...process.env, TERM: 'xterm-256color', SD_TRAINER_HOME: home};
		delete env.CI;
		const child = pty.spawn('bash', ['-c', `ulimit -f ${limit}; exec "$@"`, 'bash', process.execPath, cli, '--lang', 'en'], {
			cols: 80,
			rows: 24,
			env,
		});
		let screen = '';
		child.onData((d) => {
			screen += d;
		});
		const exited = new Promise((resolve) => child.onExit(resolve));
		const until = async (needle, ms) => {
			for (let waited = 0; waited < ms; waited += 50) {
				if (screen.includes(needle)) return true;
				await sleep(50);
			}
			return false;
		};
		await until('Overall', 5000);
		child.write('\r');
		await until('Concept cards', 5000);
		child.write('\r');
		await until('card 1/', 5000);
		let told = false;
		for (let i = 0; i < 30 && !told; i++) {
			child.write(random() < 0.3 ? ' ' : '\u001b[C');
			told = await until('Could not save', 150);
		}
		child.write('q');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
		const ids = answerIds(file);
		if (ids === undefined) row.unreadable++;
		else if (ids.size < base + 1) row.lost++;
		if (!told) row.untold++;
	}
	results.push(row);
}

await kills(Number(values.kills));
await fullDisk(Number(values.full));
await tuiFullDisk(Number(values.tui));
rmSync(scratch, {recursive: true, force: true});
console.log(`store under faults, code from ${root}`);
console.log('case                          tries  unreadable  lost  untold');
for (const r of results)
	console.log(
		`${r.name.padEnd(30)}${String(r.tries).padStart(5)}${String(r.unreadable).padStart(12)}${String(r.lost).padStart(6)}${String(r.untold).padStart(8)}`,
	);
const failures = results.reduce((n, r) => n + r.unreadable + r.lost + r.untold, 0);
process.exitCode = failures === 0 ? 0 : 1;
