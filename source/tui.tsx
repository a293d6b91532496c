import {constants} from 'node:os';
import chalk from 'chalk';
import {render, useInput} from 'ink';
import type {ReactNode} from 'react';
import {App, type AppProps} from './app.js';
import {writeAscii} from './ui/ascii-output.js';
import {frameRendered} from './ui/frames.js';
import {keysOf} from './ui/keys.js';
import {terminal} from './ui/theme.js';

type Options = Omit<AppProps, 'store'>;

/** Notes a Ctrl+C (the app quits on it, saving first), so the exit code can say so. */
function CtrlC({onPress, children}: {onPress: () => void; children: ReactNode}) {
	// The key splitter's own reading, so a Ctrl+C in one read with other keys counts here too.
	useInput((input, key) => {
		if (keysOf(input, key).some((press) => press.action === 'interrupt')) onPress();
	});
	return children;
}

const QUIT_SIGNALS = ['SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Starts the game; the store (and conf with it) loads after the first frame.
 * Resolves with the exit code: 0 after `q`, 130 after Ctrl+C (the shell's
 * convention for an interrupt), 128 + n after signal n.
 *
 * While the game runs, the terminal is in raw mode and Ctrl+C / Ctrl+\ are
 * keys. Once it starts to quit, raw mode is off and the same keys become
 * SIGINT / SIGQUIT, whose default is to kill the process before the last
 * save ends (Ctrl+\ even dumps core). Quitting is made idempotent: a signal
 * asks the game to close (a no-op once it is closing), never kills it.
 */
export async function runTui(options: Options): Promise<number> {
	const store = async () => {
		const {ConfStore} = await import('./store/conf-store.js');
		// A short wait for another sd-trainer's lock: the screen then says it is waiting and retries.
		return new ConfStore({lockWaitMs: 200});
	};
	// NO_COLOR: Ink colours through chalk, which does not read it.
	if (!terminal.color) chalk.level = 0;
	// A locale that is not UTF-8: every drawing character goes out as ASCII.
	if (!terminal.unicode) writeAscii(process.stdout);
	// Raw mode before the first frame: Ink turns it on only in an effect after that frame, and a
	// key typed in between went through the terminal's line editing (Enter arrived as a line feed,
	// which opens nothing). Ink turns it off again on exit.
	if (process.stdin.isTTY) process.stdin.setRawMode(true);
	let code = 0;
	let closing = false;
	const app = render(
		<CtrlC
			onPress={() => {
				if (!closing) code = 130;
			}}
		>
			<App {...options} store={store} />
		</CtrlC>,
		// Ink draws at most 30 frames a second by default; while a simulation plays, a
		// key's frame then waits behind the playback's frames (p95 73–77 ms). 60 keeps keys prompt.
		// Each frame is reported, so a save waits until the frame of its key is on screen (ui/frames.ts).
		{exitOnCtrlC: false, maxFps: 60, onRender: frameRendered},
	);
	const onSignal = (signal: NodeJS.Signals) => {
		if (!closing) code = 128 + constants.signals[signal];
		closing = true;
		app.unmount();
	};
	// The handlers stay until the process ends: a signal after the game closed is absorbed too
	// (the CLI then ends with process.exit, which keeps them through Node's teardown).
	for (const signal of QUIT_SIGNALS) process.on(signal, onSignal);
	await app.waitUntilExit();
	closing = true;
	return code;
}
