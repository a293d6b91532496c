import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {readDoc} from '../source/progress/progress-schema.js';
import {sanitize} from '../source/text/sanitize.js';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

/*
 * Random keys into the built game in a real terminal: single keys, several
 * keys in one write, pastes, quits and restarts, and resizes (to too small
 * and back). Seeded, so a failure replays. What must hold: the game never
 * crashes, always answers (a resize redraws within 5 s), and leaves a
 * valid progress file.
 */

const SEED = 20261201;
const KEYS_WANTED = Number(process.env.FUZZ_KEYS ?? 5000);
// A bound on a hang, not a speed budget: a busy machine (two test runs at once) must still pass.
const ANSWER_MS = 20_000;

/** mulberry32: a small seeded generator. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Weighted: moving and opening most, leaving less, so the walk goes deep.
const SINGLE: [string, number][] = [
	[KEY.down, 8],
	[KEY.up, 4],
	[KEY.left, 3],
	[KEY.right, 5],
	[KEY.enter, 10],
	[KEY.escape, 6],
	[KEY.space, 5],
	...[...'jklhnbegxpcurts?+-'].map((k): [string, number] => [k, 1.5]),
	...[...'0123456789.'].map((k): [string, number] => [k, 0.6]),
	['\u007f', 1],
	['y', 0.5],
	['a', 0.5],
];
const PASTE = 'abcdefghijklmnoprstuvwxyz 0123456789.,-카프카로드밸런서?';

function pick(next: () => number): string {
	const total = SINGLE.reduce((n, [, w]) => n + w, 0);
	let at = next() * total;
	for (const [key, weight] of SINGLE) {
		at -= weight;
		if (at <= 0) return key;
	}
	return KEY.enter;
}

const NORMAL: readonly (readonly [number, number])[] = [
	[80, 24],
	[100, 30],
	[120, 40],
	[60, 16],
	[72, 20],
];
const any = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] ?? list[0]!;

const SIM = /step \d+ ·|\d+단계 ·/;
const down = (n: number) => Array.from({length: n}, (_, i): [string, RegExp] => ['j', new RegExp(`❯ ${47 + i} `)]);
const openChapter = (n: number): [string, RegExp] => [KEY.enter, new RegExp(`Chapter ${n} ·|${n}장 ·`)];

// A crash prints a stack trace or an error through Ink before it exits.
const CRASH = /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|Maximum call stack/;

it(`survives ${KEYS_WANTED} seeded random keys, pastes and resizes in the built game`, async () => {
	const next = random(SEED);
	const home = tempHome();
	const env = {SD_TRAINER_HOME: home};
	const seen = new Set<string>();
	let keys = 0;
	let starts = 0;
	let writes = 0;
	let size: readonly [number, number] = [80, 24];
	const recent: string[] = [];

	const start = async () => {
		starts++;
		const run = runInPty(['--lang', next() < 0.5 ? 'ko' : 'en'], {env, columns: size[0], rows: size[1]});
		await run.waitFor((s) => s.trim().length > 0, 'the first frame', ANSWER_MS * 2);
		return run;
	};
	let run = await start();

	/**
	 * The game must answer a resize within ANSWER_MS. A terminal's resize
	 * signals coalesce, and output may come from keys still being handled, so
	 * the proof is exact: a size too small to play at, never the same twice in
	 * a row, whose "W×H" the game must print; then back to a size it plays at.
	 */
	let probes = 0;
	const answers = async () => {
		probes++;
		const small = [30 + (probes % 29), 8 + (probes % 7)] as const;
		for (const [to, answered] of [
			[small, (drawn: string) => drawn.includes(`${small[0]}×${small[1]}`)],
			[any(NORMAL, next), (drawn: string) => drawn.length > 0],
		] as const) {
			const before = run.output().length;
			try {
				run.resize(to[0], to[1]);
			} catch {
				// The terminal is gone: the game has just ended (its end is checked next).
				await run.ended;
				return;
			}
			size = to;
			await run
				.waitFor(
					() => over || answered(sanitize(run.output().slice(before))),
					`an answer to a resize to ${to.join('×')} after ${keys} keys`,
					ANSWER_MS,
				)
				.catch((error: Error) => {
					const ps = spawnSync('ps', ['-o', 'stat,pcpu,etime,rss', '-p', String(run.pid)], {encoding: 'utf8'}).stdout;
					throw new Error(`${error.message}\nprocess: ${ps}\nlast writes: ${JSON.stringify(recent)}`);
				});
		}
	};

	// What the game drew since the last look (escape sequences removed): the screens it showed.
	let looked = 0;
	const checkScreen = () => {
		const drawn = sanitize(run.output().slice(looked));
		looked = run.output().length;
		expect(drawn, `after ${keys} keys`).not.toMatch(CRASH);
		for (const [mark, name] of [
			[/sd-trainer ·|Overall|전체 \d/, 'home'],
			[/Chapter \d+ ·|\d+장 ·/, 'chapter'],
			[/card \d+\/|카드 \d+\//, 'cards'],
			[/question \d+\/|문제 \d+\//, 'quiz'],
			[SIM, 'simulation'],
			[/Press any key to close|아무 키나/, 'help'],
			[/Language:|언어:/, 'settings'],
			[/Stats|통계/, 'stats'],
		] as const) {
			if (mark.test(drawn)) seen.add(name);
		}
	};

	/** The game ended (q or Ctrl+C): it must have ended well; then it starts again. */
	const ended = async () => {
		const {exitCode, signal} = await run.ended;
		expect({exitCode: [0, 130].includes(exitCode) ? 'ok' : exitCode, signal}, `exit after ${keys} keys:\n${run.screen()}`).toEqual({
			exitCode: 'ok',
			signal: undefined,
		});
		// (Nothing is written until there is something to save.)
		if (existsSync(path.join(home, 'progress.json'))) {
			expect(readDoc(JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8'))).kind).toBe('ok');
		}
		run = await start();
		looked = 0;
	};

	/** Ctrl+C until the game ends: right after a lone Esc, a terminal reads it as Alt+Ctrl+C. */
	const quit = async () => {
		// A redraw first: by then the game has read the keys before, a lone Esc included.
		if (!over) await answers();
		for (let i = 0; i < 3 && !over; i++) {
			run.write('\u0003');
			keys += 1;
			await run.waitFor(() => over, 'the game to end on Ctrl+C', ANSWER_MS).catch(() => undefined);
		}
		await run.waitFor(() => over, 'the game to end on Ctrl+C', 1);
	};
	/** One key, and what the game must draw in answer (in either language). */
	const step = async ([key, answer]: readonly [string, RegExp]) => {
		const before = run.output().length;
		run.write(key);
		keys += 1;
		await run.waitFor(
			() => answer.test(sanitize(run.output().slice(before))),
			`${answer} after ${JSON.stringify(key)} (${keys} keys)`,
			ANSWER_MS,
		);
	};
	/**
	 * A tour: quit (Ctrl+C), start again on the map, and walk to a screen, so
	 * that every screen gets its share of random keys however the dice fall.
	 */
	const TOURS: (readonly [string, RegExp])[][] = [
		[['s', /Language|언어/]],
		[['t', /Stats|통계/]],
		[['?', /Press any key|아무 키/]],
		[...down(11), openChapter(57), ['j', /❯ (Simulations|시뮬레이션)/], [KEY.enter, SIM]],
		[openChapter(46), ['j', /❯ (Simulations|시뮬레이션)/], ['j', /❯ (Quiz|퀴즈)/], [KEY.enter, /question 1\/|문제 1\//]],
		[openChapter(46), [KEY.enter, /card \d+\/|카드 \d+\//]],
		[...down(12), openChapter(58), ['j', /❯ (Simulations|시뮬레이션)/], [KEY.enter, /Simulations|시뮬레이션/], [KEY.enter, SIM]],
	];
	let tours = 0;
	const tour = async () => {
		await quit();
		await ended();
		watch();
		for (const key of TOURS[tours++ % TOURS.length] ?? []) await step(key);
	};

	// Set when the current run ends (q, Ctrl+C, or Enter on something that quits).
	let over = false;
	const watch = () => {
		over = false;
		run.ended.then(() => {
			over = true;
		});
	};
	watch();
	while (keys < KEYS_WANTED) {
		if (writes % 170 === 85 && !over) {
			await tour();
		}
		const roll = next();
		let chunk: string;
		if (roll < 0.04) {
			// A paste: text, sometimes with line breaks (no q, so it does not quit the game).
			const length = 5 + Math.floor(next() * 60);
			chunk = Array.from({length}, () => (next() < 0.08 ? '\r' : (PASTE[Math.floor(next() * PASTE.length)] ?? ' '))).join('');
		} else if (roll < 0.0425) {
			chunk = next() < 0.5 ? 'q' : '\u0003';
			// (After a redraw, so that a lone Esc before it is read on its own.)
			await answers();
		} else {
			// One to six keys in one write (typed faster than a frame). A lone Esc ends the
			// write: followed by another key in one read, a terminal means Alt+key.
			const count = 1 + Math.floor(next() * next() * 6);
			chunk = '';
			for (let i = 0; i < count && !chunk.endsWith(KEY.escape); i++) chunk += pick(next);
		}
		if (!over) run.write(chunk);
		recent.push(chunk);
		if (recent.length > 25) recent.shift();
		keys += [...chunk].length;
		writes++;
		// Keys ride on the terminal's own pace; every 20 writes the game must prove it answers.
		await new Promise((resolve) => setImmediate(resolve));
		if (writes % 5 === 0 && !over) checkScreen();
		if (writes % 20 === 0 && !over) {
			if (process.env.FUZZ_LOG) console.log(`${keys} keys, ${starts} starts, ${size.join('×')}: ${JSON.stringify(recent.slice(-3))}`);
			await answers();
		}
		// A quit key either ends the game or (typed into a field, or taken as part of an escape
		// sequence) does not: then the game must still answer.
		if ((chunk === 'q' || chunk === '\u0003') && !over) {
			const quit = await run
				.waitFor(() => over, 'the end', ANSWER_MS)
				.then(
					() => true,
					() => false,
				);
			if (!quit) await answers();
		}
		if (over) {
			if (process.env.FUZZ_LOG) console.log(`${keys} keys: ended`);
			await ended();
			watch();
		}
	}
	await quit();
	const last = await run.ended;
	expect([0, 130]).toContain(last.exitCode);
	expect(last.signal).toBeUndefined();
	const doc = readDoc(JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')));
	expect(doc.kind).toBe('ok');
	expect([...seen].sort()).toEqual(['cards', 'chapter', 'help', 'home', 'quiz', 'settings', 'simulation', 'stats']);
	console.log(`fuzz: ${keys} keys in ${writes} writes, ${starts} starts (${tours} tours), screens: ${[...seen].sort().join(', ')}`);
}, 300_000);
