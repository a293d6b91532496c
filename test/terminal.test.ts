import {describe, expect, it} from 'vitest';
import {sanitize} from '../source/text/sanitize.js';
import {glyphsFor, readTerminal} from '../source/ui/theme.js';
import {KEY} from './support/render-ink.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour escapes are what is looked for
const COLOUR = /\u001b\[(?:3[0-79]|9[0-7]|4[0-79]|10[0-7]|38;[\d;]+|48;[\d;]+)m/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: cursor movement is what is looked for
const CURSOR = /\u001b\[\d*[ABCDGHJK]/;

describe('what the terminal can show', () => {
	it('reads NO_COLOR and the locale the usual way', () => {
		expect(readTerminal({})).toEqual({color: true, unicode: true});
		expect(readTerminal({NO_COLOR: '1', LANG: 'ko_KR.UTF-8'})).toEqual({color: false, unicode: true});
		expect(readTerminal({NO_COLOR: ''})).toEqual({color: true, unicode: true});
		expect(readTerminal({LANG: 'C'}).unicode).toBe(false);
		expect(readTerminal({LANG: 'en_US.UTF-8', LC_ALL: 'C'}).unicode).toBe(false);
		expect(readTerminal({LANG: 'C', LC_CTYPE: 'en_US.utf8'}).unicode).toBe(true);
		expect(readTerminal({LC_ALL: 'POSIX'}).unicode).toBe(false);
	});

	it('has an ASCII glyph of one column for every drawing glyph', () => {
		const ascii = glyphsFor({color: true, unicode: false});
		for (const [name, glyph] of Object.entries(ascii)) {
			if (name !== 'border') expect(glyph, name).toMatch(/^[ -~]$/);
		}
		expect(Object.keys(ascii).sort()).toEqual(Object.keys(glyphsFor({color: true, unicode: true})).sort());
	});
});

describe('the built game in such terminals', () => {
	it('draws no colour under NO_COLOR, with marks that carry the meaning', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome(), NO_COLOR: '1'}});
		await run.waitForText('Overall 0%');
		run.write(KEY.enter);
		await run.waitForText('❯ Concept cards');
		run.write(KEY.enter);
		await run.waitForText('card 1/');
		run.write(KEY.space);
		await run.waitForText('✓ known');
		run.write('q');
		expect(await run.exited).toBe(0);
		expect(run.output()).not.toMatch(COLOUR);
		expect(run.output()).toContain('█');
	});

	it('still colours without NO_COLOR (the check above can fail)', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome()}});
		await run.waitForText('Overall 0%');
		run.write('q');
		expect(await run.exited).toBe(0);
		expect(run.output()).toMatch(COLOUR);
	});

	it('draws with ASCII in a non-UTF-8 locale', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome(), LANG: 'C', LC_ALL: 'C'}});
		let screen = await run.waitForText('Overall 0%');
		expect(screen).toContain('> 46 ');
		expect(screen).toMatch(/\.{10}/);
		run.write(KEY.enter);
		await run.waitForText('> Concept cards');
		run.write(KEY.enter);
		screen = await run.waitForText('card 1/');
		expect(screen).toContain('-'.repeat(60));
		run.write(KEY.space);
		await run.waitForText('v known');
		run.write('?');
		screen = await run.waitForText('Press any key to close');
		expect(screen).toMatch(/\+-{10,}\+/);
		run.write('q');
		expect(await run.exited).toBe(0);
		expect(run.output()).not.toMatch(/[█░❯╭╮╰╯✓]/);
	});

	it('writes every screen of the English game in plain ASCII in a non-UTF-8 locale (simulations too)', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome(), LANG: 'C', LC_ALL: 'C'}});
		await run.waitForText('Overall 0%');
		// Chapter 57: its simulation draws bars and marks of its own.
		run.write('j'.repeat(11));
		await run.waitForText('> 57 ');
		run.write(KEY.enter);
		await run.waitForText('Chapter 57');
		run.write(`j${KEY.enter}`);
		await run.waitForText('step 0');
		run.write('e');
		await run.waitForText('done');
		run.write('q');
		await run.exited;
		const notAscii = [...sanitize(run.output())].filter((ch) => (ch.codePointAt(0) ?? 0) > 0x7e);
		expect(notAscii).toEqual([]);
	});

	it('explains itself to TERM=dumb instead of moving a cursor it does not have', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome(), TERM: 'dumb'}});
		expect(await run.exited).toBe(2);
		expect(run.output()).toContain('this terminal (TERM=dumb) cannot move the cursor');
		expect(run.output()).toContain('sd-trainer list');
		expect(run.output()).not.toMatch(CURSOR);
	});
});
