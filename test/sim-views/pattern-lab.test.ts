import {describe, expect, it} from 'vitest';
import {patternLab as engine, type PatternLabState} from '../../source/sims/pattern-lab/engine.js';
import {patternLabView as view} from '../../source/sims/pattern-lab/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

function week(params: object, weeks: number): PatternLabState {
	let s = engine.init(engine.params.parse(params), 1);
	for (let i = 0; i < weeks; i++) s = engine.step(s, {type: 'tick'});
	return s;
}

// The drawing's box on the simulation screen: 56×5 at 60×16 and 76×13 at 80×24.
describe('pattern-lab view', () => {
	const mvp = week({}, 10);
	const cqrs = week({scenario: 'order-pipeline', pattern: 'event-driven', cqrs: true}, 10);

	it('draws the year, the week, the ratings and the weights at 60×16', () => {
		expect(view(mvp, 56, 5, 'en')).toEqual([
			{text: '4-person MVP · microservices · week 10/52 · 4 engineers', color: 'cyan'},
			{text: 'year: 168 eng-days · outage 0.5 h · whole-app down 0×'},
			{text: 'this week: +3 +2 +2'},
			{text: 'rating agil ●● dep ●● test ●● perf ○○ scale ●● dev ●●'},
			{text: 'weight 2 1 1 0 0 3 · fit 100%', color: 'gray'},
		]);
		expect(view(mvp, 76, 13, 'ko')).toEqual([
			{text: '4인 MVP · microservices · 10/52주 · 엔지니어 4명', color: 'cyan'},
			{text: '1년: 168인일 · 장애 0.5시간 · 앱 전체 장애 0번'},
			{text: '이번 주: +3 +2 +2'},
			{text: '평가 민첩 ●● 배포 ●● 테스트 ●● 성능 ○○ 확장 ●● 개발 ●●'},
			{text: '가중치 민첩 2 배포 1 테스트 1 성능 0 확장 0 개발 3 · 적합도 100%', color: 'gray'},
		]);
	});

	it('shows the CQRS reads that missed their own write', () => {
		const lines = view(cqrs, 56, 5, 'ko');
		expect(lines[0]).toEqual({text: '주문 파이프라인 · event-driven · 10/52주 · 엔지니어 15명', color: 'cyan'});
		expect(lines[3]!.text.startsWith('CQRS 내 글 못 본 읽기 334/500 ▁!!!!▁▁▁▁!!!!!!▁!▁')).toBe(true);
		expect(lines[3]!.color).toBe('red');
		expect(view(cqrs, 56, 5, 'en')[0]).toEqual({text: 'order pipeline · event-driven · week 10/52', color: 'cyan'});
	});

	it('fits every size and leaves the state alone', () => {
		const states = [...runStates<PatternLabState>(engine, {}, 1), cqrs, week({scenario: 'sixty-teams', pattern: 'layered'}, 6)];
		expectViewFitsEverySize(view, states, [
			[20, 3],
			[56, 5],
			[76, 13],
			[116, 29],
		]);
		expectViewLeavesStateAlone(view, states.slice(0, 10), {freeze: true});
	});
});
