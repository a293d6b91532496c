import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import type {QuizItem} from '../../source/content/schema.js';
import {type Answer, grade} from '../../source/quiz/grade.js';
import {scenarioQuestion, scenarioTargets, variedParams} from '../../source/quiz/scenario.js';
import {simById} from '../../source/sims/registry.js';
import {scenarioItemId} from '../../source/progress/scenario-id.js';

const {packs} = loadPackDir('lessons');
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);

/** The right answer to an item, and one that is wrong. */
function answersTo(item: QuizItem): {right: Answer; wrong: Answer} {
	switch (item.type) {
		case 'numeric':
			return {right: {type: 'numeric', value: item.answer}, wrong: {type: 'numeric', value: item.answer + 2 * item.tolerance + 1}};
		case 'single':
			return {right: {type: 'single', choice: item.answer}, wrong: {type: 'single', choice: (item.answer + 1) % item.choices.length}};
		case 'multi': {
			const other = item.choices.findIndex((_, i) => !item.answers.includes(i));
			return {right: {type: 'multi', choices: item.answers}, wrong: {type: 'multi', choices: other >= 0 ? [other] : [item.answers[0]!]}};
		}
		default:
			throw new Error(`a scenario question is numeric or a choice, not ${item.type}`);
	}
}

describe('a scenario question for every target of every pack simulation', () => {
	const targets = packs.flatMap((pack) => pack.simulations.flatMap((sim) => scenarioTargets(sim).map((target) => ({pack, sim, target}))));

	it('covers each challenge, and the prediction of every simulation without a command line', () => {
		expect(targets.length).toBe(111);
		expect(targets.filter((t) => t.target === 'predict').length).toBe(19);
	});

	for (const pack of packs) {
		it(`builds and grades on seeds 1–20: ${pack.id}`, () => {
			// Seed by seed, so the targets of one simulation share its runs.
			for (const sim of pack.simulations) {
				for (const seed of SEEDS) {
					for (const target of scenarioTargets(sim)) {
						const where = `${sim.id}:${target} seed ${seed}`;
						const q = scenarioQuestion(pack, scenarioItemId(sim.id, target), seed);
						if ('error' in q) throw new Error(`${where}: ${q.error}`);
						expect(q.item.id, where).toBe(scenarioItemId(sim.id, target));
						expect(q.scenario.seed, where).toBe(seed);
						expect(q.item.prompt.en, where).toContain(`seed ${seed}`);
						expect(q.item.prompt.ko, where).toContain(`시드 ${seed}`);
						expect(
							pack.cards.some((c) => c.id === q.item.card),
							where,
						).toBe(true);
						const {right, wrong} = answersTo(q.item);
						expect(grade(q.item, right).correct, where).toBe(true);
						expect(grade(q.item, wrong).correct, where).toBe(false);
						if (q.item.type === 'single' || q.item.type === 'multi') {
							// Every option but "none of these" has a run to play; the learner has at least two to choose from.
							expect(q.item.choices.length, where).toBeGreaterThanOrEqual(2);
							expect(q.scenario.runs.length, where).toBeGreaterThanOrEqual(q.item.choices.length - 1);
						}
					}
				}
			}
		}, 240_000);
	}
});

