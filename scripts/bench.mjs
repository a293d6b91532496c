#!/usr/bin/env node
// `npm run bench`: speed where a learner feels it, in the built game in a real
// pseudo-terminal, with progress files of 5k, 20k and 50k answers (made by
// scripts/gen-progress.ts), next to the start-up ratio against a bare Ink hello.
// Medians and 95th percentiles; frames are recognized by their text, never by
// waiting a fixed time. Nothing here is part of `npm test`.
//
//   npm run bench [-- --sizes 5000,20000,50000 --sessions 2 --starts 5 --runs 21 --max-ratio 1.3 --skip-startup]
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {learnerSession, timeStart} from './bench-learner.mjs';
import {benchEnv, median, ms, percentile} from './bench-pty.mjs';
import {startupRatio} from './bench-startup.mjs';
import {buildCli} from './build.mjs';
import {importTs} from './run-ts.mjs';

const {values} = parseArgs({
	options: {
		sizes: {type: 'string', default: '5000,20000,50000'},
		sessions: {type: 'string', default: '2'},
		starts: {type: 'string', default: '5'},
		saves: {type: 'string', default: '10'},
		runs: {type: 'string', default: '21'},
		'max-ratio': {type: 'string'},
		'skip-startup': {type: 'boolean', default: false},
		'skip-build': {type: 'boolean', default: false},
	},
});
const sizes = values.sizes.split(',').map(Number);
const count = (name) => Number(values[name]);

if (!values['skip-build']) await buildCli();
const {generateDoc} = await importTs('scripts/gen-progress.ts');
const {ConfStore} = await importTs('source/store/conf-store.ts');
const {timeSaves} = await importTs('scripts/bench-save.ts');
const {loadPackDir} = await importTs('source/content/load-packs.ts');
const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
const chapters = packs.map((p) => ({chapter: p.chapter, cards: p.cards.length}));
const quizItems = packs.flatMap((p) => p.quiz);

const progress = (what) => process.stderr.write(`\r\x1b[K${what}`);
const pair = (xs) => `${ms(median(xs))} /${ms(percentile(xs, 95))}`;

const results = [];
for (const size of sizes) {
	const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	try {
		progress(`${size}: writing the progress file`);
		new ConfStore({home}).save(
			generateDoc({answers: size, days: Math.max(1, Math.round(size / 50)), seed: 1, lang: 'en', now: Date.now()}),
		);
		const file = path.join(home, 'progress.json');
		const mb = statSync(file).size / 1e6;
		const env = benchEnv({SD_TRAINER_HOME: home});
		const row = {size, mb, first: [], usable: [], map: [], cards: [], answer: [], next: []};
		for (let i = 0; i < count('starts'); i++) {
			progress(`${size}: start ${i + 1}/${count('starts')}`);
			const t = await timeStart(env);
			row.first.push(t.first);
			row.usable.push(t.usable);
		}
		for (let i = 0; i < count('sessions'); i++) {
			progress(`${size}: learner session ${i + 1}/${count('sessions')}`);
			const s = await learnerSession(env, chapters, quizItems);
			row.usable.push(s.usable);
			for (const k of ['map', 'cards', 'answer', 'next']) row[k].push(...s[k]);
		}
		progress(`${size}: saves`);
		const saved = timeSaves(home, count('saves'));
		row.open = saved.open;
		row.saves = saved.saves;
		row.stats = [];
		for (let i = 0; i < 5; i++) {
			progress(`${size}: stats --json ${i + 1}/5`);
			const started = process.hrtime.bigint();
			const r = spawnSync(process.execPath, ['dist/cli.js', 'stats', '--json'], {env, encoding: 'utf8'});
			if (r.status !== 0 || !r.stdout.startsWith('{')) throw new Error(`stats --json failed: ${r.stderr}`);
			row.stats.push(Number(process.hrtime.bigint() - started) / 1e6);
		}
		results.push(row);
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}
progress('');

const startup = values['skip-startup'] ? undefined : await startupRatio(count('runs'));

// One column per log size; times in ms, "median / p95" where there are many samples.
const col = (s) => String(s).padStart(18);
const line = (label, cells) => console.log(label.padEnd(34) + cells.map(col).join(''));
console.log(`node ${process.version}, ${new Date().toISOString()}`);
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
	'key→frame next question, p50/p95',
	results.map((r) => pair(r.next)),
);
line(
	'samples (map/cards/answer)',
	results.map((r) => `${r.map.length}/${r.cards.length}/${r.answer.length}`),
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
if (results.length > 1) {
	const [a, b] = [results[0], results[results.length - 1]];
	const growth = (k) => (median(b[k]) / median(a[k])).toFixed(2);
	console.log(
		`growth ${a.size}→${b.size} answers (×${(b.size / a.size).toFixed(0)} log): map key ×${growth('map')}, card key ×${growth('cards')}, answer ×${growth('answer')}, save ×${growth('saves')}`,
	);
}
if (startup) {
	console.log(
		`start-up, ${count('runs')} pairs: bare Ink hello ${ms(startup.hello)} ms, chapter map ${ms(startup.game)} ms, ratio ${startup.ratio.toFixed(3)}x`,
	);
	const max = values['max-ratio'] ? Number(values['max-ratio']) : undefined;
	if (max !== undefined && startup.ratio > max) {
		console.error(`start-up slower than ${max}x the bare hello`);
		process.exitCode = 1;
	}
}
