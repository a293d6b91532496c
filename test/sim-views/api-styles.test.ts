import {describe, expect, it} from 'vitest';
import {type ApiStylesState, apiStyles as engine} from '../../source/sims/api-styles/engine.js';
import {apiStylesView as view} from '../../source/sims/api-styles/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

/** The state after `ticks` steps of a run. */
function stateAfter(params: object, ticks: number): ApiStylesState {
	let s = engine.init(engine.params.parse(params), 1);
	for (let i = 0; i < ticks; i++) s = engine.step(s, {type: 'tick'});
	return s;
}

// The drawing's box on the simulation screen: 56×5 at 60×16 and 76×13 at 80×24.
describe('api-styles view', () => {
	const polling = stateAfter({}, 12);
	const webhook = stateAfter({scenario: 'payments', style: 'webhook', retries: 12}, 20);

	it('draws REST polling at 60×16: the header tax and the staleness', () => {
		expect(view(polling, 56, 5, 'en')).toEqual([
			{text: 'scoreboard · REST (json) · 2:00/10:00 · 10,000 clients', color: 'cyan'},
			{text: `events ${'✓'.repeat(29)}`},
			{text: `wire ${'█'.repeat(33)}${'▒'.repeat(6)} headers 84%`},
			{text: 'fate ✓29 ✗0 ×2 0 …0 · stale 2.1s (max 4.9s)'},
			{text: 'round trips/event 0.83 · over-fetch 1.54×'},
		]);
		expect(view(polling, 56, 5, 'ko')).toEqual([
			{text: '스코어보드 · REST (json) · 2:00 · ×10,000', color: 'cyan'},
			{text: `이벤트 ${'✓'.repeat(29)}`},
			{text: `전송 ${'█'.repeat(34)}${'▒'.repeat(6)} 헤더 84%`},
			{text: '결과 ✓29 ✗0 ×2 0 …0 · 지연 2.1초 (최대 4.9초)'},
			{text: '이벤트당 왕복 0.83 · 오버페칭 1.54× · 이벤트당 984.2 B'},
		]);
	});

	it('draws it at 80×24 with the bytes per event and how the style works', () => {
		expect(view(polling, 76, 13, 'en').slice(4)).toEqual([
			{text: 'round trips/event 0.83 · over-fetch 1.54× · per event 984.2 B'},
			{text: 'REST: GET every 5s, 700+300 B headers each', color: 'gray'},
		]);
		expect(view(polling, 76, 13, 'ko')[0]).toEqual({text: '스코어보드 · REST (json) · 2:00/10:00 · 클라이언트 10,000개', color: 'cyan'});
		expect(view(polling, 76, 13, 'ko').slice(5)).toEqual([{text: 'REST: 5초마다 GET, 매번 헤더 700+300 B', color: 'gray'}]);
	});

	it('shows the receiver down and the retries waiting', () => {
		const strip = `${'✓'.repeat(16)}↻${'✓'.repeat(4)}${'↻'.repeat(22)}`;
		expect(view(webhook, 56, 5, 'en')).toEqual([
			{text: 'payments · webhook (json) · 3:20/10:00 · 10,000 clients', color: 'cyan'},
			{text: `events ${strip}`},
			{text: 'receiver ░░░ DOWN until 3:02:00', color: 'yellow'},
			{text: `wire ${'█'.repeat(35)}${'▒'.repeat(4)} headers 90%`},
			{text: 'fate ✓20 ✗0 ×2 0 …23 · stale 0s (max 0s)'},
		]);
		expect(view(webhook, 76, 13, 'ko')).toEqual([
			{text: '결제 알림 · webhook (json) · 3:20/10:00 · 클라이언트 10,000개', color: 'cyan'},
			{text: `이벤트 ${strip}`},
			{text: '수신자 ░░░ 3:02:00까지 다운', color: 'yellow'},
			{text: `전송 ${'█'.repeat(36)}${'▒'.repeat(4)} 헤더 90%`},
			{text: '결과 한 번 20 · 잃음 0 · 두 번 0 · 전달 중 23 · 지연 0초 (최대 0초)'},
			{text: '이벤트당 왕복 0.49 · 오버페칭 1.67× · 이벤트당 545.4 B'},
			{text: '웹훅: 이벤트마다 POST, 재시도 12번', color: 'gray'},
			{text: '재시도 예정: #27 3:21, #28 3:22, #29 3:24, #30 3:26', color: 'yellow'},
		]);
	});

	it('says when nothing has happened yet, and marks lost events', () => {
		expect(view(stateAfter({}, 0), 56, 5, 'en')[1]).toEqual({text: 'events none yet', color: 'gray'});
		const lost = stateAfter({style: 'webhook'}, 3);
		expect(view(lost, 56, 5, 'en')[1]).toEqual({text: `events ${'✗'.repeat(lost.emittedCount)}`, color: 'red'});
	});

	it('fits every size and leaves the state alone', () => {
		const states = [...runStates<ApiStylesState>(engine, {}, 1), webhook, stateAfter({scenario: 'mobile-screen', style: 'graphql'}, 5)];
		expectViewFitsEverySize(view, states, [
			[20, 3],
			[56, 5],
			[56, 16],
			[76, 13],
			[116, 29],
		]);
		expectViewLeavesStateAlone(view, states.slice(0, 10), {freeze: true});
	});
});
