#!/usr/bin/env node
// `npm run bench`: speed where a learner feels it, in the built game in a real
// pseudo-terminal, with progress files of 5k, 20k and 50k answers (made by
// scripts/gen-progress.ts); keys while a simulation plays; and the start-up
// ratio against a bare Ink hello. Medians and 95th percentiles; frames are
// recognized by their text, never by waiting a fixed time. `--baseline REF`
// builds another commit and times it in the same run, taking turns with this
// one, for start-up and simulation keys. Nothing here is part of `npm test`.
//
//   npm run bench [-- --sizes 5000,20000,50000 --sessions 2 --starts 5 --saves 10
//                     --sim-keys 30 --sim-rounds 2 --runs 21 --max-ratio 1.3 --baseline REF
//                     --skip-startup --skip-build --out DIR --key-timeout SECONDS --ref REF
//                     --paired 4 --paired-only]
// `--ref REF` times that commit's build (and its store, for saves) instead of this checkout.
// With `--baseline`, each size also gets `--paired` learner sessions of both builds taking
// turns on copies of one file: medians, p95s and their ratios (`--paired-only`: just those).
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {buildBaseline} from './bench-baseline.mjs';
import {measureSize, pairedSessions} from './bench-learner.mjs';
import {benchEnv, median, ms, percentile} from './bench-pty.mjs';
import {SIMS, simKeys} from './bench-sim-keys.mjs';
import {startupRatio} from './bench-startup.mjs';
import {buildCli} from './build.mjs';
import {importTs} from './run-ts.mjs';

const {values} = parseArgs({
	options: {
		sizes: {type: 'string', default: '5000,20000,50000'},
		sessions: {type: 'string', default: '2'},
		starts: {type: 'string', default: '5'},
		saves: {type: 'string', default: '10'},
		'sim-keys': {type: 'string', default: '30'},
		'sim-rounds': {type: 'string', default: '2'},
		runs: {type: 'string', default: '21'},
		'max-ratio': {type: 'string'},
		baseline: {type: 'string'},
		'skip-startup': {type: 'boolean', default: false},
		'skip-build': {type: 'boolean', default: false},
		out: {type: 'string', default: 'dist'},
		ref: {type: 'string'},
		'key-timeout': {type: 'string', default: '60'},
		paired: {type: 'string', default: '4'},
		'paired-only': {type: 'boolean', default: false},
	},
});
const count = (name) => Number(values[name]);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [];
const progress = (what) => process.stderr.write(`\r\x1b[K${what}`);
const pair = (xs) => `${ms(median(xs))} /${ms(percentile(xs, 95))}`;
const col = (s) => String(s).padStart(18);
const line = (label, cells) => console.log(label.padEnd(36) + cells.map(col).join(''));

const measured = values.ref ? buildBaseline(values.ref) : undefined;
const cli = measured ? measured.cli : path.join(values.out, 'cli.js');
if (!measured && !values['skip-build']) await buildCli(values.out);
const baseline = values.baseline ? buildBaseline(values.baseline) : undefined;

// The progress file is written, and saves are timed, by the measured tree's own store.
const root = measured ? path.dirname(path.dirname(cli)) : '.';
if (measured) for (const f of ['scripts/gen-progress.ts', 'scripts/bench-save.ts']) copyFileSync(f, path.join(root, f));
const {generateDoc} = await importTs(path.join(root, 'scripts/gen-progress.ts'));
const {ConfStore} = await importTs(path.join(root, 'source/store/conf-store.ts'));
const {timeSaves} = await importTs(path.join(root, 'scripts/bench-save.ts'));
const {loadPackDir} = await importTs('source/content/load-packs.ts');
const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
const chapters = packs.map((p) => ({chapter: p.chapter, cards: p.cards.length}));
const quizItems = packs.flatMap((p) => p.quiz);
const writeProgress = (home, answers) =>
	new ConfStore({home}).save(generateDoc({answers, days: Math.max(1, Math.round(answers / 50)), seed: 1, lang: 'en', now: Date.now()}));