describe('a prediction question', () => {
	const pack = packs.find((p) => p.id === 'core-algorithms')!;

	it('asks a share as a percentage, graded against the engine on that seed with points of tolerance', () => {
		const deploy = packs.find((p) => p.id === 'deployment-strategies')!;
		const q = scenarioQuestion(deploy, 'sim:deploy-sim:predict', 1);
		if ('error' in q || q.item.type !== 'numeric') throw new Error('expected a numeric question');
		expect(q.item.unit).toEqual({en: '%', ko: '%'});
		expect(q.item.prompt.en).toBe(
			'A bad release meets five deployment strategies, seed 1. Settings: strategy blue-green, bug error rate 0.05, traffic 2000 req/min, users 1000. Run it: what will users hit by errors be?',
		);
		expect([q.item.answer, q.item.tolerance]).toEqual([39.1, 5]);
		expect(grade(q.item, {type: 'numeric', value: 44.1}).correct).toBe(true);
		expect(grade(q.item, {type: 'numeric', value: 44.2}).correct).toBe(false);
	});

	it('asks any other figure in its own units, relative tolerance, with the other figures of the run as the why', () => {
		const q = scenarioQuestion(pack, 'sim:ch-sim:predict', 7);
		if ('error' in q || q.item.type !== 'numeric') throw new Error('expected a numeric question');
		expect(q.item.unit).toBeUndefined();
		expect(q.item.prompt.ko).toBe(
			'일관성 해싱 링, 시드 7. 설정: 서버 수 10대, 키 수 10000개, 가상 노드 8서버당, 추가할 서버 1대. 실행하면 부하 편차(CV) 값은 얼마가 되는가?',
		);
		expect([q.item.answer, q.item.tolerance]).toEqual([0.3278, 0.0656]);
		expect(q.item.explanation.en).toBe(
			'On seed 7 the run gives load spread (CV) = 0.3278. The same run: keys moved 10.53%, hash mod N would move 90.81%, busiest / average 1.624×.',
		);
	});

	it('moves one named setting by the seed (½ to 1½ on its grid), so a seed-blind engine still asks something new', () => {
		const sim = pack.simulations.find((s) => s.id === 'ch-sim')!;
		const plugin = simById('consistent-hashing')!;
		const base = plugin.engine.params.parse(sim.params) as Record<string, unknown>;
		expect(base).toEqual({nodes: 10, vnodes: 8, keys: 10_000, add: 1, remove: 0});
		// Named: servers, keys (kept by the first challenge), virtual nodes, servers added. Seed s moves setting s mod 4
		// by the factor ⌊s/4⌋ mod 5 of [1, ½, 1½, ¾, 1¼]: seeds 1–3 keep all; 5 halves the keys; 6 the virtual nodes; 8 and 12 move the servers.
		expect(variedParams(plugin, sim, base, 1)).toBe(base);
		expect(variedParams(plugin, sim, base, 5)).toEqual({...base, keys: 5000});
		expect(variedParams(plugin, sim, base, 6)).toEqual({...base, vnodes: 4});
		expect(variedParams(plugin, sim, base, 8)).toEqual({...base, nodes: 15});
		expect(variedParams(plugin, sim, base, 12)).toEqual({...base, nodes: 8});
		const q = scenarioQuestion(pack, 'sim:ch-sim:predict', 5);
		if ('error' in q) throw new Error(q.error);
		expect(q.item.prompt.en).toContain('keys 5000 keys');
		expect(q.scenario.runs).toEqual([{...base, keys: 5000}]);
	});

	it('says so for a target that is not there', () => {
		expect(scenarioQuestion(pack, 'sim:ch-sim:no-such-challenge', 1)).toEqual({error: 'no challenge no-such-challenge in ch-sim'});
		expect(scenarioQuestion(pack, 'sim:nope:predict', 1)).toEqual({error: 'no simulation for sim:nope:predict in core-algorithms'});
		expect(scenarioQuestion(pack, 'some-quiz-item', 1)).toEqual({error: 'no simulation for some-quiz-item in core-algorithms'});
	});
});

describe('a challenge question', () => {
	const pack = packs.find((p) => p.id === 'load-balancing')!;

	it("offers the start, the solution, a partial fix and another challenge's fix, right exactly where the run on this seed meets the goal", () => {
		const q = scenarioQuestion(pack, 'sim:lb-sim:beat-round-robin', 3);
		if ('error' in q || q.item.type !== 'single') throw new Error('expected a single choice');
		expect(q.item.choices.map((c) => c.en)).toEqual([
			'the simulation as it starts (nothing changed)',
			'algorithm least-connections, compare with round-robin',
			'compare with round-robin',
			'algorithm weighted-round-robin, compare with round-robin, server a weight 2, server b weight 2',
		]);
		expect(q.item.answer).toBe(1);
		expect(q.item.explanation.en.split('\n')[0]).toBe('On seed 3:');
		expect(q.item.explanation.en).toContain('✓ algorithm least-connections, compare with round-robin');
	});
});
