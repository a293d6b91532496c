import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {act, advance, startPlayback} from '../source/sims/playback.js';
import {simById} from '../source/sims/registry.js';
import {encodeRun} from '../source/sims/share-code.js';
import {runOf} from '../source/sims/sim-run.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml', 'lessons/58-core-algorithms.yaml']);
const start = (lang: 'en' | 'ko' = 'en', size = {columns: 80, rows: 24}) => startApp(packs, new MemoryStore(), size, lang);

/** The frame's lines without the trailing spaces Ink pads them with. */
const lines = (frame: string) => frame.split('\n').map((l) => l.trimEnd());

async function openLoadBalancer(ui: ReturnType<typeof renderInk>, lang: 'en' | 'ko' = 'en') {
	await ui.waitForText(lang === 'en' ? 'Overall' : '전체');
	ui.write(KEY.enter);
	await ui.waitForText(lang === 'en' ? 'Chapter 57' : '57장');
	ui.write('j\r');
	return ui.waitForText(lang === 'en' ? 'seed 1 · step 0' : '57 로드 밸런서');
}

/** The load balancer (chapter 57) with server c taken down at step 40 and paused at step 70, and its code. */
function sharedRun() {
	const plugin = simById('load-balancer')!;
	const {engine} = plugin;
	const sim = packs[0]!.simulations[0]!;
	let p = startPlayback(engine, engine.params.parse(sim.params), 3);
	p = advance(engine, p, 40);
	p = act(engine, p, plugin.liveActions[0]!.make(p.state)!);
	p = advance(engine, p, 30);
	return encodeRun(runOf('load-balancing', 'lb-sim', p), packs);
}