const results = [];
const paired = [];
for (const size of sizes) {
	if (baseline && count('paired') > 0) {
		const clis = {game: cli, baseline: baseline.cli};
		const options = {writeProgress, chapters, quizItems, progress, sessions: count('paired'), keyTimeoutMs: count('key-timeout') * 1000};
		paired.push({size, arms: await pairedSessions(clis, size, options)});
		progress('');
		printPaired(paired.at(-1));
	}
	if (values['paired-only']) continue;
	const options = {writeProgress, timeSaves, chapters, quizItems, progress};
	const sizeOptions = {
		starts: count('starts'),
		sessions: count('sessions'),
		saves: count('saves'),
		keyTimeoutMs: count('key-timeout') * 1000,
	};
	const r = await measureSize(cli, size, {...options, ...sizeOptions});
	results.push(r);
	// Each size as soon as it is done (a slow tree can take long at 50k).
	const keys = ['map', 'cards', 'answer', 'sure', 'next', 'saves', 'stats'].map((k) => `${k} ${pair(r[k]).replace(/ +/g, ' ').trim()}`);
	progress('');
	console.log(
		`${size} answers: first ${ms(median(r.first)).trim()}, usable ${ms(median(r.usable)).trim()}, ${keys.join(', ')}${r.timeouts.length ? `; over ${count('key-timeout')} s: ${r.timeouts.join(', ')}` : ''}`,
	);
}

// Simulation keys: this build and the baseline take turns, a fresh run each.
const sims = [];
if (count('sim-keys') > 0) {
	const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	const env = benchEnv({SD_TRAINER_HOME: home});
	const clis = {game: cli, ...(baseline ? {baseline: baseline.cli} : {})};
	for (const sim of SIMS) {
		const samples = Object.fromEntries(Object.keys(clis).map((k) => [k, []]));
		for (let round = 0; round < count('sim-rounds'); round++) {
			const order = round % 2 ? Object.keys(clis).reverse() : Object.keys(clis);
			for (const name of order) {
				progress(`${sim.name}: round ${round + 1}/${count('sim-rounds')}, ${name}`);
				samples[name].push(...(await simKeys(clis[name], env, chapters, sim, count('sim-keys'))));
			}
		}
		sims.push({sim, samples});
	}
	rmSync(home, {recursive: true, force: true});
}
progress('');

const startup = values['skip-startup'] ? undefined : await startupRatio(count('runs'), {cli, baseline: baseline?.cli});

