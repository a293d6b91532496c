import {describe, expect, it} from 'vitest';
import {width as widthOf} from '../../source/content/text.js';
import {type RateLimiterState, rateLimiter} from '../../source/sims/rate-limiter/engine.js';
import {rateLimiterView} from '../../source/sims/rate-limiter/view.js';
import {expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: unknown) => runStates<RateLimiterState>(rateLimiter, params);

// Leaky bucket of 2, drained once a second; 3 requests at t=0, then one a second for 3 s.
const SMALL = {capacity: 2, rate: 1, burst: 3, steadyRate: 1, duration: 3, tickMs: 1000};

describe('rateLimiterView', () => {
	it('draws a small run exactly: the burst half dropped, then one in and one out a second', () => {
		const run = states(SMALL);
		expect(run).toHaveLength(5);
		// After the first second's first tick: only the burst (2 let in, 1 dropped); seconds 2-3 not simulated yet.
		expect(rateLimiterView(run[1]!, 40, 5, 'en')).toEqual([
			{text: '1.0s/3s  queue [██] 2/2  ✓2  ✗1  out 0', color: 'red'},
			{text: '4│'},
			{text: ' │░░░░'},
			{text: ' │████     ·        ·'},
			{text: '█ accepted  ░ dropped  ▒ out', color: 'gray'},
		]);
		// Second 1: 4 arrived (3 + 1), 3 in, 1 dropped, 1 served; then 1 in, 1 out each second.
		expect(rateLimiterView(run[4]!, 40, 5, 'en')).toEqual([
			{text: '3.0s/3s  queue [██] 2/2  ✓5  ✗1  out 3', color: 'red'},
			{text: '4│░░░░'},
			{text: ' │████'},
			{text: ' │████▒▒▒▒ ████▒▒▒▒ ████▒▒▒▒'},
			{text: '█ accepted  ░ dropped  ▒ out', color: 'gray'},
		]);
	});

	it('adds the seconds axis when there are 7 rows or more, and speaks Korean', () => {
		const last = states(SMALL).at(-1)!;
		expect(rateLimiterView(last, 40, 7, 'ko').map((l) => l.text)).toEqual([
			'3.0s/3s  대기열 [██] 2/2  ✓5  ✗1  처리 3',
			'4│░░░░',
			' │████',
			' │████',
			' │████▒▒▒▒ ████▒▒▒▒ ████▒▒▒▒',
			' └1────────2────────3────────',
			'█ 수락  ░ 거절  ▒ 처리',
		]);
	});

	it('shows the token bucket letting the burst through and the bucket level', () => {
		const last = states({...SMALL, algorithm: 'token-bucket'}).at(-1)!;
		const lines = rateLimiterView(last, 40, 5, 'en');
		// Tokens start full (2): the burst spends both (1 dropped), then each refill pays for
		// the next steady request, so all 3 of second 1 leave at once and the bucket ends empty.
		expect(lines).toEqual([
			{text: '3.0s/3s  tokens [··] 0/2  ✓5  ✗1  out 5', color: 'red'},
			{text: '4│░░░░'},
			{text: ' │████▒▒▒▒'},
			{text: ' │████▒▒▒▒ ████▒▒▒▒ ████▒▒▒▒'},
			{text: '█ accepted  ░ dropped  ▒ out', color: 'gray'},
		]);
	});

	it('is green on the initial state and marks every second as still to come', () => {
		const first = states({}).at(0)!;
		const lines = rateLimiterView(first, 76, 6, 'en');
		expect(lines[0]).toEqual({text: '0.0s/10s  queue [··········] 0/10  ✓0  ✗0  out 0', color: 'green'});
		expect(lines[4]!.text.match(/·/g)).toHaveLength(10);
	});

	it('never draws more than `rows` lines or wider than `width`', () => {
		const runs = [
			states({}),
			states({algorithm: 'token-bucket'}),
			states({duration: 120, burst: 10_000, steadyRate: 1000, tickMs: 1000}),
			states({duration: 37, capacity: 1000, rate: 3}),
		];
		for (const run of runs) {
			const picks = [run[0]!, run[1]!, run[Math.floor(run.length / 2)]!, run.at(-1)!];
			for (const s of picks)
				for (const width of [20, 40, 56, 60, 66, 76, 120])
					for (const rows of [1, 2, 3, 4, 5, 6, 7, 8])
						for (const lang of ['en', 'ko'] as const) {
							const lines = rateLimiterView(s, width, rows, lang);
							expect(lines.length).toBeLessThanOrEqual(rows);
							if (rows >= 3) expect(lines.length).toBe(rows);
							for (const l of lines) expect(widthOf(l.text), l.text).toBeLessThanOrEqual(width);
						}
		}
		expect(rateLimiterView(states({}).at(-1)!, 76, 0, 'en')).toEqual([]);
	});

	it('does not mutate the state', () => {
		expectViewLeavesStateAlone(rateLimiterView, [states({})[0]!, states({}).at(-1)!], {freeze: true});
	});
});
