import {describe, expect, it} from 'vitest';
import {latencyBudget as engine} from '../../source/sims/latency-budget/engine.js';
import {latencyBudgetView as view} from '../../source/sims/latency-budget/view.js';
import {latencyBudgetLegend} from '../../source/sims/latency-budget/legend.js';
import {latencyBudgetSim} from '../../source/sims/latency-budget/index.js';
import {expectFrame, viewBox} from '../support/sims.js';

/** Profiled, keyset and a fast serializer on, ten ticks in: the scan is gone, the fast JSON misses the bottleneck. */
function state() {
	let s = engine.init(engine.params.parse({profile: true, keyset: true, fastJson: true}), 1);
	for (let i = 0; i < 10; i++) s = engine.step(s, {type: 'tick'});
	return s;
}

const box = (columns: number, rows: number) => viewBox(latencyBudgetSim, columns, rows);

const FRAMES: Record<string, string[]> = {
	'56x5 en': [
		't 10/40 · p50 52.8 · p99 67.7ms (before 163)',
		'ccccccccqqqqqqqqqqqqqqjtttttttttttttttlllllll ◀s',
		'on: keyset, ⚑fast JSON · ⚑ misses the bottleneck',
		'no pool (ideal 9) · DB slowdown peak ×1.7',
		'page scan              █░░░░░               0.1ms  57% ◀',
	],
	'56x5 ko': [
		'10/40틱 · p50 52.8 · p99 67.7ms (이전 163)',
		'ccccccccqqqqqqqqqqqqqqjtttttttttttttttlllllll ◀s',
		'기법: 키셋, ⚑빠른 JSON · ⚑ 병목이 아니다',
		'풀 없음(권장 9) · DB 최대 감속 ×1.7',
		'페이지 스캔            █░░░░░               0.1ms  57% ◀',
	],
	'76x13 en': [
		't 10/40 · 500 req · p50 52.8 · p99 67.7ms (before 163, ×0.42)',
		'average request: █ now ░ saved · % share of the slowest 10% · ◀ bottleneck',
		'connect     ███████                                            10.0ms   8%  ',
		'queries            ████████████                                16.6ms  14%  ',
		'page scan                      █░░░░░░░░░                       0.1ms  57% ◀',
		'serialize                      █                                0.7ms   1%  ',
		'transfer                       █████████████                   18.0ms  14%  ',
		'log                                         █████               8.0ms   6%  ',
		'on: keyset, ⚑fast JSON · ⚑ misses the bottleneck',
		'no pool (ideal 9) · DB slowdown peak ×1.7',
	],
	'76x13 ko': [
		'10/40틱 · 요청 500 · p50 52.8 · p99 67.7ms (이전 163, ×0.42)',
		'평균 요청: █ 현재 ░ 줄인 시간 · % 느린 10%에서의 비중 · ◀ 병목',
		'연결        ███████                                            10.0ms   8%  ',
		'쿼리               ████████████                                16.6ms  14%  ',
		'페이지 스캔                    █░░░░░░░░░                       0.1ms  57% ◀',
		'직렬화                         █                                0.7ms   1%  ',
		'전송                           █████████████                   18.0ms  14%  ',
		'로깅                                        █████               8.0ms   6%  ',
		'기법: 키셋, ⚑빠른 JSON · ⚑ 병목이 아니다',
		'풀 없음(권장 9) · DB 최대 감속 ×1.7',
	],
};

describe('latency-budget drawing (exact frames)', () => {
	it('the boxes are 56×5 at 60×16 and 76×13 at 80×24', () => {
		expect(box(60, 16)).toEqual([56, 5]);
		expect(box(80, 24)).toEqual([76, 13]);
	});

	it.each(Object.entries(FRAMES))('%s', (name, lines) => expectFrame(view, state(), name, lines));

	it('marks the bottleneck and the flag with glyphs, not colour alone', () => {
		const drawn = view(state(), 76, 13, 'en');
		const scan = drawn.find((l) => l.text.startsWith('page scan'))!;
		expect(scan.text.endsWith('◀')).toBe(true);
		expect(scan.color).toBe('yellow');
		expect(drawn.some((l) => l.text.includes('⚑fast JSON'))).toBe(true);
	});

	it('before any request: a header and empty bars, in both languages', () => {
		const s = engine.init(engine.params.parse({}), 1);
		expect(view(s, 56, 3, 'en').map((l) => l.text)).toEqual([
			't 0/40 · 0 req · p50 0.0 · p99 0.0ms (before 0.0, ×1.00)',
			'no request served yet',
			'on: none · not profiled: bottleneck unknown',
		]);
		expect(view(s, 56, 3, 'ko')[0]!.text).toBe('0/40틱 · 요청 0 · p50 0.0 · p99 0.0ms (이전 0.0, ×1.00)');
	});

	it('has a legend line for line in both languages', () => {
		expect(latencyBudgetLegend('ko')).toHaveLength(latencyBudgetLegend('en').length);
	});
});