console.log(
	`node ${process.version} · ${new Date().toISOString()}${baseline ? ` · baseline ${values.baseline} (${baseline.commit.slice(0, 10)})` : ''}`,
);
if (results.length > 0) {
	line(
		'answers in the log',
		results.map((r) => r.size),
	);
	line(
		'progress file (MB)',
		results.map((r) => r.mb.toFixed(1)),
	);
	line(
		'first frame, median (ms)',
		results.map((r) => ms(median(r.first))),
	);
	line(
		'map usable after start, median',
		results.map((r) => ms(median(r.usable))),
	);
	line(
		'key→frame map move, p50 / p95',
		results.map((r) => pair(r.map)),
	);
	line(
		'key→frame card page, p50 / p95',
		results.map((r) => pair(r.cards)),
	);
	line(
		'key→frame quiz answer, p50 / p95',
		results.map((r) => pair(r.answer)),
	);
	line(
		'key→frame how sure (grades, saves)',
		results.map((r) => pair(r.sure)),
	);
	line(
		'key→frame next question, p50 / p95',
		results.map((r) => pair(r.next)),
	);
	line(
		'samples map/cards/answer/sure/next',
		results.map((r) => [r.map, r.cards, r.answer, r.sure, r.next].map((x) => x.length).join('/')),
	);
	line(
		'store open (ms)',
		results.map((r) => ms(r.open)),
	);
	line(
		'save, p50 / p95 (ms)',
		results.map((r) => pair(r.saves)),
	);
	line(
		'stats --json, median (ms)',
		results.map((r) => ms(median(r.stats))),
	);
}
if (results.length > 1) {
	const [a, b] = [results[0], results[results.length - 1]];
	const growth = (k) => `×${(median(b[k]) / median(a[k])).toFixed(2)}`;
	console.log(
		`median growth ${a.size}→${b.size} answers (log ×${(b.size / a.size).toFixed(0)}): map key ${growth('map')}, card key ${growth('cards')}, answer ${growth('answer')}, how sure ${growth('sure')}, save ${growth('saves')}, stats ${growth('stats')}`,
	);
}
for (const {sim, samples} of sims) {
	const parts = Object.entries(samples).map(([name, xs]) => `${name} ${pair(xs).trim()} ms (${xs.length})`);
	const vs = samples.baseline ? ` · p95 ratio ${(percentile(samples.game, 95) / percentile(samples.baseline, 95)).toFixed(2)}` : '';
	console.log(`${sim.name} playing, key→frame p50 / p95: ${parts.join(' · ')}${vs}`);
}
if (startup) {
	const base = startup.baseline
		? ` · baseline ${ms(startup.baseline).trim()} ms (${startup.baselineRatio.toFixed(3)}x), game/baseline ${startup.vsBaseline.toFixed(3)}`
		: '';
	console.log(
		`start-up, ${count('runs')} rounds: bare Ink hello ${ms(startup.hello).trim()} ms, chapter map ${ms(startup.game).trim()} ms, ratio ${startup.ratio.toFixed(3)}x${base}`,
	);
	const max = values['max-ratio'] ? Number(values['max-ratio']) : undefined;
	if (max !== undefined && startup.ratio > max) {
		console.error(`start-up slower than ${max}x the bare hello`);
		process.exitCode = 1;
	}
}

/** One size's paired sessions: each kind of key for both builds, and game ÷ baseline. */
function printPaired({size, arms}) {
	const {game, baseline: base} = arms;
	for (const [name, arm] of Object.entries(arms))
		for (const t of arm.timeouts) console.error(`${name} at ${size} answers, no frame for ${t}`);
	const ratio = (a, b) => (a / b).toFixed(2);
	console.log(
		`${size} answers, paired with ${values.baseline} (${baseline.commit.slice(0, 10)}), ${game.perSession.length} sessions each, taking turns:`,
	);
	console.log(`${''.padEnd(20)}${'this p50 / p95'.padStart(18)}${'baseline p50 / p95'.padStart(20)}  ratio p50  ratio p95  session ratios`);
	for (const [kind, label] of [
		['usable', 'map usable'],
		['map', 'map move'],
		['mapCpu', 'map key CPU (ms)'],
		['cards', 'card page'],
		['answer', 'quiz answer'],
		['sure', 'how sure (saves)'],
		['next', 'next question'],
	]) {
		// Per pair of sessions (same round), this build's median ÷ the baseline's; their median.
		const perPair = game.perSession
			.map((s, i) => {
				const b = base.perSession[i];
				if (kind === 'usable' || kind === 'mapCpu') return s[kind] / b[kind];
				return median(s[kind]) / median(b[kind]);
			})
			.filter(Number.isFinite);
		console.log(
			`  ${label.padEnd(18)}${pair(game[kind]).padStart(18)}${pair(base[kind]).padStart(20)}  ${ratio(median(game[kind]), median(base[kind])).padStart(9)}  ${ratio(percentile(game[kind], 95), percentile(base[kind], 95)).padStart(9)}  ${ratio(median(perPair), 1).padStart(6)} (${perPair.map((r) => r.toFixed(2)).join(' ')})`,
		);
	}
}
