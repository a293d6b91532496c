import {describe, expect, it} from 'vitest';
import {type ServerlessCostState, serverlessCost as engine} from '../../source/sims/serverless-cost/engine.js';
import {serverlessCostView as view} from '../../source/sims/serverless-cost/view.js';
import {expectFits, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: object, seed = 1) => runStates<ServerlessCostState>(engine, params, seed);
const texts = (state: ServerlessCostState, w: number, r: number, lang: 'en' | 'ko') => view(state, w, r, lang).map((l) => l.text);

describe('serverless-cost view', () => {
	const run = states({});

	it('at 80×24 (76 columns): bars on one scale, the saving, why Step Functions throttles, the work per video second and the bill line by line', () => {
		expect(view(run[3]!, 76, 11, 'en')).toEqual([
			{text: 'day 3/30 · 1,000 streams · us-east-1 list prices (2026-12-01)', color: 'cyan'},
			{text: `▶ Step Functions $10,836 ███░${'·'.repeat(33)} 703 throttled`, color: 'red'},
			{text: `  Express         $4,077 ░░${'·'.repeat(13)}`},
			{text: '  in-process        $889 ···'},
			{text: 'saving per stream vs Step Functions: Express 88.8% · in-process 97.6%'},
			{text: 'per stream-month: Step Functions $365 · Express $40.77 · in-process $8.89'},
			{text: 'Step Functions needs 5,050 transitions/s > limit 1,500/s → throttled', color: 'red'},
			{text: 'per stream per video second: transitions 5 · frames 1 · S3 round trips 2', color: 'gray'},
			{text: '█ transitions         388,764,787 × $0.025/1k          = $9,719'},
			{text: '▒ Lambda requests      80,835,187 × $0.20/M            = $16.17'},
			{text: '▒ Lambda GB-s          16,167,037 × $0.0000166667/GB-s = $269'},
		]);
		expect(texts(run[3]!, 76, 11, 'ko')).toEqual([
			'3/30일 · 스트림 1,000개 · us-east-1 정가(2026-12-01 확인)',
			`▶ Step Functions $10,836 ███▒${'·'.repeat(34)} 703개 스로틀`,
			`  Express         $4,077 ░░${'·'.repeat(13)}`,
			'  in-process        $889 ···',
			'Step Functions 대비 스트림당 절감: Express 88.8% · in-process 97.6%',
			'스트림당 월 비용: Step Functions $365 · Express $40.77 · in-process $8.89',
			'Step Functions 필요 5,050회/초 > 한도 1,500회/초 → 스로틀',
			'스트림당 영상 1초에: 전환 5회 · 프레임 1개 · S3 왕복 2회',
			'█ 상태 전환        388,764,787 × $0.025/1k          = $9,719',
			'▒ Lambda 요청       80,835,187 × $0.20/M            = $16.17',
			'▒ Lambda GB-초      16,167,037 × $0.0000166667/GB-s = $269',
		]);
	});

	it('at 60×16 (56 columns): the three bars and the saving, in short forms', () => {
		expect(texts(run[30]!, 56, 5, 'ko')).toEqual([
			'30/30일 · 스트림 1,000개 · us-east-1',
			'▶ Step Functions $108,361 ███████████████▒░ 703개 스로틀',
			'  Express         $40,769 ▓▒▒▒░░░░░░░',
			'  in-process       $8,887 ▄▄',
			'스트림당 절감: Express 88.8% · in-process 97.6%',
		]);
		expect(texts(run[0]!, 56, 5, 'en')).toEqual([
			'day 0/30 · 1,000 streams · us-east-1',
			'▶ Step Functions $0.00',
			'  Express        $0.00',
			'  in-process     $0.00',
			'saving per stream: Express 0.0% · in-process 0.0%',
		]);
		// Three rows: the bars alone.
		expect(texts(run[30]!, 56, 3, 'en')).toEqual([
			'▶ Step Functions $108,361 ██████████████▒░ 703 throttled',
			'  Express         $40,769 ▓▒▒▒░░░░░░░',
			'  in-process       $8,887 ▄▄',
		]);
	});

	it('marks the design the fleet runs and ends the breakdown with the bill, the sum of its lines', () => {
		const last = states({design: 'in-process'}).at(-1)!;
		expect(
			texts(last, 76, 14, 'en')
				.slice(1, 4)
				.map((t) => t.slice(0, 2)),
		).toEqual(['  ', '  ', '▶ ']);
		expect(texts(last, 76, 14, 'en').slice(-3)).toEqual([
			'▄ Fargate vCPU-h         180,000 × $0.04048/vCPU-h    = $7,286',
			'▄ Fargate GB-h           360,000 × $0.004445/GB-h     = $1,600',
			'= in-process bill $8,887 (the sum of the lines above)',
		]);
	});

	it('grows with the terminal and fits every box, in both languages', () => {
		const express = states({design: 'express', streams: 8000});
		for (const s of [run[0]!, run[1]!, run[30]!, express.at(-1)!])
			for (const lang of ['en', 'ko'] as const)
				for (const [w, r] of [
					[56, 3],
					[56, 5],
					[76, 11],
					[116, 30],
					[30, 4],
				] as const)
					expectFits(view(s, w, r, lang), w, r);
		expect(view(run[30]!, 116, 30, 'en').length).toBeGreaterThan(view(run[30]!, 76, 11, 'en').length);
		expect(texts(express.at(-1)!, 76, 3, 'en')[1]).toContain('2,000 throttled');
	});

	it('leaves the state alone', () => {
		expectViewLeavesStateAlone(view, run.slice(0, 4), {freeze: true});
	});
});
