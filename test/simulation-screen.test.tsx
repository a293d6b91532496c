import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml', 'lessons/58-core-algorithms.yaml']);

const start = (lang: 'en' | 'ko' = 'en', size = {columns: 80, rows: 24}) => startApp(packs, new MemoryStore(), size, lang);

const T = {
	en: {map: 'Overall', ch57: 'Chapter 57', ch58: 'Chapter 58', lb: 'Load balancer simulator', raft: 'Raft leader election'},
	ko: {map: '전체', ch57: '57장', ch58: '58장', lb: '로드 밸런서 시뮬레이터', raft: 'Raft 리더 선출'},
};

async function openLoadBalancer(ui: ReturnType<typeof renderInk>, lang: 'en' | 'ko' = 'en') {
	await ui.waitForText(T[lang].map);
	ui.write(KEY.enter);
	await ui.waitForText(T[lang].ch57);
	ui.write('j\r');
	return ui.waitForText(`57 ${T[lang].lb.slice(0, 8)}`);
}

async function openRaft(ui: ReturnType<typeof renderInk>, lang: 'en' | 'ko' = 'en') {
	await ui.waitForText(T[lang].map);
	ui.write('j\r');
	await ui.waitForText(T[lang].ch58);
	ui.write('j\r');
	await ui.waitForText(lang === 'en' ? 'Chapter 58 · Simulations' : '58장 · 시뮬레이션');
	ui.write('jjjj\r');
	return ui.waitForText(`58 ${T[lang].raft}`);
}

describe('the simulation screen', () => {
	it('runs the default, then meets a challenge after a parameter change, and remembers it', async () => {
		const {ui, store} = start();
		let frame = await openLoadBalancer(ui);
		expect(frame).toContain('seed 1 · step 0 · ⏸ paused · 5 steps/s');
		expect(frame).toContain('❯ algorithm         ◀ round-robin ▶');
		expect(frame).toContain('How the balancer picks a server for each request.');
		expect(frame).toContain('challenges 0/3 ✓ — c to view');
		ui.write('e');
		frame = await ui.waitForText('■ done');
		// Round robin skips a full server (nginx's max_conns), so nothing drops; slow c still gets its turns.
		expect(frame).toContain('round-robin · 13s · 600/600 req · ✓600 ✗0 · avg 168ms');
		expect(frame).toContain('c ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0/8  1.2s');
		expect(frame).toContain('dropped 0% · mean response 167.7ms · p95 response 457ms');
		// Four notches along the algorithms: least-connections; then compare with round robin on the same stream.
		ui.write(KEY.right.repeat(4));
		frame = await ui.waitForText('◀ least-connections ▶');
		expect(frame).toContain('step 0');
		ui.write(`j${KEY.right}`);
		frame = await ui.waitForText('◀ round-robin ▶');
		ui.write('e');
		frame = await ui.waitForText('Challenge met: On the same traffic, get mean response');
		expect(frame).toContain('least-connections ✓600 ✗0 avg 77ms   │ round-robin ✓600 ✗0 avg 168ms');
		expect(frame).toContain('challenges 1/3 ✓ — c to view');
		expect(Object.keys(store.doc.challenges)).toEqual(['load-balancing/lb-sim/beat-round-robin']);
		ui.write('c');
		frame = await ui.waitForText('Challenges');
		expect(frame).toContain("✓ On the same traffic, get mean response time under 75% of round robin's");
		ui.write(KEY.escape);
		frame = await ui.waitForText('challenges 1/3');
		expect(frame).toContain(T.en.lb);
		ui.unmount();
	});

	it('steps forward and back to the same state, and restarts; the speed always shown', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		ui.write('nnn');
		const three = await ui.waitForText('step 3 ·');
		expect(three).toContain('req #2 → b: next in turn');
		ui.write('n');
		await ui.waitForText('step 4 ·');
		ui.write('b');
		expect(await ui.waitForText('step 3 ·')).toBe(three);
		ui.write('x');
		await ui.waitForText('step 0 ·');
		ui.write('--');
		await ui.waitForText('⏸ paused · 1 steps/s');
		ui.write(' ');
		await ui.waitForText('▶ playing · 1 steps/s');
		ui.write('+');
		await ui.waitForText('▶ playing · 2 steps/s');
		ui.write(' ');
		await ui.waitForText('⏸ paused · 2 steps/s');
		ui.write('g');
		await ui.waitForText('seed 2 · step 0');
		ui.unmount();
	});

	it('shows the prediction as it is typed, Esc cancels only the prompt, and scores it as within a percentage', async () => {
		const {ui, store} = start();
		await openLoadBalancer(ui);
		ui.write('p');
		await ui.waitForText('Predict mean response: ▏');
		ui.write('0.0');
		await ui.waitForText('Predict mean response: 0.0▏');
		ui.write(KEY.escape);
		let frame = await ui.waitFor((f) => !f.includes('Predict'), 'the prompt closed');
		expect(frame).toContain(T.en.lb);
		ui.write('p200\r');
		await ui.waitForText('Your prediction: 200 (revealed at the end)');
		ui.write('e');
		// Actual 167.67 ms: 200 / 167.67 = 1.193, so 19% off.
		frame = await ui.waitForText('Predicted 200, actual 167.7: 19% off');
		expect(Object.values(store.doc.predictions).map((p) => [p.metric, p.predicted, p.actual])).toEqual([['meanResponseMs', 200, 167.67]]);
		ui.unmount();
	});

	it('takes live actions (crash the Raft leader), narrates them and keeps them when stepping back', async () => {
		const {ui} = start();
		let frame = await openRaft(ui);
		expect(frame).toContain('1 crash leader · 2 restart · 3 isolate leader · 4 heal');
		ui.write('n'.repeat(300));
		frame = await ui.waitForText('step 300 ·');
		expect(frame).toContain('leader n0');
		expect(frame).toContain('n0 wins a majority: leader of term 1');
		ui.write('1');
		frame = await ui.waitFor((f) => f.includes('n0 ✗'), 'n0 crashed');
		expect(frame).toContain('n0 crashes (keeps its term and log)');
		ui.write('n');
		await ui.waitForText('step 301 ·');
		ui.write('b');
		frame = await ui.waitForText('step 300 ·');
		expect(frame).toContain('n0 ✗');
		ui.write('b');
		frame = await ui.waitForText('step 299 ·');
		expect(frame).not.toContain('n0 ✗');
		expect(frame).not.toContain('n0 crashes');
		ui.unmount();
	});

	it('types a value: the reason when it is not taken, the run restarted when it is; steps by the declared step', async () => {
		const {ui} = start();
		await openRaft(ui);
		ui.write('jjjjjjj');
		let frame = await ui.waitForText('❯ message loss');
		expect(frame).toContain('◀ 0 ▶');
		ui.write(KEY.right.repeat(3));
		await ui.waitForText('◀ 0.03 ▶');
		ui.write(KEY.left.repeat(5));
		await ui.waitForText('◀ 0 ▶');
		ui.write('j\r');
		await ui.waitForText('client request every = ▏');
		ui.write('5\r');
		frame = await ui.waitForText('Not taken: clientIntervalMs is 0 (off) or at least 10');
		ui.write(KEY.escape);
		frame = await ui.waitFor((f) => !f.includes('Not taken'), 'the field closed');
		expect(frame).toContain('◀ 200ms ▶');
		ui.write('\r0\r');
		await ui.waitForText('◀ 0ms ▶');
		ui.write('d');
		frame = await ui.waitForText('Back to the defaults.');
		expect(frame).toContain('❯ servers');
		ui.unmount();
	});

	it('toggles the legend with l', async () => {
		const {ui} = start();
		await openRaft(ui);
		ui.write('l');
		let frame = await ui.waitForText('Legend (↑↓ scroll, l closes):');
		expect(frame).toContain('RV asks for a vote');
		ui.write('l');
		frame = await ui.waitFor((f) => !f.includes('Legend ('), 'the legend gone');
		expect(frame).toContain('❯ servers');
		ui.unmount();
	});

	it('keeps the run (params, seed, step) across Esc, and across a resize to too small and back', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		ui.write(`${KEY.right}gnnnnn`);
		await ui.waitForText('seed 2 · step 5 ·');
		ui.write(KEY.escape);
		await ui.waitForText('Chapter 57');
		ui.write('\r');
		let frame = await ui.waitForText('seed 2 · step 5 ·');
		expect(frame).toContain('◀ sticky-round-robin ▶');
		ui.resize(40, 10);
		await ui.waitFor((f) => !f.includes('seed 2'), 'too small');
		ui.resize(80, 24);
		frame = await ui.waitForText('seed 2 · step 5 ·');
		expect(frame).toContain('sticky-round-robin');
		ui.unmount();
	});
});

