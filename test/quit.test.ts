import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const CTRL_C = '\u0003';
const CTRL_BACKSLASH = '\u001c';

/**
 * Sends `key` again and again until the terminal echoes it as a signal (`^\\`
 * or `^C`: raw mode is off, the game is closing), then waits for the end.
 * Before the fix, that signal killed the game mid-exit.
 */
async function hammer(run: ReturnType<typeof runInPty>, key: string, echo: string) {
	const from = run.output().length;
	let done = false;
	const ended = run.ended.then((e) => {
		done = true;
		return e;
	});
	const echoed = () => run.output().slice(from).includes(echo);
	// One key at a time: the terminal echoes at once, so no key is still on its way after the echo.
	while (!done && !echoed()) {
		run.write(key);
		await run.waitFor(() => done || echoed(), 'an echo', 30).catch(() => undefined);
	}
	return ended;
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
		expect(await hammer(run, CTRL_BACKSLASH, '^\\')).toEqual({exitCode: 0, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});

	it('is not cut short by Ctrl+C pressed just after q', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		run.write('q');
		expect(await hammer(run, CTRL_C, '^C')).toEqual({exitCode: 0, signal: undefined});
		expect(knownCards(home)).toHaveLength(1);
	});

	it('exits 130 after saving on Ctrl+C, however often it is pressed', async () => {
		const home = tempHome();
		const run = await openFirstCard(home);
		expect(await hammer(run, CTRL_C, '^C')).toEqual({exitCode: 130, signal: undefined});
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
