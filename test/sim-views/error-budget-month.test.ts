import {describe, expect, it} from 'vitest';
import {errorBudgetMonth as engine, type MonthState} from '../../source/sims/error-budget-month/engine.js';
import {monthLegend} from '../../source/sims/error-budget-month/legend.js';
import {monthView} from '../../source/sims/error-budget-month/view.js';
import {widthOf} from '../../source/sims/view-kit.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: object) => runStates<MonthState>(engine, params);
// Day 10 of the pack's month (seed 1): nine incidents paged, six false pages, 41.5% of the budget left.
const day10 = states({})[240]!;

describe('error-budget-month view', () => {
	it('at 60×16 (56×5): status, budget left and errors over the month, pages, DORA', () => {
		expect(monthView(day10, 56, 5, 'en')).toEqual([
			{text: 'day 10/30 · left 41.5% / 43.2min', color: 'cyan'},
			{text: 'left █████████▆▆▅▄▄▄▄', color: 'green'},
			{text: 'err  ▓░·░···▒░▓░▓▓▓▓·', color: 'gray'},
			{text: 'pages ✓9 ✗6 ?0 · shipped 60 · held 0 · failed 9'},
			{text: 'DORA 6/day · lead time 24h · CFR 15% · restore 1h'},
		]);
		expect(monthView(day10, 56, 5, 'ko')).toEqual([
			{text: '일 10/30 · 예산 41.5% / 43.2분', color: 'cyan'},
			{text: '예산 █████████▆▆▅▄▄▄▄', color: 'green'},
			{text: '오류 ▓░·░···▒░▓░▓▓▓▓·', color: 'gray'},
			{text: '호출 ✓9 ✗6 ?0 · 배포 60 · 대기 0 · 실패 9'},
			{text: 'DORA 6/일 · 리드 타임 24시간 · 실패율 15% · 복구 1시간'},
		]);
	});

	it('at 80×24 (76×13): a column per ten hours, toil against the cap, the calls by role', () => {
		expect(monthView(day10, 76, 13, 'ko')).toEqual([
			{text: '일 10/30 · 예산 41.5% / 43.2분', color: 'cyan'},
			{text: '예산 ████████████▇▆▆▅▅▄▄▄▄▄', color: 'green'},
			{text: '오류 ·▓··░····▒·░▓▓░▓▓▒▓·▓·', color: 'gray'},
			{text: '호출 ✓9 ✗6 ?0 · 배포 60 · 대기 0 · 실패 9'},
			{text: 'DORA 6/일 · 리드 타임 24시간 · 실패율 15% · 복구 1시간'},
			{text: '토일 33.3% (최대 33.3%, 상한 50%) · 서비스 20 · 플랫폼 –'},
			{text: '결정: DevOps 60 · SRE 15 · 플랫폼 0', color: 'gray'},
		]);
		expect(monthView(day10, 76, 13, 'en').at(-2)).toEqual({text: 'toil 33.3% (max 33.3%, cap 50%) · services 20 · platform –'});
	});

	it('shows a freeze, the held changes and the lead time they cost', () => {
		const frozen = states({changeFailureRate: 0.3, freezePolicy: 'freeze', freezeAt: 0.4}).at(-1)!;
		expect(monthView(frozen, 56, 5, 'en')).toEqual([
			{text: 'day 30/30 · left 24.4% / 43.2min · FROZEN', color: 'yellow'},
			{text: 'left ███▆▅▅▅▄▄▄▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▃▂▂', color: 'green'},
			{text: 'err  ▒▓·▓▓▓░▓▓·░·░░·░·····░··░····░·░··░········░·░░░', color: 'gray'},
			{text: 'pages ✓13 ✗21 ?0 · shipped 32 · held 148 · failed 13'},
			{text: 'DORA 1.07/day · lead 266.6h · CFR 40.6% · restore 1h'},
		]);
		// Past zero the budget row shows ✗ and turns red.
		const over = states({}).at(-1)!;
		expect(monthView(over, 56, 5, 'en')[1]!.color).toBe('red');
		expect(monthView(over, 56, 5, 'en')[1]!.text).toContain('✗');
	});

	it('ends the month with which role made each call, the counts matching the calls line', () => {
		const end = states({}).at(-1)!;
		expect(monthView(end, 76, 13, 'ko').slice(-5)).toEqual([
			{text: '결정: DevOps 180 · SRE 40 · 플랫폼 0', color: 'gray'},
			{text: '한 달의 결정, 누가 내렸나:', color: 'cyan'},
			{text: 'DevOps(결정 180건): 변경 180건 배포, 그중 21건 실패'},
			{text: 'SRE(결정 40건): 호출 ✓21 ✗18 ?0 · 동결 0일 · 토일 상한 초과 239시간'},
			{text: '플랫폼(결정 0건): 플랫폼에 시간을 쓰지 않았다(플랫폼 투자 0)'},
		]);
		const platform = states({platformShare: 0.5, freezePolicy: 'freeze'}).at(-1)!;
		expect(monthView(platform, 116, 29, 'en').slice(-4)).toEqual([
			{text: 'Which role made each call this month:', color: 'cyan'},
			{text: 'DevOps (166 calls): shipped 166 changes, 5 failed'},
			{text: 'SRE (27 calls): pages ✓5 ✗22 ?0 · frozen 0 days · toil over cap 0h'},
			{text: 'Platform (1 call): platform ready on day 5, toil −50%, failed changes −80%'},
		]);
		// Not before the month is over.
		expect(monthView(day10, 76, 13, 'en')).toHaveLength(7);
	});

	it('at 120×40 (116×29) draws the budget left six rows tall, 0% at its foot', () => {
		const end = states({}).at(-1)!;
		const lines = monthView(end, 116, 29, 'en');
		expect(lines.slice(1, 7)).toEqual(
			[
				'left █▆▆▆▆▆▆▅▅▅▅▅▅▅▅▄▄▄▄',
				'     ███████████████████▇▂▁▁▁▁',
				'     █████████████████████████▄▁',
				'     ████████████████████████████▆▆▆▅▄▄▄▄▄▄▄▄▄▄▄▄▄▄▄▃▃▁▁▁▁▁',
				'     ██████████████████████████████████████████████████████▃▃▂▂',
				'0%   ██████████████████████████████████████████████████████████▇▄▄▄▃▃▃▃▃▃▃✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗✗',
			].map((text) => ({text, color: 'red'})),
		);
		expect(lines).toHaveLength(16);
		expect(monthView(end, 76, 13, 'en')).toHaveLength(11);
	});

	it('fits every box in both languages through months of each policy', () => {
		const sizes: [number, number][] = [
			[20, 3],
			[40, 4],
			[56, 5],
			[76, 13],
			[116, 29],
		];
		for (const params of [{}, {alertPolicy: 'burn-rate', platformShare: 0.5}, {freezePolicy: 'freeze', days: 7, slo: 0.9999}]) {
			const all = states(params);
			expectViewFitsEverySize(
				monthView,
				all.filter((_, i) => i % 60 === 0 || i === all.length - 1),
				sizes,
			);
		}
	});

	it('leaves the state alone', () => {
		expectViewLeavesStateAlone(monthView, states({}).slice(0, 30), {freeze: true});
	});

	it('has a legend line for line in both languages, each within 76 columns', () => {
		expect(monthLegend('ko')).toHaveLength(monthLegend('en').length);
		for (const line of [...monthLegend('en'), ...monthLegend('ko')]) expect(widthOf(line), line).toBeLessThanOrEqual(76);
	});
});
