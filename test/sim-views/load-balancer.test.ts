import {describe, expect, it} from 'vitest';
import {type LoadBalancerState, loadBalancer as engine} from '../../source/sims/load-balancer/engine.js';
import {loadBalancerView} from '../../source/sims/load-balancer/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone} from '../support/sims.js';

const SIZES: [number, number][] = [
	[56, 3],
	[56, 8],
	[60, 4],
	[64, 5],
	[76, 6],
	[76, 8],
];

function start(params: object, seed = 1): LoadBalancerState {
	return engine.init(engine.params.parse(params), seed);
}

/** Every state of a run, the initial one first. */
function states(params: object, seed = 1): LoadBalancerState[] {
	let state = start(params, seed);
	const all = [state];
	while (!engine.done(state)) {
		state = engine.step(state, {type: 'tick'});
		all.push(state);
	}
	return all;
}

function untilArrived(state: LoadBalancerState, n: number): LoadBalancerState {
	let s = state;
	while (s.main.next < n) s = engine.step(s, {type: 'tick'});
	return s;
}

// Two servers of capacity 2, three requests 1 ms apart that each take a second: all three are open at once.
const TWO = [
	{name: 'a', capacity: 2},
	{name: 'b', capacity: 2},
];
const SMALL = {servers: TWO, requests: 3, ratePerSec: 1000, costMs: 1000, heavyFraction: 0};