describe('share codes on the simulation screen', () => {
	it('shows the run’s code on its own line and whole on s', async () => {
		const {ui} = start();
		let frame = await openLoadBalancer(ui);
		expect(lines(frame).slice(-3)).toEqual([
			'  code sdt1:lb-sim.1.0..drnSXw',
			'',
			'  Space play/pause · n step · b step back · Esc back · ? help · q quit',
		]);
		ui.write('s');
		frame = await ui.waitForText('Code of this run');
		expect(lines(frame).slice(0, 8)).toEqual([
			'  57 Load balancer simulator            seed 1 · step 0 · ⏸ paused · 5 steps/s',
			'  Code of this run (it replays the run exactly):',
			'  sdt1:lb-sim.1.0..drnSXw',
			'  seed 1 · step 0 · 0 actions taken by hand',
			'',
			'  Copy it. o on a simulation screen loads it; sd-trainer sim --code CODE',
			'  replays it.',
			'',
		]);
		expect(lines(frame).at(-1)).toBe('  o load a code · ↑↓/jk scroll · Esc close · Ctrl+C quit');
		// Esc closes the view, not the screen.
		ui.write(KEY.escape);
		await ui.waitForText('code sdt1:lb-sim.1.0..drnSXw');
		// A playing run stops for its code to be copied: the code stays as shown.
		ui.write(' ');
		await ui.waitForText('▶ playing');
		ui.write('s');
		frame = await ui.waitForText('Code of this run');
		expect(frame).toContain('⏸ paused');
		const code = lines(frame)[2]!.trim();
		ui.write(KEY.escape);
		expect(lines(await ui.waitForText('  code sdt1:'))).toContain(`  code ${code}`);
		ui.unmount();
	});

	it('loads a pasted code with o: the same params, seed, live action and step, and the same code', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		const code = sharedRun();
		// The key, the whole code and Enter in one write, as a paste followed by Enter comes.
		ui.write(`o${code}\r`);
		const frame = await ui.waitForText('Run loaded: seed 3, step 70.');
		expect(lines(frame)).toEqual([
			'  57 Load balancer simulator           seed 3 · step 70 · ⏸ paused · 5 steps/s',
			'  round-robin · 805ms · 39/600 req · ✓32 ✗0 · avg 28ms',
			'  a ████████████░░░░░░░░░░░░░░░░░░░░ 3/8  26ms',
			'  b ████████████████░░░░░░░░░░░░░░░░ 4/8  23ms',
			'  c ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0/8  down',
			'  picks abcabcabcabcabcabcababababababababababa',
			'  █ open/capacity · ms: response (smoothed) · ✗ dropped',
			'  req #37 → a: next in turn',
			'  req #38 → b: next in turn',
			'  req #39 → a: next in turn',
			'  dropped 0% · mean response 27.5ms · p95 response 51ms',
			'  How the balancer picks a server for each request. (source: nginx upstream m…',
			'  ❯ algorithm         ◀ round-robin ▶',
			'    compare with      none',
			'    time × open conns off',
			'    server a weight   1',
			'    server a capacity 8 conns',
			'    server a speed    1×',
			'  challenges 0/3 ✓ — c to view',
			'  1 server down · 2 server up',
			`  code ${code}`,
			'  Run loaded: seed 3, step 70.',
			'  Space play/pause · n step · b step back · Esc back · ? help · q quit',
		]);
		// Stepping back replays the loaded run: the action at step 40 is kept.
		ui.write('b');
		expect(await ui.waitForText('step 69 ·')).toContain('c ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0/8  down');
		ui.unmount();
	});

	it('says why a bad code is not taken and keeps the run; a code pasted over two lines still loads', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		ui.write('nnn');
		await ui.waitForText('step 3 ·');
		const code = sharedRun();
		ui.write('o');
		await ui.waitForText('Load a run from its code');
		ui.write(code.replace('lb-sim.3', 'lb-sim.4'));
		ui.write('\r');
		const frame = await ui.waitForText('Not loaded');
		expect(lines(frame).slice(0, 8)).toEqual([
			'  57 Load balancer simulator            seed 1 · step 3 · ⏸ paused · 5 steps/s',
			'  Load a run from its code',
			'  Paste or type a code (sdt1:…); spaces and line breaks are left out. Enter',
			'  loads it, Esc leaves.',
			'',
			`  Code: ${code.replace('lb-sim.3', 'lb-sim.4')}▏`,
			'  Not loaded: this code is damaged: a character was changed, lost or added',
			'  (its checksum does not match)',
		]);
		expect(lines(frame).at(-1)).toBe('  Enter load · Backspace erase · Esc cancel · Ctrl+C quit');
		// Esc leaves the field; the run is where it was.
		ui.write(KEY.escape);
		expect(await ui.waitForText('code sdt1:lb-sim.1.3..')).toContain('seed 1 · step 3 ·');
		// A code copied over two lines: the line break comes as Enter in the middle of the paste.
		ui.write(`o${code.slice(0, 15)}\r  ${code.slice(15)}\r`);
		await ui.waitForText('Run loaded: seed 3, step 70.');
		ui.unmount();
	});

	it('opens the simulation another pack simulation’s code is for, and Esc comes back', async () => {
		const {ui} = start();
		await openLoadBalancer(ui);
		const ch = simById('consistent-hashing')!;
		const sim = packs[1]!.simulations.find((s) => s.id === 'ch-sim')!;
		const p = startPlayback(ch.engine, {...ch.engine.params.parse(sim.params), nodes: 12}, 5);
		ui.write(`o${encodeRun(runOf('core-algorithms', 'ch-sim', p), packs)}\r`);
		const frame = await ui.waitForText('58 Consistent hashing ring');
		expect(frame).toContain('seed 5 · step 0');
		expect(frame).toContain('12 servers');
		ui.write(KEY.escape);
		await ui.waitForText('57 Load balancer simulator');
		ui.unmount();
	});

	it('at 60×16 in Korean: the code behind s, the field and its reason within the width', async () => {
		const {ui} = start('ko', {columns: 60, rows: 16});
		let frame = await openLoadBalancer(ui, 'ko');
		expect(frame).not.toContain('코드 sdt1:');
		ui.write('s');
		frame = await ui.waitForText('이 실행의 코드');
		expect(lines(frame).slice(1, 4)).toEqual([
			'  이 실행의 코드(실행을 그대로 재현한다):',
			'  sdt1:lb-sim.1.0..drnSXw',
			'  시드 1 · 0단계 · 직접 한 동작 0개',
		]);
		ui.write('o');
		await ui.waitForText('코드로 실행 불러오기');
		ui.write('sdt1:nope\r');
		frame = await ui.waitForText('불러오지 않았다');
		expect(lines(frame).slice(5, 8)).toEqual([
			'  코드: sdt1:nope▏',
			'  불러오지 않았다: 코드가 잘렸다. sdt1:부터 마지막',
			'  글자까지 통째로 복사한다',
		]);
		ui.unmount();
	});
});
