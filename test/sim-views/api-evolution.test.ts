import {describe, expect, it} from 'vitest';
import {type ApiEvolutionState, apiEvolution as engine} from '../../source/sims/api-evolution/engine.js';
import {apiEvolutionView as view} from '../../source/sims/api-evolution/view.js';
import type {ViewLine} from '../../source/sims/types.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: object, seed = 1) => runStates<ApiEvolutionState>(engine, params, seed);
const last = (params: object) => states(params).at(-1)!;
const texts = (lines: ViewLine[]) => lines.map((l) => l.text);
/** No tail, no jitter, no failures: every screen takes exactly what the hops add up to. */
const EXACT = {jitter: 0, slowProbability: 0, availability: 1, screens: 50};

describe('api-evolution view', () => {
	it('adds up direct calls by hand: 30 calls over 6 connections are 5 waves of 100 + 10 ms = 550 ms', () => {
		expect(texts(view(last(EXACT), 76, 13, 'en'))).toEqual([
			'direct calls · 50/50 screens · 30 dependencies',
			'client ─ 30 round trips 100 ms ─▶ s1 s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 … s30',
			'  6 at a time: 5 waves in a row, each 100 ms + the slowest call',
			'screen latency p50 550 ms · p99 550 ms',
			'0.5–1 s ████████████████████████████████████████ 100.0% ◀ p50 p99',
			'slow screens 0.00% · formula 1 − 1^30 = 0.00%',
			'  a screen is fast only if all 30 calls are: (1 − p)^30',
			'screens served 100.00% · formula 1^30 = 100.00%',
			'failures per billion screens 0 · formula 10^9 × (1 − 1^30) = 0',
			'timeouts off · hedging off',
			'every client app gathers the data itself',
		]);
	});

	it('draws the gateway in Korean: one round trip of 100 ms, a 0.5 ms hop, 10 ms: 110.5 ms; and its queue in yellow', () => {
		const lines = view(last({...EXACT, architecture: 'gateway'}), 76, 13, 'ko');
		expect(texts(lines)).toEqual([
			'게이트웨이 · 화면 50/50 · 의존성 30개',
			'클라이언트 ─ 왕복 1번 100 ms ─▶ 게이트웨이 ═ 호출 30개 ═▶ s1 s2 s3 s4 … s30',
			'  데이터센터 안: 한 홉 0.5 ms, 호출 30개를 한꺼번에',
			'화면 지연 p50 111 ms · p99 111 ms',
			'100–200 ████████████████████████████████████████ 100.0% ◀ p50 p99',
			'느린 화면 0.00% · 공식 1 − 1^30 = 0.00%',
			'  호출 30개가 모두 빨라야 화면이 빠르다: (1 − p)^30',
			'뜬 화면 100.00% · 공식 1^30 = 100.00%',
			'화면 10억 번당 실패 0 · 공식 10^9 × (1 − 1^30) = 0',
			'타임아웃 꺼짐 · 헤지 꺼짐',
			'변경 주 20건 → 게이트웨이 팀 주 15건: 26주 뒤 대기 8.7주',
		]);
		expect(lines.at(-1)).toEqual({text: '변경 주 20건 → 게이트웨이 팀 주 15건: 26주 뒤 대기 8.7주', color: 'yellow'});
	});

	it('asks before the run: the formulas show without their values at step 0 (60×16)', () => {
		const [start] = states({});
		expect(view(start!, 56, 5, 'en')).toEqual([
			{text: 'direct calls · 0/5,000 screens · 30 dependencies', color: 'cyan'},
			{text: 'client ─ 30 round trips 100 ms ─▶ s1 s2 s3 s4 s5 … s30'},
			{text: 'screen latency p50 – · p99 –'},
			{text: 'slow screens ? · formula 1 − 0.99^30', color: 'gray'},
			{text: 'screens served ? · formula 0.9999^30', color: 'gray'},
		]);
		expect(texts(view(start!, 56, 5, 'ko'))).toEqual([
			'직접 호출 · 화면 0/5,000 · 의존성 30개',
			'클라이언트 ─ 왕복 30번 100 ms ─▶ s1 s2 s3 s4 s5 s6 … s30',
			'화면 지연 p50 – · p99 –',
			'느린 화면 ? · 공식 1 − 0.99^30',
			'뜬 화면 ? · 공식 0.9999^30',
		]);
		// At 80×24 the count per billion shows its formula, not the answer the prediction asks for.
		expect(texts(view(start!, 76, 13, 'ko'))).toContain('화면 10억 번당 실패 ? · 공식 10^9 × (1 − 0.9999^30)');
		expect(texts(view(start!, 76, 13, 'en'))).toContain('failures per billion screens ? · formula 10^9 × (1 − 0.9999^30)');
	});

	it('shows the default run measured beside the formulas at 60×16, in both languages', () => {
		const done = last({});
		expect(view(done, 56, 5, 'en')).toEqual([
			{text: 'direct calls · 5,000/5,000 screens · 30 dependencies', color: 'cyan'},
			{text: 'client ─ 30 round trips 100 ms ─▶ s1 s2 s3 s4 s5 … s30'},
			{text: 'screen latency p50 561 ms · p99 1,957 ms'},
			{text: 'slow screens 26.4% · formula 1 − 0.99^30 = 26.0%', color: 'yellow'},
			{text: 'screens served 99.70% · formula 0.9999^30 = 99.70%', color: 'red'},
		]);
		expect(texts(view(done, 56, 5, 'ko'))).toEqual([
			'직접 호출 · 화면 5,000/5,000 · 의존성 30개',
			'클라이언트 ─ 왕복 30번 100 ms ─▶ s1 s2 s3 s4 s5 s6 … s30',
			'화면 지연 p50 561 ms · p99 1,957 ms',
			'느린 화면 26.4% · 공식 1 − 0.99^30 = 26.0%',
			'뜬 화면 99.70% · 공식 0.9999^30 = 99.70%',
		]);
	});

	it('adds the latency histogram and the rest at 80×24, in both languages', () => {
		const done = last({});
		expect(view(done, 76, 13, 'en')).toEqual([
			{text: 'direct calls · 5,000/5,000 screens · 30 dependencies', color: 'cyan'},
			{text: 'client ─ 30 round trips 100 ms ─▶ s1 s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 … s30'},
			{text: '  6 at a time: 5 waves in a row, each 100 ms + the slowest call', color: 'gray'},
			{text: 'screen latency p50 561 ms · p99 1,957 ms'},
			{text: '0.5–1 s ████████████████████████████████████████ 76.2% ◀ p50', color: 'gray'},
			{text: '1–2 s   ████████████▏                            23.0% ◀ p99', color: 'gray'},
			{text: '2–5 s   ▍                                         0.7%', color: 'gray'},
			{text: 'slow screens 26.4% · formula 1 − 0.99^30 = 26.0%', color: 'yellow'},
			{text: '  a screen is fast only if all 30 calls are: (1 − p)^30', color: 'gray'},
			{text: 'screens served 99.70% · formula 0.9999^30 = 99.70%', color: 'red'},
			{text: 'per billion 3,000,000 · 10^9 × (1 − 0.9999^30) = 2,995,654', color: 'gray'},
			{text: 'timeouts off · hedging off'},
			{text: 'every client app gathers the data itself'},
		]);
		expect(texts(view(done, 76, 13, 'ko'))).toEqual([
			'직접 호출 · 화면 5,000/5,000 · 의존성 30개',
			'클라이언트 ─ 왕복 30번 100 ms ─▶ s1 s2 s3 s4 s5 s6 s7 s8 s9 s10 s11 … s30',
			'  한 번에 6개씩: 연달아 5묶음, 묶음마다 100 ms + 가장 느린 호출',
			'화면 지연 p50 561 ms · p99 1,957 ms',
			'0.5–1 s ████████████████████████████████████████ 76.2% ◀ p50',
			'1–2 s   ████████████▏                            23.0% ◀ p99',
			'2–5 s   ▍                                         0.7%',
			'느린 화면 26.4% · 공식 1 − 0.99^30 = 26.0%',
			'  호출 30개가 모두 빨라야 화면이 빠르다: (1 − p)^30',
			'뜬 화면 99.70% · 공식 0.9999^30 = 99.70%',
			'화면 10억 번당 실패 3,000,000 · 공식 10^9 × (1 − 0.9999^30) = 2,995,654',
			'타임아웃 꺼짐 · 헤지 꺼짐',
			'클라이언트 앱마다 데이터를 직접 모은다',
		]);
	});

	it('keeps the most telling lines in a small box, in reading order', () => {
		const done = last({});
		expect(texts(view(done, 56, 3, 'en'))).toEqual([
			'direct calls · 5,000/5,000 screens · 30 dependencies',
			'client ─ 30 round trips 100 ms ─▶ s1 s2 s3 s4 s5 … s30',
			'screen latency p50 561 ms · p99 1,957 ms',
		]);
		expect(view(done, 56, 1, 'en')).toHaveLength(1);
	});

	it('draws the federated waves and, with room, which team owns which subgraph', () => {
		const lines = texts(view(last({...EXACT, architecture: 'federated'}), 116, 29, 'en'));
		expect(lines.slice(1, 3)).toEqual([
			'client ─ 1 round trip 100 ms ─▶ router ┬ wave 1 ▶ s1 s3 s5 s7 s9 s11 s13 s15 s17 s19 s21 s23 s25 s27 s29',
			'                                       └ wave 2 ▶ s2 s4 s6 s8 s10 s12 s14 s16 s18 s20 s22 s24 s26 s28 s30',
		]);
		// Two waves of (0.5 + 10 ms) after the 100 ms round trip.
		expect(lines).toContain('screen latency p50 121 ms · p99 121 ms');
		expect(lines).toContain('10 teams own their subgraphs (3 each): no central queue');
		expect(lines).toContain('  team-1 ▸ s1 s11 s21');
		expect(lines.at(-1)).toBe('  team-10 ▸ s10 s20 s30');
	});

	it('marks a dependency slowed by hand, and says what the formula leaves out', () => {
		const [start] = states({architecture: 'gateway', screens: 200});
		let s = engine.step(start!, {type: 'slow-dependency', dependency: 0});
		while (!engine.done(s)) s = engine.step(s, {type: 'tick'});
		const lines = texts(view(s, 76, 13, 'en'));
		expect(lines[0]).toBe('gateway · 200/200 screens · 30 dependencies · slowed #1');
		expect(lines[1]).toContain('═▶ s1! s2 s3');
		expect(lines).toContain('slow screens 100.00% · before the slowdown 1 − 0.99^30 = 26.0%');
		const both = texts(view(last({architecture: 'gateway', hedging: true, timeoutsAndFallbacks: true}), 76, 13, 'en'));
		expect(both.find((l) => l.startsWith('slow screens'))).toMatch(/ · without either 1 − 0\.99\^30 = 26\.0%$/);
		expect(both.find((l) => l.startsWith('screens served'))).toBe('screens served 100.00% · without fallbacks 0.9999^30 = 99.70%');
		expect(both.find((l) => l.startsWith('timeouts'))).toMatch(
			/^timeouts 100 ms, [\d.]+% with a fallback · hedging after 15 ms, \+[\d.]+% calls$/,
		);
	});

	it('says a monolith is one process: one availability, nothing to cut inside', () => {
		const lines = texts(view(last({architecture: 'monolith', screens: 1000}), 76, 13, 'en'));
		expect(lines[1]).toBe('client ─ 1 round trip 100 ms ─▶ [monolith: 30 modules in one process]');
		expect(lines.find((l) => l.startsWith('screens served'))).toMatch(/ · formula a = 99\.99%$/);
		expect(lines).toContain('timeouts and hedges: nothing to cut inside one process');
		expect(lines.at(-1)).toBe('all 10 teams change one codebase and ship together');
	});

	it('fits every box and grows with the terminal, for each architecture, and leaves the state alone', () => {
		for (const architecture of ['monolith', 'direct', 'gateway', 'federated']) {
			const all = states({architecture, screens: 400, federationWaves: 5, dependencies: 200});
			const sizes: [number, number][] = [1, 3, 5, 8, 13, 29].flatMap((r): [number, number][] => [
				[56, r],
				[76, r],
				[116, r],
			]);
			expectViewFitsEverySize(view, [all[0]!, all[5]!, all.at(-1)!], sizes);
			for (const lang of ['en', 'ko'] as const) {
				const [small, large, huge] = [view(all.at(-1)!, 56, 5, lang), view(all.at(-1)!, 76, 13, lang), view(all.at(-1)!, 116, 29, lang)];
				expect(small.length).toBeLessThanOrEqual(large.length);
				expect(large.length).toBeLessThanOrEqual(huge.length);
			}
			expectViewLeavesStateAlone(view, [all.at(-1)!], {freeze: true});
		}
	});
});
