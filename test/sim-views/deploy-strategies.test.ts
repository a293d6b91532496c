import {describe, expect, it} from 'vitest';
import {type DeployState, deployStrategies as engine} from '../../source/sims/deploy-strategies/engine.js';
import {deployLegend} from '../../source/sims/deploy-strategies/legend.js';
import {deployView} from '../../source/sims/deploy-strategies/view.js';
import {widthOf} from '../../source/sims/view-kit.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const at = (params: object, minute: number): DeployState => runStates<DeployState>(engine, params)[minute]!;

// The pack's run: blue-green, a 5% bug released at minute 5, green serving from minute 7,
// five failed checks by minute 11, back on blue at minute 12.
const blueGreen = at({strategy: 'blue-green'}, 12);

describe('deploy-strategies view', () => {
	it('at 60×16 (56×5): status, share and error charts, checks, users hit', () => {
		expect(deployView(blueGreen, 56, 5, 'en')).toEqual([
			{text: 'min 12/60 · blue-green · rolled back · v2 0%', color: 'green'},
			{text: 'v2   ···███', color: 'cyan'},
			{text: 'err  ···▒▒▒', color: 'red'},
			{text: 'checks 5/5 · detect 4min · rollback 1min', color: 'yellow'},
			{text: 'hit 39.1% · seen 100% · budget 0.58% of 43.2 min', color: 'red'},
		]);
		expect(deployView(blueGreen, 56, 5, 'ko')).toEqual([
			{text: '분 12/60 · 블루-그린 · 롤백 완료 · v2 0%', color: 'green'},
			{text: 'v2   ···███', color: 'cyan'},
			{text: '오류 ···▒▒▒', color: 'red'},
			{text: '검사 5/5 · 감지 4분 · 롤백 1분', color: 'yellow'},
			{text: '피해 39.1% · 노출 100% · 예산 43.2분 중 0.58%', color: 'red'},
		]);
	});

	it('at 80×24 (76×13): a taller share chart, the minute ruler, pods, budget and the canary odds', () => {
		expect(deployView(blueGreen, 76, 13, 'en')).toEqual([
			{text: 'min 12/60 · blue-green · rolled back · v2 0%', color: 'green'},
			{text: '100%       █████', color: 'cyan'},
			{text: '           █████', color: 'cyan'},
			{text: '           █████', color: 'cyan'},
			{text: 'v2   ······█████·', color: 'cyan'},
			{text: 'err  ······▒▒▒▒▒·', color: 'red'},
			{text: '     |    ^    !         |         |         |         |', color: 'gray'},
			{text: 'pods oooooooo  o8 N0'},
			{text: 'checks 5/5 · detect 4min · rollback 1min', color: 'yellow'},
			{text: 'hit 39.1% · seen 100% · 475 user-min · budget 0.58% of 43.2 min', color: 'red'},
			{text: 'down 0min · extra 100% (56 pod-min)'},
			{text: 'canary 100 req/check, fails at ≥2 · miss <0.001% · false <0.001%', color: 'gray'},
		]);
		const ko = deployView(blueGreen, 76, 13, 'ko').map((l) => l.text);
		expect(ko[5]).toBe('오류 ······▒▒▒▒▒·');
		expect(ko[7]).toBe('파드 oooooooo  o8 N0');
		expect(ko[9]).toBe('피해 39.1% · 노출 100% · 475 사용자·분 · 예산 43.2분 중 0.58%');
		expect(ko[11]).toBe('카나리 검사당 100요청, 2건 이상이면 실패 · 놓침 <0.001% · 헛경보 <0.001%');
	});

	it('on a tall screen the share chart grows to eight rows, 100% at the top', () => {
		const share = deployView(blueGreen, 116, 29, 'en').filter((l) => l.color === 'cyan');
		expect(share.map((l) => l.text)).toEqual(['100%       █████', ...Array(6).fill('           █████'), 'v2   ······█████·']);
	});

	it('draws the servers of a rolling batch and the blue fleet kept idle', () => {
		// Minute 7 of a rolling update of 8: 2 old stopped, 4 new starting, 2 old still serving beside the 4 ready.
		expect(deployView(at({strategy: 'rolling', badErrorRate: 0}, 7), 76, 13, 'en')[7]).toEqual({text: 'pods oo--++++NNNN  o2 N4 +4'});
		expect(deployView(at({strategy: 'blue-green', badErrorRate: 0}, 8), 76, 13, 'en')[7]).toEqual({
			text: 'pods NNNNNNNNbbbbbbbb  o0 N8 b8',
		});
		expect(deployView(at({strategy: 'toggle'}, 9), 76, 13, 'en')[7]).toEqual({
			text: 'pods: flag on for 5% of users · 8 pods all run v2 (flag off = old path)',
		});
	});

	it('shows the schema line when the release changes the schema', () => {
		const broken = at({strategy: 'rolling', schemaChange: 'breaking', badErrorRate: 0}, 8);
		expect(deployView(broken, 56, 5, 'en')).toEqual([
			{text: 'min 8/60 · rolling · deploying · v2 66.67%', color: 'red'},
			{text: 'v2   ···▆', color: 'cyan'},
			{text: 'err  ··█▓', color: 'red'},
			{text: 'hit 99.8% · seen 93.4% · budget 6.17% of 43.2 min', color: 'red'},
			{text: 'schema: renamed in one step · errors 5334', color: 'red'},
		]);
		const safe = runStates<DeployState>(engine, {strategy: 'rolling', schemaChange: 'expand-contract', badErrorRate: 0}).at(-1)!;
		expect(deployView(safe, 56, 5, 'ko')[4]).toEqual({text: '스키마: 확장 ✓ → 이전 ✓ → 축소 ✓ · 오류 0'});
	});

	it('fits every box from 3 columns up, in both languages, through whole runs of every strategy', () => {
		const sizes: [number, number][] = [
			[20, 3],
			[40, 4],
			[56, 3],
			[56, 5],
			[60, 8],
			[76, 6],
			[76, 13],
			[116, 29],
		];
		for (const strategy of ['big-bang', 'rolling', 'blue-green', 'canary', 'toggle'])
			for (const schemaChange of ['none', 'breaking', 'expand-contract']) {
				const states = runStates<DeployState>(engine, {strategy, schemaChange, minutes: 240, instances: 40});
				expectViewFitsEverySize(
					deployView,
					states.filter((_, i) => i % 20 === 0 || i === states.length - 1),
					sizes,
				);
			}
	});

	it('leaves the state alone', () => {
		expectViewLeavesStateAlone(deployView, runStates<DeployState>(engine, {strategy: 'canary'}).slice(0, 20), {freeze: true});
	});

	it('has a legend line for line in both languages, each within the 76 columns of an 80×24 screen', () => {
		expect(deployLegend('ko')).toHaveLength(deployLegend('en').length);
		for (const line of [...deployLegend('en'), ...deployLegend('ko')]) expect(widthOf(line), line).toBeLessThanOrEqual(76);
	});
});
