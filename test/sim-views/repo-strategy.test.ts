import {describe, expect, it} from 'vitest';
import {repoStrategy as engine} from '../../source/sims/repo-strategy/engine.js';
import {repoStrategyLegend} from '../../source/sims/repo-strategy/legend.js';
import {repoStrategyView as view} from '../../source/sims/repo-strategy/view.js';
import {repoStrategySim} from '../../source/sims/repo-strategy/index.js';
import {expectFrame, viewBox} from '../support/sims.js';

/** The default polyrepo, 100 hours in: some services fixed, most stuck in diamond conflicts. */
function state() {
	let s = engine.init(engine.params.parse({}), 1);
	for (let i = 0; i < 100; i++) s = engine.step(s, {type: 'tick'});
	return s;
}

const box = (columns: number, rows: number) => viewBox(repoStrategySim, columns, rows);

const FRAMES: Record<string, string[]> = {
	'56x5 en': [
		'polyrepo · day 4.2 (hour 100) · PRs 12/49 · CI 294 min',
		'core ●  lib ○●●○●●○○',
		'svc  ✗✗✗✗✗✗○✗✗●●✗✗✗✗✗○✗✗✗✗✗◐✗◐○✗✗●◐✗◐✗✗✗✗✗✗✗✗',
		'core versions running 3 · diamond conflicts 30 (peak 35)',
		'fixed 3/40 ███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
	],
	'56x5 ko': [
		'폴리레포 · 4.2일째(100시간) · PR 12/49 · CI 294분',
		'core ●  lib ○●●○●●○○',
		'svc  ✗✗✗✗✗✗○✗✗●●✗✗✗✗✗○✗✗✗✗✗◐✗◐○✗✗●◐✗◐✗✗✗✗✗✗✗✗',
		'운영 중인 코어 버전 3개 · 다이아몬드 충돌 30(최대 35)',
		'고친 서비스 3/40 ███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
	],
	'76x13 en': [
		'polyrepo · day 4.2 (hour 100) · PRs 12/49 · CI 294 min',
		'core ●  lib ○●●○●●○○',
		'svc  ✗✗✗✗✗✗○✗✗●●✗✗✗✗✗○✗✗✗✗✗◐✗◐○✗✗●◐✗◐✗✗✗✗✗✗✗✗',
		'core versions running 3 · diamond conflicts 30 (peak 35)',
		'fixed 3/40 █████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
		'PRs 1 + 8 + 40 (core, libraries, services) · CI 294 min (0.1 h elapsed)',
		'fixed by day ▁▁▁▁',
	],
	'76x13 ko': [
		'폴리레포 · 4.2일째(100시간) · PR 12/49 · CI 294분',
		'core ●  lib ○●●○●●○○',
		'svc  ✗✗✗✗✗✗○✗✗●●✗✗✗✗✗○✗✗✗✗✗◐✗◐○✗✗●◐✗◐✗✗✗✗✗✗✗✗',
		'운영 중인 코어 버전 3개 · 다이아몬드 충돌 30(최대 35)',
		'고친 서비스 3/40 ████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░',
		'PR 1 + 8 + 40개(코어, 라이브러리, 서비스) · CI 294분(걸린 시간 0.1시간)',
		'하루 끝마다 고친 비율 ▁▁▁▁',
	],
};

describe('repo-strategy drawing (exact frames)', () => {
	it('the boxes are 56×5 at 60×16 and 76×13 at 80×24', () => {
		expect(box(60, 16)).toEqual([56, 5]);
		expect(box(80, 24)).toEqual([76, 13]);
	});

	it.each(Object.entries(FRAMES))('%s', (name, lines) => expectFrame(view, state(), name, lines));

	it('a monorepo never draws a diamond (✗) and ends with every service ●', () => {
		let s = engine.init(engine.params.parse({mode: 'monorepo'}), 1);
		while (!engine.done(s)) {
			expect(view(s, 76, 13, 'en').some((l) => l.text.includes('✗'))).toBe(false);
			s = engine.step(s, {type: 'tick'});
		}
		expect(view(s, 76, 13, 'en')[2]!.text).toBe(`svc  ${'●'.repeat(40)}`);
	});

	it('has a legend line for line in both languages', () => {
		expect(repoStrategyLegend('ko')).toHaveLength(repoStrategyLegend('en').length);
	});
});
