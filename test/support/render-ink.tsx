import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';

/** Named key sequences, as a terminal sends them. */
export const KEY = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	space: ' ',
} as const;

class FakeStdout extends EventEmitter {
	frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
	get isTTY() {
		return true;
	}
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private queue: string[] = [];
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => this.queue.shift() ?? null;
	push(data: string) {
		this.queue.push(data);
		this.emit('readable');
	}
}

const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * Renders into an in-memory terminal of a given size (ink-testing-library's
 * is fixed at 100 columns) and waits for frames instead of sleeping.
 */
export function renderInk(tree: ReactElement, size = {columns: 80, rows: 24}) {
	const stdout = new FakeStdout(size.columns, size.rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const lastFrame = () => stdout.frames.at(-1) ?? '';

	async function waitFor(predicate: (frame: string) => boolean, what = 'frame', timeoutMs = 20_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const frame = lastFrame();
			if (predicate(frame)) {
				// Let React run the new screen's effects (its key handlers subscribe there).
				await settle();
				return frame;
			}
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
	}

	return {
		lastFrame,
		frames: stdout.frames,
		waitFor,
		/** Waits for text to be on screen. */
		waitForText: (text: string) => waitFor((f) => f.includes(text), JSON.stringify(text)),
		/** Sends keys and waits until the screen changes. */
		async press(...keys: string[]): Promise<string> {
			const before = stdout.frames.length;
			for (const k of keys) stdin.push(k);
			return waitFor(() => stdout.frames.length > before, `a new frame after ${JSON.stringify(keys)}`);
		},
		write: (data: string) => stdin.push(data),
		resize(columns: number, rows: number) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		unmount: () => instance.unmount(),
		waitUntilExit: () => instance.waitUntilExit(),
	};
}
