import path from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

export const CLI = path.resolve('dist/cli.js');

/** The environment for a child: no CI markers (Ink would then draw only its last frame). */
export function childEnv(extra: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION') env[key] = value;
	}
	// The first-start page has its own test; elsewhere a fresh home opens on the map.
	return {...env, TERM: 'xterm-256color', SD_TRAINER_INTRO: 'off', ...extra};
}

/**
 * Runs the built CLI in a real pseudo-terminal and keeps a real terminal
 * emulator's screen of it, so tests read exactly what a learner would see.
 */
export function runInPty(args: string[], options: {env: Record<string, string>; columns?: number; rows?: number}) {
	const columns = options.columns ?? 80;
	let rows = options.rows ?? 24;
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const child = pty.spawn(process.execPath, [CLI, ...args], {
		name: options.env.TERM ?? 'xterm-256color',
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: childEnv(options.env),
	});
	let pending = Promise.resolve();
	// Every byte the program wrote, and how many (a change tells that it answered).
	let output = '';
	child.onData((data) => {
		output += data;
		pending = new Promise((resolve) => term.write(data, resolve));
	});
	const ended = new Promise<{exitCode: number; signal: number | undefined}>((resolve) =>
		child.onExit(({exitCode, signal}) => resolve({exitCode, signal: signal || undefined})),
	);
	const exited = ended.then((e) => e.exitCode);

	const screen = (): string => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
		return lines.join('\n');
	};

	async function waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			await pending;
			const now = screen();
			if (predicate(now)) return now;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${now}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	return {
		screen,
		waitFor,
		waitForText: (text: string) => waitFor((s) => s.includes(text), JSON.stringify(text)),
		write: (data: string) => child.write(data),
		/** The terminal resized, as a window drag does: the program gets SIGWINCH. */
		resize: (c: number, r: number) => {
			rows = r;
			term.resize(c, r);
			child.resize(c, r);
		},
		exited,
		/** The exit code and, if a signal ended the program, its number. */
		ended,
		output: () => output,
		kill: () => child.kill(),
		pid: child.pid,
	};
}
