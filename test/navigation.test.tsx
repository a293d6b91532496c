import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {current, navigate, START} from '../source/ui/navigation.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPackDir('test/fixtures/good');
const pack = indexOf(packs[0]!);

describe('navigation', () => {
	it('pushes, goes back, replaces the top and never leaves the map', () => {
		const chapter = navigate(START, {type: 'push', route: {name: 'chapter', pack}});
		expect(current(chapter)).toEqual({name: 'chapter', pack});
		const stats = navigate(chapter, {type: 'replace', route: {name: 'stats'}});
		expect(stats.stack.map((r) => r.name)).toEqual(['home', 'stats']);
		expect(navigate(navigate(stats, {type: 'back'}), {type: 'back'})).toEqual(START);
		expect(navigate(START, {type: 'back'})).toBe(START);
		expect(navigate(stats, {type: 'home'})).toEqual(START);
		// An update meant for a screen that is no longer on top changes nothing.
		expect(navigate(stats, {type: 'update', name: 'quiz', update: () => ({name: 'home'})})).toBe(stats);
	});

	it('reopens a menu where the learner left it: after ?, after going back, after a tiny terminal', async () => {
		const {ui} = startApp(packs);
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 90');
		// Cards, then the quiz (a chapter without a simulation lists none).
		ui.write('j');
		const before = await ui.waitForText('❯ Quiz');
		ui.write('?');
		await ui.waitForText('Keys');
		ui.write('x');
		expect(await ui.waitForText('Chapter 90')).toContain('❯ Quiz');
		ui.write(KEY.escape);
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		expect(await ui.waitForText('Chapter 90')).toContain('❯ Quiz');
		ui.resize(30, 8);
		await ui.waitForText('enlarge');
		ui.resize(80, 24);
		const after = await ui.waitForText('Chapter 90');
		expect(after).toContain('❯ Quiz');
		expect(after).toBe(before);
		ui.unmount();
	});
});
