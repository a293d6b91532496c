import {expect, it} from 'vitest';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

// A key typed the instant the first frame shows must count. Ink turns raw mode on only after
// that frame; the game turns it on before, or an Enter typed in between arrives as a line feed.
it('opens the chapter on an Enter typed the moment the map first shows, start after start', async () => {
	const env = {SD_TRAINER_HOME: tempHome()};
	for (let i = 0; i < 5; i++) {
		const run = runInPty(['--lang', 'en'], {env});
		await run.waitFor((s) => s.trim().length > 0, 'the first frame');
		run.write(KEY.enter);
		await run.waitForText('Chapter 46 ·');
		run.write('q');
		expect(await run.exited).toBe(0);
	}
});
