/**
 * What makes the API-evolution simulation teach beyond its engine: the
 * geometric skipping behind its rare events, its narration on the plugin
 * signature, and the pack's challenges, which must be the tested ones.
 */
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {FastRandom} from '../../source/sims/api-evolution/fast-random.js';
import {
	type ApiEvolutionAction,
	apiEvolution,
	apiEvolutionChallenges,
	apiEvolutionPredictions,
	apiEvolutionSim,
	narrateApiEvolution,
} from '../../source/sims/api-evolution/index.js';
import {RareEvents} from '../../source/sims/api-evolution/rare.js';
import {seedRandom} from '../../source/sims/random.js';
import {simById} from '../../source/sims/registry.js';
import {mainGoal} from '../../source/sims/run.js';

describe('api-evolution: rare events by geometric skipping', () => {
	it.each([0.5, 0.01, 0.0001])('hits with probability %f, one draw per hit rather than per trial', (p) => {
		const random = new FastRandom(seedRandom(3));
		const rare = new RareEvents(p, random);
		const trials = 2_000_000;
		let hits = 0;
		for (let i = 0; i < trials; i++) if (rare.hit()) hits++;
		const se = Math.sqrt((p * (1 - p)) / trials);
		expect(Math.abs(hits / trials - p)).toBeLessThan(5 * se);
	});

	it('leaves the same gaps as independent trials: P(no hit in the first k) = (1 − p)^k', () => {
		const p = 0.01;
		const runs = 20_000;
		let none = 0;
		for (let r = 0; r < runs; r++) {
			const rare = new RareEvents(p, new FastRandom(seedRandom(r + 1)));
			let hit = false;
			for (let k = 0; k < 100 && !hit; k++) hit = rare.hit();
			if (!hit) none++;
		}
		const expected = (1 - p) ** 100;
		expect(Math.abs(none / runs - expected)).toBeLessThan(5 * Math.sqrt((expected * (1 - expected)) / runs));
	});

	it('never hits at p = 0 and always at p = 1', () => {
		const random = new FastRandom(seedRandom(1));
		const never = new RareEvents(0, random);
		const always = new RareEvents(1, random);
		for (let i = 0; i < 1000; i++) {
			expect(never.hit()).toBe(false);
			expect(always.hit()).toBe(true);
		}
	});
});

describe('api-evolution: narration', () => {
	const run = (params: object) => {
		let s = apiEvolution.init(apiEvolution.params.parse(params), 1);
		const said: string[][] = [];
		while (!apiEvolution.done(s)) {
			const next = apiEvolution.step(s, {type: 'tick'});
			said.push(narrateApiEvolution(s, next, {type: 'tick'}).flatMap((l) => [l.en, l.ko]));
			s = next;
		}
		return said;
	};

	it('tells each batch in one sentence, and at the end the measured shares beside the formulas', () => {
		const said = run({});
		expect(said).toHaveLength(20);
		expect(said[0]![0]).toMatch(/^direct calls: screens 1–250 loaded; the slowest took [\d,]+ ms \(/);
		expect(said[0]![1]).toMatch(/^직접 호출: 화면 1–250번 중 .*가장 느린 화면은 [\d,]+ ms였다 \(.*다\)$/);
		expect(said.at(-1)).toEqual([
			expect.stringMatching(/^direct calls: screens 4751–5000 loaded/),
			expect.stringMatching(/^직접 호출: 화면 4751–5000번/),
			'all 5,000 screens loaded: 26.4% waited on a slow call (formula 26.0%), 99.70% were served (formula 99.70% for 30 dependencies)',
			'화면 5,000개를 모두 불러왔다: 26.4%가 느린 호출을 기다렸고(공식 26.0%), 99.70%가 떴다(의존성 30개의 공식 99.70%)',
		]);
	});

	it('tells what a live action changed, and why one is refused', () => {
		const start = apiEvolution.init(apiEvolution.params.parse({}), 1);
		const act = (s: typeof start, a: ApiEvolutionAction) => narrateApiEvolution(s, apiEvolution.step(s, a), a);
		expect(act(start, {type: 'slow-dependency', dependency: 2})).toEqual([
			{
				en: 'dependency #3 is now slow on every call (about 1,000 ms): every screen waits for it unless a timeout cuts it',
				ko: '의존성 #3: 이제 매번 느리다(약 1,000 ms). 타임아웃으로 끊지 않으면 모든 화면이 이 호출을 기다린다',
			},
		]);
		expect(act(start, {type: 'slow-dependency', dependency: 30})).toEqual([
			{en: 'there is no dependency #31: they are #1–#30', ko: '없는 의존성이다(#31). #1–#30 중에서 고른다'},
		]);
		const slowed = apiEvolution.step(start, {type: 'slow-dependency', dependency: 0});
		expect(act(slowed, {type: 'recover'})).toEqual([
			{en: 'every dependency answers at its usual pace again', ko: '모든 의존성이 다시 평소 속도로 응답한다'},
		]);
		expect(act(start, {type: 'recover'})).toEqual([]);
	});
});

describe('api-evolution: the simulation the pack offers', () => {
	const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 52)!;
	const sim = pack.simulations.find((s) => s.engine === 'api-evolution')!;

	it('is registered, and the pack names it with the tested challenges, in order', () => {
		expect(simById('api-evolution')).toBe(apiEvolutionSim);
		expect(JSON.parse(JSON.stringify(sim.challenges))).toEqual(JSON.parse(JSON.stringify(apiEvolutionChallenges)));
	});

	it('asks first for the share of slow screens, a figure the screen labels', () => {
		const metric = mainGoal(sim.challenges[0]!.goal)?.metric;
		expect(metric).toBe('slowScreens');
		expect(apiEvolutionPredictions[0]!.metric).toBe(metric);
		expect(apiEvolutionSim.results?.[metric!]).toMatchObject({percent: true});
	});

	it('cites its sources with a title and an address, and marks every other number as assumed', () => {
		for (const [name, info] of Object.entries(apiEvolutionSim.params!)) {
			if (info.source) expect(info.source, name).toMatch(/ — https:\/\/\S+$/);
			else if (info.step !== undefined) expect(info.assumed, name).toBe(true);
		}
	});
});
