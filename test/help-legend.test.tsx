import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {loadBalancerSim} from '../source/sims/load-balancer/index.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml']);

const start = (lang: 'en' | 'ko', columns: number, rows: number) => startApp(packs, new MemoryStore(), {columns, rows}, lang).ui;

describe('the ? overlay of a simulation', () => {
	it.each([
		['en', 80, 24, 'Keys 1–9, and what'],
		['ko', 80, 24, '1–9 키와 그림이'],
		['en', 120, 40, 'Keys 1–9, and what the drawing shows'],
	] as const)('lists its legend beside the keys (%s, %i×%i)', async (lang, columns, rows, title) => {
		const ui = start(lang, columns, rows);
		await ui.waitForText(lang === 'en' ? 'Overall' : '전체');
		ui.write(KEY.enter);
		await ui.waitForText(lang === 'en' ? 'Chapter 57' : '57장');
		ui.write('j\r');
		await ui.waitForText('57 ');
		await ui.waitForText(lang === 'en' ? 'step 0' : '0단계');
		ui.write('?');
		const frame = await ui.waitForText(title);
		// The first word of the legend's first line is there, and nothing runs past the edge.
		const first = loadBalancerSim.legend!(lang)[0]!.split(' ')[0]!;
		expect(frame).toContain(first);
		// The live actions come first: key 1 and the start of its label.
		expect(frame).toContain(`1 ${loadBalancerSim.liveActions[0]!.label[lang].split(' ')[0]}`);
		for (const line of frame.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
		ui.write('?');
		await ui.waitFor((f) => !f.includes(title), 'the overlay closed');
		ui.unmount();
	});

	it('shows no legend over a screen that is not a simulation', async () => {
		const ui = start('en', 80, 24);
		await ui.waitForText('Overall');
		ui.write('?');
		const frame = await ui.waitForText('Press any key to close.');
		expect(frame).not.toContain('what the drawing');
		ui.unmount();
	});
});
