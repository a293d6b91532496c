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
	const rows = options.rows ?? 24;
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const child = pty.spawn(process.execPath, [CLI, ...args], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: childEnv(options.env),
	});
	let pending = Promise.resolve();
	child.onData((data) => {
		pending = new Promise((resolve) => term.write(data, resolve));
	});
	const exited = new Promise<number>((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));

	const screen = (): string => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let i = 0; i < rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
		return lines.join('\n');
	};

	async function waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
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
		exited,
		kill: () => child.kill(),
	};
}
