import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import {CLI, childEnv} from './pty.js';

/**
 * The built CLI in a real pseudo-terminal, as runInPty, but started through
 * bash with `ulimit -f KiB` (writes past the limit fail with EFBIG: a full disk),
 * and as another user if `uid` is given.
 */
export function runInPtyLimited(args: string[], options: {env: Record<string, string>; fileLimitKiB?: number; uid?: number}) {
	const [columns, rows] = [80, 24];
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const script = `ulimit -f ${options.fileLimitKiB ?? 'unlimited'}; exec "$@"`;
	const child = pty.spawn('bash', ['-c', script, 'bash', process.execPath, CLI, ...args], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: process.cwd(),
		env: childEnv(options.env),
		...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid}),
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
	async function waitForText(text: string, timeoutMs = 10_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			await pending;
			const now = screen();
			if (now.includes(text)) return now;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${now}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}
	return {screen, waitForText, write: (data: string) => child.write(data), exited, kill: () => child.kill()};
}
