import {hostname} from 'node:os';
import {chmodSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addAnswer} from '../source/progress/progress-doc.js';
import {progressJson} from '../source/store/progress-text.js';
import {KEY} from './support/render-ink.js';
import {answersIn, docWithAnswers} from './support/progress-files.js';
import {runInPty} from './support/pty.js';
import {runInPtyLimited} from './support/pty-limited.js';
import {tempHome} from './support/temp-home.js';

/** A progress file that ends 40 bytes short of `kib` KiB: the next save that grows it does not fit. */
function nearlyFull(file: string, kib: number): string {
	// Answers from the last hour: older ones would be packed into the archive at start, and the file would shrink.
	const base = docWithAnswers(60, 'a', Date.now() - 3_600_000);
	const room = kib * 1024 - 40 - progressJson(addAnswer(base, 'pad', {...base.answers['a-0']!, item: ''})).length;
	const text = progressJson(addAnswer(base, 'pad', {...base.answers['a-0']!, item: 'x'.repeat(room)}));
	writeFileSync(file, text);
	return text;
}

describe('the game on a full disk', () => {
	it('says the save failed and since when progress is safe, and leaves the file whole', async () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		const before = nearlyFull(file, 40);
		const run = runInPtyLimited(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}, fileLimitKiB: 40});
		await run.waitForText('Overall');
		run.write(KEY.enter);
		await run.waitForText('Concept cards ·');
		run.write(KEY.enter);
		await run.waitForText('card 1/');
		run.write(`${KEY.right}${KEY.right}`);
		const screen = await run.waitForText('Could not save: disk full');
		expect(screen.replace(/\s+/g, ' ')).toMatch(/your progress is safe up to \d\d:\d\d/);
		run.write('q');
		await run.exited;
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(answersIn(file)).toBe(61);
	});
});

describe('the game while another sd-trainer holds the file', () => {
	it('shows that it waits, then saves once the other lets go', async () => {
		const home = tempHome();
		const lock = path.join(home, 'progress.json.lock');
		// This test process holds the lock: alive, so it must never be taken.
		writeFileSync(lock, JSON.stringify({pid: process.pid, host: hostname(), token: 'test'}));
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		try {
			await run.waitForText('waiting for another sd-trainer…');
			run.write(KEY.enter);
			await run.waitForText('Concept cards ·');
			run.write(KEY.enter);
			await run.waitForText('card 1/');
			expect(readFileSync(lock, 'utf8')).toContain('"token":"test"');
			rmSync(lock);
			await run.waitFor((s) => !s.includes('waiting for another'), 'the notice to go');
			run.write(KEY.right);
			run.write('q');
			expect(await run.exited).toBe(0);
			const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8'));
			expect(Object.keys(Object.values(saved.chapters as Record<string, {seen: object}>)[0]!.seen).length).toBeGreaterThan(0);
		} finally {
			run.kill();
		}
	});
});

describe('the game in a home it cannot write', () => {
	it('shows the progress there, says nothing is saved, and plays on', async () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		writeFileSync(file, progressJson(docWithAnswers(30)));
		chmodSync(file, 0o444);
		chmodSync(home, 0o555);
		// Root ignores file modes, so the game then runs as nobody.
		const uid = process.getuid?.() === 0 ? 65_534 : undefined;
		try {
			const run = runInPtyLimited(['--lang', 'en'], {env: {SD_TRAINER_HOME: home, HOME: home}, ...(uid === undefined ? {} : {uid})});
			const screen = await run.waitForText('nothing is saved');
			expect(screen.replace(/\s+/g, ' ')).toContain('Your progress folder cannot be written (EACCES');
			expect(screen).not.toContain('Lv 1 · 0 XP');
			run.write(KEY.enter);
			await run.waitForText('Concept cards ·');
			run.write('q');
			await run.exited;
		} finally {
			chmodSync(home, 0o755);
		}
		expect(answersIn(file)).toBe(30);
		expect(readdirSync(home)).toEqual(['progress.json']);
	});
});
