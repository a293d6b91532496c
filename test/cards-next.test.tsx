import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const shipped = loadPackDir('lessons').packs;

describe('the cards screen', () => {
	it('shows a card’s sources under its text', async () => {
		const pack = shipped.find((p) => p.cards.some((c) => c.sources.length > 0))!;
		const card = pack.cards.find((c) => c.sources.length > 0)!;
		const {ui} = startApp([pack], undefined, {columns: 80, rows: 40});
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText(`Chapter ${pack.chapter}`);
		ui.write(KEY.enter);
		await ui.waitForText('card 1/');
		ui.write('l'.repeat(pack.cards.indexOf(card)));
		// Scroll to the end of the card: the source is its last line.
		const frame = await ui.press(...Array.from({length: 30}, () => 'j'));
		expect(frame).toContain(`Source: ${card.sources[0]!.title.slice(0, 30)}`);
		ui.unmount();
	});

	it('readies what comes after the last card: back in the chapter the cursor waits on it', async () => {
		const pack = shipped.find((p) => p.chapter === 57)!;
		const {ui} = startApp([pack]);
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write(KEY.enter);
		await ui.waitForText('card 1/');
		ui.write('l'.repeat(pack.cards.length - 1));
		const last = await ui.waitForText(`card ${pack.cards.length}/${pack.cards.length}`);
		expect(last).toContain('Last card. Esc: on to the simulation, then the quiz.');
		// → held down stops at the last card.
		ui.write('ll');
		await ui.waitForText(`card ${pack.cards.length}/${pack.cards.length}`);
		ui.write(KEY.escape);
		const chapter = await ui.waitForText('Chapter 57');
		expect(chapter).toMatch(/❯ Simulations/);
		ui.unmount();
	});
});

describe('a card that names a simulation', () => {
	const base = shipped.find((p) => p.chapter === 57)!;
	const sim = base.simulations[0]!;
	// The first card links to the pack's first simulation; the second links to nothing.
	const pack = {...base, cards: base.cards.map((c, i) => (i === 0 ? {...c, simulation: sim.id} : {...c, simulation: undefined}))};

	it('says so under its text, lists Enter, and Enter opens that simulation', async () => {
		const {ui} = startApp([pack]);
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write(KEY.enter);
		const card = await ui.waitForText('card 1/');
		expect(card).toContain(`▶ Enter: try it in the simulation "${sim.title.en}"`.slice(0, 60));
		expect(card).toContain('Enter try it');
		ui.write(KEY.enter);
		await ui.waitForText(sim.title.en);
		ui.write(KEY.escape);
		await ui.waitForText('card 1/');
		ui.unmount();
	});

	it('Enter does nothing on a card without one (nor is it listed)', async () => {
		const {ui} = startApp([pack]);
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write(KEY.enter);
		await ui.waitForText('card 1/');
		const second = await ui.press('l');
		expect(second).toContain('card 2/');
		expect(second).not.toContain('try it');
		const after = await ui.press(KEY.enter, 'l');
		expect(after).toContain('card 3/');
		ui.unmount();
	});
});
