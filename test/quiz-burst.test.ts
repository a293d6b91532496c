import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runInPty} from './support/pty.js';
import {KEY} from './support/render-ink.js';
import {tempHome} from './support/temp-home.js';

type Saved = {
	answers: Record<string, {item: string; correct: boolean; score: number; confidence?: number}>;
	runs: Record<string, unknown>;
	undone: Record<string, number>;
};

/** What a burst must hold besides the Enters for each kind to be an answer at all. */
function answerKeys(screen: string): string {
	if (screen.includes('Match them')) return 'abc';
	if (screen.includes('costs fall')) return '90';
	if (screen.includes('Pick every')) return ' ';
	// Pick the first step up and carry it down one place.
	if (screen.includes('Put them in order')) return ' j ';
	return '';
}

describe('a burst of keys in the built game', () => {
	it('stores one answer per question for 50 Enters in one write, and nothing after the answer is shown changes it', async () => {
		const home = tempHome();
		const run = runInPty(['--lang', 'en', '--lessons', 'test/fixtures/good'], {env: {SD_TRAINER_HOME: home}});
		const file = path.join(home, 'progress.json');
		const saved = (): Saved => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {answers: {}, runs: {}, undone: {}});
		// The game saves once a frame is on screen and the keys pause (ui/frames.ts): wait for the disk.
		const onDisk = (n: number) => run.waitFor(() => Object.keys(saved().answers).length >= n, `${n} answers on disk`);
		await run.waitForText('Overall 0%');
		run.write('kk');
		await run.waitForText('❯ 92 Quiz kinds');
		run.write(KEY.enter);
		await run.waitForText('Chapter 92');
		run.write('j');
		await run.waitForText('❯ Quiz · 6 questions');
		run.write(KEY.enter);
		const stored: Saved['answers'][string][] = [];
		for (let i = 1; i <= 6; i++) {
			const question = await run.waitForText(`question ${i}/6`);
			run.write(answerKeys(question) + KEY.enter.repeat(50));
			// The Enters that came with the answer neither skip "how sure?" nor answer it.
			const asked = await run.waitForText('How sure are you?');
			expect(asked).toContain(`question ${i}/6`);
			const level = 1 + (i % 3);
			run.write(String(level) + KEY.enter.repeat(50));
			const feedback = await run.waitFor((s) => /✓ Right|✗ /.test(s), `feedback ${i}`);
			// Still the feedback of this question: the burst did not move on.
			expect(feedback).toContain(`question ${i}/6`);
			await onDisk(i);
			const answers = Object.values(saved().answers);
			expect(answers).toHaveLength(i);
			const mine = answers.filter((a) => !stored.some((s) => s.item === a.item));
			expect(mine).toHaveLength(1);
			expect(mine[0]).toMatchObject({confidence: level});
			stored.push(mine[0]!);
			// Keys after the answer is shown (undo as it was, change the choice, a letter, a number)
			// change nothing stored: the file read after the game has closed (below) says so.
			run.write(`u${KEY.up}${KEY.down}2 x hl 9`);
			await run.waitFor((s) => s.includes(`question ${i}/6`) && /✓ Right|✗ /.test(s), 'the same feedback');
			run.write(KEY.enter);
		}
		// "Best so far" shows once the finished quiz is recorded.
		const score = await run.waitForText('Best so far');
		expect(score).not.toContain('undo');
		run.write('u');
		run.write(KEY.down);
		await run.waitForText('Best so far');
		run.write('q');
		expect(await run.exited).toBe(0);
		// Everything the game wrote, read once it has closed: one answer per question, as each was given.
		const doc = saved();
		expect(Object.values(doc.answers)).toEqual(stored);
		expect(new Set(stored.map((a) => a.item)).size).toBe(6);
		expect(Object.keys(doc.runs)).toHaveLength(1);
		expect(doc.undone).toEqual({});
	});
});
