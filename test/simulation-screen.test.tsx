import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml', 'lessons/58-core-algorithms.yaml']);

const start = () => startApp(packs);

async function openLoadBalancer(ui: ReturnType<typeof renderInk>) {
	await ui.waitForText('Overall');
	ui.write(KEY.enter);
	await ui.waitForText('Chapter 57');
	ui.write('j\r');
	return ui.waitForText('Load balancer simulator');
}

/** From the map to chapter 58's list of simulations. */
async function openChapter58List(ui: ReturnType<typeof renderInk>) {
	await ui.waitForText('Overall');
	ui.write('j\r');
	await ui.waitForText('Chapter 58');
	ui.write('j\r');
	return ui.waitForText('Chapter 58 · Simulations');
}

describe('the simulation screen', () => {
	it('runs the default, then meets a challenge after a parameter change, and remembers it', async () => {
		const {ui, store} = start();
		let frame = await openLoadBalancer(ui);
		expect(frame).toContain('seed 1 · step 0 · paused');
		expect(frame).toContain('❯ algorithm          ◀ round-robin ▶');
		expect(frame).toContain('○ Drop fewer than 1% of requests');
		ui.write('e');
		frame = await ui.waitForText('· done');
		expect(frame).toContain('round-robin · 13s · 600/600 req · ✓554 ✗46 · avg 192ms');
		expect(frame).toContain('○ Drop fewer than 1% of requests');
		// Four notches along the algorithms: least-connections.
		ui.write('llll');
		frame = await ui.waitForText('◀ least-connections ▶');
		expect(frame).toContain('step 0');
		ui.write('e');
		frame = await ui.waitForText('Challenge met: Drop fewer than 1% of requests');
		expect(frame).toContain('✓ Drop fewer than 1% of requests');
		expect(Object.keys(store.doc.challenges)).toEqual(['load-balancing/lb-sim/few-drops']);
		ui.unmount();
	});

	it('steps forward and back to the same state, and restarts', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		ui.write('nnn');
		const three = await ui.waitForText('step 3 ·');
		ui.write('n');
		await ui.waitForText('step 4 ·');
		ui.write('b');
		expect(await ui.waitForText('step 3 ·')).toBe(three);
		ui.write('x');
		await ui.waitForText('step 0 ·');
		// Slowest speed: one step a frame while playing.
		ui.write('---');
		ui.write(' ');
		await ui.waitForText('· playing ×1');
		ui.write('+');
		await ui.waitForText('· playing ×5');
		ui.write(' ');
		await ui.waitForText('· paused');
		ui.write('g');
		await ui.waitForText('seed 2 · step 0');
		ui.unmount();
	});

	it('takes a prediction before the run and scores it at the end', async () => {
		const {ui, store} = start();
		await openLoadBalancer(ui);
		ui.write('p');
		await ui.waitForText('Before running: what will droppedFraction be?');
		ui.write('0.1\r');
		await ui.waitForText('Your prediction: 0.1 (revealed at the end)');
		ui.write('e');
		// Actual 0.0767: |0.1 − 0.0767| / 0.0767 off, so 70% close.
		await ui.waitForText('Predicted 0.1, actual 0.0767: 70% close');
		expect(Object.values(store.doc.predictions).map((p) => [p.metric, p.predicted, p.actual])).toEqual([['droppedFraction', 0.1, 0.0767]]);
		ui.unmount();
	});

	it('takes live actions (crash the Raft leader) and keeps them when stepping back', async () => {
		const {ui} = start();
		await openChapter58List(ui);
		ui.write('jjjj\r');
		let frame = await ui.waitForText('seed 1 · step 0');
		expect(frame).toContain('58 Raft leader election');
		expect(frame).toContain('1 crash leader · 2 restart · 3 isolate leader · 4 heal');
		ui.write('n'.repeat(300));
		frame = await ui.waitForText('step 300 ·');
		expect(frame).toContain('leader n0');
		ui.write('1');
		frame = await ui.waitFor((f) => f.includes('n0 ✗'), 'n0 crashed');
		ui.write('n');
		await ui.waitForText('step 301 ·');
		ui.write('b');
		frame = await ui.waitForText('step 300 ·');
		expect(frame).toContain('n0 ✗');
		ui.write('b');
		frame = await ui.waitForText('step 299 ·');
		expect(frame).not.toContain('n0 ✗');
		ui.unmount();
	});

	it.each([
		[80, 24],
		[60, 16],
	])('fits a %i×%i terminal, with the header on screen, before and after a run', async (columns, rows) => {
		const {ui} = startApp(packs, undefined, {columns, rows});
		await ui.waitForText('Overall');
		ui.write(KEY.enter);
		await ui.waitForText('Chapter 57');
		ui.write('j\r');
		const expectFitsScreen = (frame: string) => {
			const lines = frame.split('\n');
			expect(lines.length).toBeLessThanOrEqual(rows - 1);
			expect(lines[0]).toContain('57 Load balancer simulator');
			for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
		};
		expectFitsScreen(await ui.waitForText('step 0 ·'));
		ui.write('e');
		expectFitsScreen(await ui.waitForText('· done'));
		ui.unmount();
	});

	it('lists a chapter’s simulations and changes a server’s weight', async () => {
		const {ui} = start();
		await openChapter58List(ui);
		ui.write('\r');
		await ui.waitForText('Consistent hashing ring');
		ui.write(KEY.escape);
		await ui.waitForText('Chapter 58 · Simulations');
		ui.write(KEY.escape);
		await ui.waitFor((f) => f.includes('Chapter 58') && !f.includes('Simulations\n'), 'the chapter');
		ui.write(KEY.escape);
		await ui.waitForText('Overall');
		ui.write('k\r');
		await ui.waitForText('Chapter 57');
		ui.write('j\r');
		await ui.waitForText('Load balancer simulator');
		ui.write('jjj');
		const frame = await ui.waitForText('❯ servers.0.weight');
		expect(frame).toContain('◀ 1 ▶');
		ui.write('l');
		await ui.waitForText('◀ 2 ▶');
		ui.unmount();
	});
});
