import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, runInPty} from './support/pty.js';
import {KEY} from './support/render-ink.js';
import {tempHome} from './support/temp-home.js';

describe('a text field in the built game', () => {
	it('types q, ? and digits instead of obeying them, and Ctrl+C still quits', async () => {
		expect(CLI).toMatch(/cli\.js$/);
		const home = tempHome();
		const run = runInPty(['--lang', 'en', '--lessons', 'test/fixtures/text-field'], {env: {SD_TRAINER_HOME: home}});
		await run.waitForText('Overall 0%');
		// The extra chapter comes after the fifteen shipped ones.
		run.write('j'.repeat(15));
		await run.waitForText('❯ 93 Text field');
		run.write(KEY.enter);
		await run.waitForText('Chapter 93');
		// Cards, then the quiz (a chapter without a simulation lists none).
		run.write(`j${KEY.enter}`);
		await run.waitForText('How many requests does one server get?');
		// q and ? would quit and open the help anywhere else; here they are typed (and,
		// not being part of a number, dropped), while the digits go into the answer.
		run.write(`4q?2${KEY.enter}`);
		// Then how sure: skipped (Enter).
		await run.waitForText('How sure are you?');
		run.write(KEY.enter);
		const feedback = await run.waitForText('4,200 ÷ 100 = 42.');
		expect(feedback).not.toContain('Keys');
		run.write('\u0003');
		await run.exited;
		const saved = readFileSync(path.join(home, 'progress.json'), 'utf8');
		expect(saved).toContain('q-per-server');
		expect(saved).toMatch(/"correct":\s*true/);
	});
});
