// The benchmark's hands and eyes: the built game in a real pseudo-terminal,
// keys written to it, and frames recognized by the text they must contain.
// Ink redraws a whole frame at a time, so the text since a key (escape codes
// stripped) holds the next frame; nothing here sleeps.
import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import * as pty from 'node-pty';

/** Terminal output as plain text (escape sequences removed, line breaks kept). */
export const plain = stripVTControlCharacters;

/** The environment for a child: no CI markers (Ink would then draw only its last frame), no first-start page. */
export function benchEnv(extra = {}) {
	const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', SD_TRAINER_INTRO: 'off', ...extra};
	delete env.CI;
	delete env.CONTINUOUS_INTEGRATION;
	delete env.LC_ALL;
	return env;
}

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * One run of a program in a pty. `waitFor(test)` resolves with the ms from
 * the last mark (spawn, or the last `press`) until the text written since
 * then passes `test` (a string to contain, a RegExp, or a function).
 */
export function spawnInPty(file, args, {env, cols = 80, rows = 24, timeoutMs = 120_000} = {}) {
	let mark = process.hrtime.bigint();
	let raw = '';
	let waiting;
	const child = pty.spawn(process.execPath, [file, ...args], {name: 'xterm-256color', cols, rows, env});
	const exited = new Promise((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
	const check = () => {
		if (!waiting) return;
		const text = plain(raw);
		if (!waiting.test(text)) return;
		const {resolve, timer} = waiting;
		waiting = undefined;
		clearTimeout(timer);
		resolve({ms: since(mark), text});
	};
	child.onData((data) => {
		raw += data;
		check();
	});
	const matcher = (test) => (typeof test === 'string' ? (t) => t.includes(test) : test instanceof RegExp ? (t) => test.test(t) : test);
	const waitFor = (test, what = String(test)) =>
		new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				waiting = undefined;
				reject(new Error(`no frame with ${what} after ${timeoutMs / 1000} s; last text:\n${plain(raw).slice(-600)}`));
			}, timeoutMs);
			waiting = {test: matcher(test), resolve, timer};
			check();
		});
	return {
		waitFor,
		/** Writes keys and resolves with {ms, text} when a frame passes `test`. */
		press(keys, test, what) {
			raw = '';
			mark = process.hrtime.bigint();
			child.write(keys);
			return waitFor(test, what);
		},
		/** Writes keys without timing them. */
		write: (keys) => child.write(keys),
		/** Starts timing (and collecting text) from now. */
		mark() {
			raw = '';
			mark = process.hrtime.bigint();
		},
		/** The text written since the last mark. */
		text: () => plain(raw),
		exited,
		async quit() {
			child.write('q');
			const timer = setTimeout(() => child.kill(), 5_000);
			await exited;
			clearTimeout(timer);
		},
		kill: () => child.kill(),
		/** CPU time (user + system) the program has used so far, in ms; NaN where /proc is not there. */
		cpuMs: () => cpuMsOf(child.pid),
	};
}

/** A process's CPU time from /proc (Linux; clock ticks of 10 ms), NaN elsewhere. */
function cpuMsOf(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return Number.NaN;
	}
}

export const KEY = {enter: '\r', escape: '\x1b', down: '\x1b[B', up: '\x1b[A'};

export function median(xs) {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs, p) {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Milliseconds for a table column. */
export const ms = (x) => (Number.isNaN(x) ? 'n/a' : x.toFixed(x < 100 ? 1 : 0)).padStart(7);
