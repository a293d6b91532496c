import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const CTRL_C = '\u0003';

/**
 * Once the game has begun to close (Ink shows the cursor again: raw mode is
 * off, so a Ctrl+C or Ctrl+\ typed now arrives as a signal), sends that
 * signal, as the terminal would, again and again until the game has exited
 * (a key held down), so it also lands in Node's own last milliseconds of
 * teardown. Before the fixes it killed the game.
 */
async function signalWhileClosing(run: ReturnType<typeof runInPty>, signal: NodeJS.Signals) {
	const from = run.output().length;
	await run.waitFor(() => run.output().slice(from).includes('\u001b[?25h'), 'the game to begin closing');
	let ended = false;
	const held = () => {
		if (ended) return;
		try {
			process.kill(run.pid, signal);
		} catch {
			return; // it has exited
		}
		setTimeout(held, 1);
	};
	held();
	const result = await run.ended;
	ended = true;
	return result;
}

async function openFirstCard(home: string) {
	const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
	await run.waitForText('Overall 0%');
	run.write(KEY.enter);
	await run.waitForText('Chapter ');
	run.write(KEY.enter);
	await run.waitForText('card 1/');
	run.write(KEY.space);
	await run.waitForText('✓ known');
	return run;
}

const knownCards = (home: string) =>
	Object.values(JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')).chapters as Record<string, {known: object}>).flatMap(
		(c) => Object.keys(c.known),
	);

describe('quitting', () => {
	it('is not cut short by Ctrl+\\ pressed just after q (no SIGQUIT), and saves', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		run.write('q');
		expect(await signalWhileClosing(run, 'SIGQUIT')).toEqual({exitCode: 0, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});

	it('is not cut short by Ctrl+C pressed just after q', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		run.write('q');
		expect(await signalWhileClosing(run, 'SIGINT')).toEqual({exitCode: 0, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});

	it('exits 130 after saving on Ctrl+C, however often it is pressed', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		run.write(CTRL_C);
		expect(await signalWhileClosing(run, 'SIGINT')).toEqual({exitCode: 130, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});

	it('closes cleanly on SIGTERM (143), the progress saved', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		process.kill(run.pid, 'SIGTERM');
		expect(await run.ended).toEqual({exitCode: 143, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});
});
