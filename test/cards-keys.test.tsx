import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {isKnown} from '../source/progress/progress-doc.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPackDir('test/fixtures/good');
const [caching] = packs;
const ids = caching!.cards.map((c) => c.id);

async function openCards() {
	const {ui, store} = startApp(packs);
	await ui.waitForText('Overall');
	ui.write(KEY.enter);
	await ui.waitForText('Chapter 90');
	ui.write(KEY.enter);
	await ui.waitForText(`card 1/${ids.length}`);
	return {ui, store};
}

describe('keys arriving together on the cards screen', () => {
	it('act on the card showing when each key arrived: "l" then Space marks the next card', async () => {
		const {ui, store} = await openCards();
		ui.write(`l${KEY.space}`);
		await ui.waitForText(`card 2/${ids.length}`);
		await ui.waitForText('✓ known');
		expect(ids.map((id) => isKnown(store.doc, caching!.id, id))).toEqual([false, true, false]);
		ui.unmount();
	});

	it('Space, "l", Space, "h" in one chunk mark the first two cards and come back to the first', async () => {
		const {ui, store} = await openCards();
		ui.write(`${KEY.space}l${KEY.space}h`);
		await ui.waitFor((f) => f.includes(`card 1/${ids.length}`) && f.includes('✓ known'), 'card 1, known');
		expect(ids.map((id) => isKnown(store.doc, caching!.id, id))).toEqual([true, true, false]);
		ui.unmount();
	});

	it('scroll the card that is showing after paging in the same chunk', async () => {
		const {ui} = await openCards();
		// Card 3 needs scrolling, card 1 does not: "llj" must scroll card 3 by a line.
		ui.write('llj');
		await ui.waitFor((f) => f.includes(`card 3/${ids.length}`) && f.includes('↓ 3 more lines'), 'card 3 scrolled by one line');
		ui.unmount();
	});
});