describe('load balancer view', () => {
	it('draws round robin with all three requests open', () => {
		const state = untilArrived(start(SMALL), 3);
		// The stream for seed 1 arrives at 0, 1 and 2 ms; round robin sends a, b, a.
		expect(state.stream.requests.map((r) => r.at)).toEqual([0, 1, 2]);
		expect(loadBalancerView(state, 60, 5, 'en')).toEqual([
			{text: 'round-robin · 2ms · 3/3 req · ✓0 ✗0 · avg -', color: 'cyan'},
			// Bars stop at 32 cells, 16 per connection of the 2; a is full (red), b half full (green).
			{text: `a ${'█'.repeat(32)} 2/2     -`, color: 'red'},
			{text: `b ${'█'.repeat(16)}${'░'.repeat(16)} 1/2     -`, color: 'green'},
			{text: 'picks aba'},
			{text: '█ open/capacity · ms: response (smoothed) · ✗ dropped', color: 'gray'},
		]);
	});

	it('puts the two algorithms side by side with compareWith', () => {
		// One client: sticky round robin keeps it on a, which is full at the third request and drops it.
		let state = untilArrived(start({...SMALL, clients: 1, compareWith: 'sticky-round-robin'}), 3);
		expect(loadBalancerView(state, 56, 5, 'en')).toEqual([
			{text: '2ms · 3/3 req', color: 'cyan'},
			{text: 'RR ✓0 ✗0 avg -             │ sticky RR ✓0 ✗1 avg -', color: 'cyan'},
			{text: 'a ██████████ 2/2     -     │ a ██████████ 2/2     - ✗1'},
			{text: 'b █████░░░░░ 1/2     -     │ b ░░░░░░░░░░ 0/2     -'},
			{text: 'picks aba                  │ picks aaa'},
		]);
		while (!engine.done(state)) state = engine.step(state, {type: 'tick'});
		// Processor sharing, round robin: a serves request 0 alone for 2 ms, then shares with request 2,
		// so request 0 ends at 2 + 998·2 = 1998 ms and request 2 at 2000 (both 1998 ms); b's ends at 1001
		// (1000 ms). Sticky: a's two requests both take 1999 ms. SRTT: a 2.0s, b 1.0s; means 1.7s and 2.0s.
		expect(engine.summary(state).meanResponseMs).toBe(1665.33);
		expect(engine.summary(state).compare!.meanResponseMs).toBe(1999);
		expect(loadBalancerView(state, 56, 3, 'ko')).toEqual([
			// 평균 is 4 columns wide: the left side is padded to 26 columns all the same.
			{text: `RR ✓3 ✗0 평균 1.7s${' '.repeat(8)} │ sticky RR ✓2 ✗1 평균 2.0s`, color: 'cyan'},
			{text: 'a ░░░░░░░░░░ 0/2  2.0s     │ a ░░░░░░░░░░ 0/2  2.0s ✗1'},
			{text: 'b ░░░░░░░░░░ 0/2  1.0s     │ b ░░░░░░░░░░ 0/2     -'},
		]);
	});

	it('greys out a server taken out of rotation', () => {
		const state = engine.step(untilArrived(start(SMALL), 1), {type: 'setDown', server: 'b', down: true});
		const lines = loadBalancerView(state, 60, 3, 'en');
		expect(lines[2]).toEqual({text: `b ${'░'.repeat(32)} 0/2  down`, color: 'gray'});
		expect(loadBalancerView(state, 60, 3, 'ko')[2]!.text).toBe(`b ${'░'.repeat(32)} 0/2  중단`);
	});

	it('folds many servers into two columns, then a "+N more" line', () => {
		const servers = Array.from({length: 12}, (_, i) => ({name: `s${i + 1}`}));
		const state = start({servers});
		const eight = loadBalancerView(state, 76, 8, 'en');
		expect(eight).toHaveLength(8);
		expect(eight[7]!.color).toBe('gray');
		expect(eight[0]!.text).toMatch(/^round-robin · 0ms/);
		expect(eight[1]!.text).toMatch(/^s1 .* │ s7 /);
		expect(eight[6]!.text).toMatch(/^s6 .* │ s12 /);
		const three = loadBalancerView(state, 56, 3, 'en');
		expect(three.map((l) => l.text.slice(0, 3))).toEqual(['s1 ', 's2 ', '+8 ']);
		expect(three[2]).toEqual({text: '+8 more', color: 'gray'});
	});

	it('keeps a bar the same length all run, so it does not jump', () => {
		const all = states({});
		const lengths = new Set(all.map((s) => loadBalancerView(s, 76, 6, 'en')[1]!.text.match(/[█░]+/)![0].length));
		expect([...lengths]).toEqual([32]);
	});

	it('shows least response time herding onto one server', () => {
		const all = states({algorithm: 'least-response-time', compareWith: 'round-robin'});
		const mid = all[Math.floor(all.length / 2)]!;
		const picks = loadBalancerView(mid, 76, 6, 'en').find((l) => l.text.startsWith('picks'))!.text;
		const [mine, rr] = picks.split(' │ ');
		expect(mine).toMatch(/^picks (.)\1{20,}/);
		expect(rr).toMatch(/^picks (abc|bca|cab){10}/);
	});

	for (const [name, params] of [
		['defaults', {}],
		['compare', {compareWith: 'least-connections'}],
		[
			'long names, mixed capacities',
			{
				servers: [
					{name: 'alpha-server', capacity: 1000},
					{name: 'b', capacity: 3, speed: 0.2},
				],
				requests: 300,
				ratePerSec: 400,
			},
		],
		['twelve servers', {servers: Array.from({length: 12}, (_, i) => ({name: `server-${i}`, capacity: 5})), compareWith: 'ip-hash'}],
	] as const) {
		it(`fits every size on every step (${name})`, () => {
			const all = states(params);
			const picked = [0, 1, 2, Math.floor(all.length / 3), Math.floor(all.length / 2), all.length - 1].map((i) => all[i]!);
			expectViewFitsEverySize(loadBalancerView, picked, SIZES);
		});
	}

	it('does not mutate the state', () => {
		const all = states({compareWith: 'least-connections'});
		expectViewLeavesStateAlone(loadBalancerView, [all[0]!, all[Math.floor(all.length / 2)]!, all[all.length - 1]!]);
	});
});
