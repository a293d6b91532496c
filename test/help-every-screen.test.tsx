import {describe, expect, it} from 'vitest';
import {App} from '../source/app.js';
import {loadPacks} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import type {LessonPack} from '../source/content/schema.js';
import {SCREEN_KEYS, type ScreenName} from '../source/ui/keys.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, renderInk} from './support/render-ink.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml', 'lessons/58-core-algorithms.yaml', 'test/fixtures/good/92-quiz-kinds.yaml']);

/** The game with packs that load only when `release()` is called, as on a slow disk. */
function startGated(list: LessonPack[]) {
	let release = () => {};
	const loaded = new Promise<LessonPack[]>((resolve) => {
		release = () => resolve(list);
	});
	let clock = Date.UTC(2026, 10, 25, 9);
	const ui = renderInk(
		<App
			index={list.map(indexOf)}
			packs={() => loaded}
			store={async () => new MemoryStore()}
			lang="en"
			langForced={false}
			now={() => (clock += 1000)}
		/>,
	);
	return {ui, release};
}

/** Esc until the map shows (how many Esc a screen takes is not what this test is about). */
async function backHome(ui: ReturnType<typeof renderInk>) {
	// (A quiz asks before it is left: Enter leaves.)
	for (let i = 0; i < 6 && !ui.lastFrame().includes('Overall'); i++) {
		await ui.press(ui.lastFrame().includes('Leave this quiz?') ? KEY.enter : KEY.escape);
	}
	await ui.waitForText('Overall');
}

/** Opens `?`, checks the overlay lists keys, and closes it again. */
async function helpOpens(ui: ReturnType<typeof renderInk>, where: string) {
	ui.write('?');
	const frame = await ui.waitForText('Press any key to close.');
	expect(frame, where).toMatch(/Esc|q\s+quit/);
	ui.write(' ');
	await ui.waitFor((f) => !f.includes('Press any key to close.'), `help closed on ${where}`);
}

describe('the key overlay (?)', () => {
	it('has keys for every screen name', () => {
		for (const name of Object.keys(SCREEN_KEYS) as ScreenName[]) expect(SCREEN_KEYS[name].length, name).toBeGreaterThan(0);
	});

	it('opens on a simulation list whose pack is still loading (it used to throw)', async () => {
		const {ui, release} = startGated(packs);
		await ui.waitForText('Overall');
		ui.write('j\r');
		await ui.waitForText('Chapter 58');
		ui.write('j\r');
		await ui.waitForText('loading');
		await helpOpens(ui, 'sims (loading)');
		release();
		await ui.waitForText('Chapter 58 · Simulations');
		await helpOpens(ui, 'sims');
		ui.unmount();
	});

	it('opens on every screen the game walks through', async () => {
		const {ui, release} = startGated(packs);
		release();
		await ui.waitForText('Overall');
		await helpOpens(ui, 'home');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		await helpOpens(ui, 'chapter');
		ui.write(KEY.enter);
		await ui.waitForText('card 1/');
		await helpOpens(ui, 'cards');
		ui.write(KEY.escape);
		await ui.waitForText('❯ Concept cards');
		ui.write('j\r');
		await ui.waitForText('Load balancer simulator');
		await helpOpens(ui, 'sim');
		// While a prediction is typed, ? is a character for the field; Esc leaves the field, then ? is help.
		ui.write('p');
		await ui.waitForText('Predict ');
		ui.write(KEY.escape);
		await ui.waitFor((f) => !f.includes('Predict '), 'the field closed');
		await helpOpens(ui, 'sim after a prediction');
		await backHome(ui);
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write('jj\r');
		// A quiz's order is shuffled by the clock (the test's advances with every reading, so the
		// order varies with timing). What follows needs a one-answer question first (Enter answers
		// it as it stands): otherwise the quiz is abandoned (x) and opened again, in a new order.
		const oneAnswer = (f: string) => f.includes('↑↓/jk move · Enter answer · Esc back');
		let frame = await ui.waitForText('question 1/');
		for (let tries = 0; !oneAnswer(frame) && tries < 30; tries++) {
			ui.write(KEY.escape);
			await ui.waitForText('Leave this quiz?');
			ui.write('x');
			// Back on the chapter, the same entry still selected.
			await ui.waitFor((f) => f.includes('Chapter 57 ·') && !f.includes('question 1/'), 'the chapter again');
			ui.write('\r');
			frame = await ui.waitForText('question 1/');
		}
		await helpOpens(ui, 'quiz');
		ui.write('\r');
		await ui.waitForText('How sure are you?');
		await helpOpens(ui, 'quiz-confidence');
		// The overlay replaces the screen: the answer (not yet saved) is given again, as any half-made one.
		ui.write('\r');
		await ui.waitForText('How sure are you?');
		ui.write('2');
		await ui.waitFor((f) => /✓ Right|✗ /.test(f), 'feedback');
		await helpOpens(ui, 'quiz-feedback');
		await backHome(ui);
		ui.write('t');
		await ui.waitForText('Stats');
		await helpOpens(ui, 'stats');
		ui.write(KEY.escape);
		await ui.waitForText('Overall');
		ui.write('s');
		await ui.waitForText('Language');
		await helpOpens(ui, 'settings');
		ui.unmount();
	});
});

describe('a simulation its pack cannot run', () => {
	it('says what is wrong instead of throwing, and Esc goes back', async () => {
		const [lb] = packs;
		const broken: LessonPack = {...lb!, simulations: [{...lb!.simulations[0]!, engine: 'no-such-engine'}]};
		const {ui, release} = startGated([broken]);
		release();
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write('j\r');
		const frame = await ui.waitForText('This simulation cannot run');
		expect(frame).toContain('lb-sim: no simulation engine "no-such-engine"');
		await helpOpens(ui, 'broken simulation');
		ui.write(KEY.escape);
		await ui.waitForText('❯ Simulations');
		ui.unmount();
	});

	it('names bad params the same way', async () => {
		const [lb] = packs;
		const broken: LessonPack = {...lb!, simulations: [{...lb!.simulations[0]!, params: {requests: -1}}]};
		const {ui, release} = startGated([broken]);
		release();
		await ui.waitForText('Overall');
		ui.write('\r');
		await ui.waitForText('Chapter 57');
		ui.write('j\r');
		const frame = await ui.waitForText('This simulation cannot run');
		expect(frame).toContain('lb-sim: params.requests: Too small: expected number to be >=1');
		ui.unmount();
	});
});