describe.each(['en', 'ko'] as const)('the simulation screen in %s', (lang) => {
	const sizes = [
		[60, 16],
		[80, 24],
		[120, 40],
	] as const;
	const expectFits = (frame: string, columns: number, rows: number, title: string) => {
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(rows - 1);
		expect(lines[0]).toContain(title.slice(0, 8));
		for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
	};

	it.each(sizes)('draws the load balancer at %i×%i, before and after a run, and nothing overflows', async (columns, rows) => {
		const {ui} = start(lang, {columns, rows});
		let frame = await openLoadBalancer(ui, lang);
		expectFits(frame, columns, rows, `57 ${T[lang].lb}`);
		for (const server of ['a', 'b', 'c']) expect(frame).toMatch(new RegExp(`\\n  ${server} [█░]+ +0/8`));
		ui.write('e');
		frame = await ui.waitForText(lang === 'en' ? '■ done' : '■ 끝');
		expectFits(frame, columns, rows, `57 ${T[lang].lb}`);
		expect(frame).toMatch(/\n {2}c [█░]+ +0\/8 +1\.2s\n/);
		ui.unmount();
	});

	it.each(sizes)('draws Raft at %i×%i with every server, and nothing overflows', async (columns, rows) => {
		const {ui} = start(lang, {columns, rows});
		await openRaft(ui, lang);
		ui.write('n'.repeat(300));
		const frame = await ui.waitForText(lang === 'en' ? 'step 300' : '300단계');
		expectFits(frame, columns, rows, '58 Raft');
		for (const n of [0, 1, 2, 3, 4]) expect(frame).toMatch(new RegExp(`n${n} [LF]`));
		expect(frame).toContain(lang === 'en' ? 'leader of term 1' : '임기 1의 리더가 된다');
		ui.unmount();
	});
});
