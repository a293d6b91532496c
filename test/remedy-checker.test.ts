import {describe, expect, it} from 'vitest';
import {loadPackDir, loadPacks} from '../source/content/load-packs.js';
import {formatProblem} from '../source/content/parse-pack.js';
import {misconceptionInfo} from '../source/progress/misconceptions.js';

const file = 'test/fixtures/bad-remedy/bad-remedy.yaml';

describe('the pack checker on misconception remedies', () => {
	it('names an unknown simulation or challenge, a second label and a second remedy, each at its line', () => {
		const {packs, problems} = loadPacks([file], {known: loadPackDir('lessons').packs});
		expect(packs).toEqual([]);
		expect(problems.filter((p) => !p.warning).map(formatProblem)).toEqual([
			`${file}:18:120 quiz.0.choices.1.misconception.remedy.simulation: no simulation with id "rl-simm" in this pack (it has: rl)`,
			`${file}:19:140 quiz.0.choices.2.misconception.remedy.challenge: simulation "rl" has no challenge "no-drop" (it has: absorb-burst)`,
			`${file}:30:14 quiz.1.misconception.label: misconception "no-such-challenge" has another label elsewhere ("Idea two"): one id, one idea`,
			`${file}:31:15 quiz.1.misconception.remedy: misconception "no-such-challenge" has another remedy elsewhere (rl / no-drop)`,
		]);
	});
});

describe('the shipped packs’ remedies', () => {
	it('every chapter names a simulation that shows the counter-example to at least one of its misconceptions', () => {
		const counts = loadPackDir('lessons').packs.map((p) => [p.chapter, misconceptionInfo(p).filter((i) => i.simulation).length]);
		expect(counts.filter(([, n]) => n === 0)).toEqual([]);
		expect(counts.reduce((sum, [, n]) => sum + n!, 0)).toBe(36);
	});
});
