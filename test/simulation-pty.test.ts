import {describe, expect, it} from 'vitest';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

describe('a simulation in a real terminal', () => {
	it('keeps a parameter set across Esc and reopening, and the step across a resize to 40×10 and back', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome()}});
		await run.waitForText('Overall');
		// Chapter 58, its simulations, Raft (the fifth).
		run.write('jjjjjjjjjjjj\r');
		await run.waitForText('Chapter 58');
		run.write('j\r');
		await run.waitForText('Chapter 58 · Simulations');
		run.write('jjjj\r');
		await run.waitForText('58 Raft leader election');
		// Heartbeat every 50 → 60 ms, by its step of 10, then 20 steps.
		run.write('jj');
		await run.waitForText('❯ heartbeat every');
		run.write(KEY.right);
		await run.waitForText('◀ 60ms ▶');
		run.write('n'.repeat(20));
		await run.waitForText('step 20 ·');
		run.write(KEY.escape);
		await run.waitForText('Chapter 58 · Simulations');
		run.write('\r');
		let screen = await run.waitForText('58 Raft leader election');
		expect(screen).toContain('step 20 ·');
		expect(screen).toContain('◀ 60ms ▶');
		run.resize(40, 10);
		await run.waitFor((s) => !s.includes('step 20'), 'the too-small notice');
		run.resize(80, 24);
		screen = await run.waitForText('step 20 ·');
		expect(screen).toContain('◀ 60ms ▶');
		run.write('q');
		expect(await run.exited).toBe(0);
	});
});
