import {describe, expect, it} from 'vitest';
import {type ScaleUpVsOutState, scaleUpVsOut as engine} from '../../source/sims/scale-up-vs-out/engine.js';
import {scaleUpVsOutView as view} from '../../source/sims/scale-up-vs-out/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: object, seed = 1) => runStates<ScaleUpVsOutState>(engine, params, seed);

describe('scale-up-vs-out view', () => {
	it('asks before the run: no CPU, no latency, headroom "?" (60×16)', () => {
		expect(view(states({})[0]!, 56, 5, 'en')).toEqual([
			{text: 'monolith ×1 · 767 pages/s · 9 servers × 24 cores', color: 'cyan'},
			{text: 'LB ─▶ web ×9 [whole app] ─▶ SQL 90% from RAM'},
			{text: 'CPU ░░░░░░░░░░░░░░░░░░░░░│░░░░░░░░ – (│ = 70%)'},
			{text: 'page p50 – · p99 –'},
			{text: 'headroom: ? (run it)'},
		]);
	});

	it('draws the 2016 web tier at ×10 at 60×16, in both languages', () => {
		const done = states({}).at(-1)!;
		expect(view(done, 56, 5, 'en')).toEqual([
			{text: 'monolith ×10 · 7,670 pages/s · 9 servers × 24 cores', color: 'cyan'},
			{text: 'LB ─▶ web ×9 [whole app] ─▶ SQL 90% from RAM'},
			{text: 'CPU ███████████████░░░░░░│░░░░░░░░ 50% (│ = 70%)'},
			{text: 'page p50 23 ms · p99 34 ms'},
			{text: 'headroom ×14.1 traffic before 70% CPU · full at ×20.1'},
		]);
		expect(view(done, 56, 5, 'ko').map((l) => l.text)).toEqual([
			'모놀리스 ×10 · 초당 7,670 페이지 · 서버 9대 × 24코어',
			'LB ─▶ web ×9 [앱 전체] ─▶ SQL RAM 90%',
			'CPU ███████████████░░░░░░│░░░░░░░░ 50% (│ = 70%)',
			'페이지 p50 23 ms · p99 34 ms',
			'여유: CPU 70%까지 트래픽 ×14.1 · ×20.1에서 포화',
		]);
	});

	it('adds the failure domain and the traffic levels at 80×24, in both languages', () => {
		const done = states({}).at(-1)!;
		expect(view(done, 76, 13, 'en')).toEqual([
			{text: 'monolith ×10 · 7,670 pages/s · 9 servers × 24 cores', color: 'cyan'},
			{text: 'LB ─▶ web ×9 [whole app] ─▶ SQL (33% in RAM: 90% of reads)'},
			{text: 'CPU ███████████████░░░░░░│░░░░░░░░ 50% (│ = 70%)'},
			{text: 'page p50 23 ms · p99 34 ms'},
			{text: 'headroom ×14.1 traffic before 70% CPU · full at ×20.1'},
			{text: 'one server down costs 11% of the capacity · 0 down now', color: 'gray'},
			{text: '  ×4 CPU 20% · p99 32 ms', color: 'gray'},
			{text: '  ×5 CPU 25% · p99 34 ms', color: 'gray'},
			{text: '  ×6 CPU 30% · p99 33 ms', color: 'gray'},
			{text: '  ×7 CPU 35% · p99 32 ms', color: 'gray'},
			{text: '  ×8 CPU 40% · p99 32 ms', color: 'gray'},
			{text: '  ×9 CPU 45% · p99 33 ms', color: 'gray'},
			{text: '  ×10 CPU 50% · p99 34 ms', color: 'gray'},
		]);
		expect(view(done, 76, 13, 'ko').map((l) => l.text)).toEqual([
			'모놀리스 ×10 · 초당 7,670 페이지 · 서버 9대 × 24코어',
			'LB ─▶ web ×9 [앱 전체] ─▶ SQL (DB의 33%가 RAM에: 읽기의 90%)',
			'CPU ███████████████░░░░░░│░░░░░░░░ 50% (│ = 70%)',
			'페이지 p50 23 ms · p99 34 ms',
			'여유: CPU 70%까지 트래픽 ×14.1 · ×20.1에서 포화',
			'서버 한 대가 멈추면 용량의 11%를 잃는다 · 지금 0대 멈춤',
			'  ×4 CPU 20% · p99 32 ms',
			'  ×5 CPU 25% · p99 34 ms',
			'  ×6 CPU 30% · p99 33 ms',
			'  ×7 CPU 35% · p99 32 ms',
			'  ×8 CPU 40% · p99 32 ms',
			'  ×9 CPU 45% · p99 33 ms',
			'  ×10 CPU 50% · p99 34 ms',
		]);
	});

	it('marks a split app, its single points of failure, a server down and a saturated service', () => {
		const all = states({architecture: 'microservices'});
		let s = engine.step(all.at(-1)!, {type: 'fail-server'});
		const lines = view(s, 76, 13, 'en');
		expect(lines[1]!.text).toBe('LB ─▶ svc1 ×1 ✗1▶svc2 ×1▶svc3 ×1▶svc4 ×1▶svc5 ×1▶svc6 ×1▶SQL');
		expect(lines[2]).toMatchObject({color: 'red'});
		expect(lines[3]!.text).toBe('page p50 saturated · p99 saturated');
		expect(lines[5]).toEqual({text: '1 down: −100% of a service · 6 single points', color: 'yellow'});
		s = engine.step(s, {type: 'restore'});
		expect(view(s, 76, 13, 'en')[1]!.text).not.toContain('✗');
	});

	it('says a service with no server left is down, not saturated, and never prints Infinity', () => {
		const down = states({architecture: 'microservices', failedServers: 1, maxTraffic: 2}).at(-1)!;
		expect(view(down, 76, 13, 'en').map((l) => l.text)).toEqual([
			'microservices ×2 · 1,534 pages/s · 6 servers × 24 cores',
			'LB ─▶ svc1 ×1 ✗1▶svc2 ×1▶svc3 ×1▶svc4 ×1▶svc5 ×1▶svc6 ×1▶SQL',
			'CPU ✗ svc1 has no server left',
			'page: fails (svc1 is down, every page needs it)',
			'headroom: none (a service is down)',
			'1 down: −100% of a service · 6 single points',
			'  ×1 a service down · every page fails',
			'  ×2 a service down · every page fails',
		]);
		expect(
			view(down, 76, 13, 'ko')
				.map((l) => l.text)
				.slice(2, 5),
		).toEqual(['CPU ✗ svc1에 남은 서버가 없다', '페이지: 실패 (svc1 멈춤, 모든 페이지가 거친다)', '여유: 없음 (멈춘 서비스가 있다)']);
	});

	it('fits every box, grows with the terminal and leaves the state alone', () => {
		for (const params of [{}, {architecture: 'microservices', services: 50, minReplicas: 10}, {webServers: 200, coresPerServer: 256}]) {
			const all = states({...params, maxTraffic: 4, pagesPerLevel: 200});
			const sizes: [number, number][] = [1, 3, 5, 8, 13, 29].flatMap((r): [number, number][] => [
				[56, r],
				[76, r],
				[116, r],
			]);
			expectViewFitsEverySize(view, all, sizes);
			for (const lang of ['en', 'ko'] as const)
				expect(view(all.at(-1)!, 56, 5, lang).length).toBeLessThanOrEqual(view(all.at(-1)!, 76, 13, lang).length);
			expectViewLeavesStateAlone(view, all, {freeze: true});
		}
	});
});
