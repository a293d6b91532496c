import {describe, expect, it} from 'vitest';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

describe('a command typed into a simulation in a real terminal', () => {
	it('runs git commands in the sandbox, pasted in one write, and keeps them across Esc and reopening', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome()}});
		await run.waitForText('Overall');
		// Chapter 56 (the eleventh), its simulations, the rebase level (the second).
		run.write('jjjjjjjjjj\r');
		await run.waitForText('Chapter 56');
		run.write('j\r');
		await run.waitForText('Chapter 56 · Simulations');
		run.write('j\r');
		await run.waitForText('$ git … press : to type a command');
		run.write(':');
		await run.waitForText('$ git ▏');
		run.write('rebase main\rswitch main\rmerge feature\r');
		let screen = await run.waitForText('challenges 2/2 ✓');
		expect(screen).toContain('3 commands · par 3 · ✓ goal met · HEAD → main');
		// The newest result is wrapped whole.
		expect(screen).toContain('merge feature → fast-forwarded main to feature: no new commit, the label\n  just moved');
		expect(screen).toContain("main's history 6 commits · merge commits 0");
		// q is a letter on the command line; Esc clears it, a second Esc closes the line, a third leaves.
		run.write('q');
		await run.waitForText('$ git q▏');
		run.write(KEY.escape);
		await run.waitForText('$ git ▏');
		run.write(KEY.escape);
		await run.waitForText(': command · Space');
		run.write(KEY.escape);
		await run.waitForText('Chapter 56 · Simulations');
		run.write('\r');
		screen = await run.waitForText('56 Integrate by rebase');
		expect(screen).toContain('3 commands · par 3 · ✓ goal met · HEAD → main');
		run.write('q');
		expect(await run.exited).toBe(0);
	});
});
