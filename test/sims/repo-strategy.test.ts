import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {Random, seedRandom} from '../../source/sims/random.js';
import {repoStrategy as engine, type RepoStrategyState} from '../../source/sims/repo-strategy/engine.js';
import {buildGraph} from '../../source/sims/repo-strategy/graph.js';
import {narrateRepoStrategy} from '../../source/sims/repo-strategy/narrate.js';
import {ciMinutesOf, nextDeploy} from '../../source/sims/repo-strategy/plan.js';
import type {RepoStrategySummary} from '../../source/sims/repo-strategy/summary.js';
import {challengeMet, runHeadless} from '../../source/sims/run.js';

const parse = (params: Record<string, unknown>) => engine.params.parse(params);
const summaryOf = (params: Record<string, unknown>, seed = 1) => runHeadless(engine, parse(params), seed).summary as RepoStrategySummary;
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);

function runToEnd(params: Record<string, unknown>, seed = 1): RepoStrategyState {
	let s = engine.init(parse(params), seed);
	while (!engine.done(s)) s = engine.step(s, {type: 'tick'});
	return s;
}

describe('the graph and the costs (hand-computed)', () => {
	it('each service uses min(libsPerService, libraries) distinct libraries; one with none reaches core directly', () => {
		const g = buildGraph(parse({}), new Random(seedRandom(3)));
		for (const libs of g.libsOf) {
			expect(libs).toHaveLength(2);
			expect(new Set(libs).size).toBe(2);
		}
		const bare = buildGraph(parse({libsPerService: 0}), new Random(seedRandom(3)));
		expect(bare.direct.every(Boolean)).toBe(true);
	});

	it('PRs: 1 + 8 + 40 = 49 in a polyrepo, 1 in a monorepo', () => {
		expect(summaryOf({}).prsNeeded).toBe(49);
		expect(summaryOf({mode: 'monorepo'}).prsNeeded).toBe(1);
	});

	it('CI minutes: a full monorepo build (1 + 48 + 300) × 6 = 2094; affected only 49 × 6 = 294; remote cache 294 + 300 × 0.2 = 354', () => {
		expect(ciMinutesOf(parse({mode: 'monorepo'}))).toBe(2094);
		expect(ciMinutesOf(parse({mode: 'monorepo', affectedOnly: true}))).toBe(294);
		expect(ciMinutesOf(parse({mode: 'monorepo', remoteCache: true}))).toBeCloseTo(354, 9);
		expect(ciMinutesOf(parse({}))).toBe(294);
	});

	it('the monorepo change merges after review plus CI wall time: 4 h + 2094 / 20 / 60 h', () => {
		const s = engine.init(parse({mode: 'monorepo'}), 1);
		expect(s.plan.coreRelease).toBeCloseTo(4 + 2094 / 20 / 60, 1);
		expect(s.plan.serviceDone.every((d) => d === s.plan.coreRelease)).toBe(true);
	});

	it('a service deploys at its next slot: phase 5 of a 24 h cycle, ready at 5.75 h → 29 h; ready at 3 h → 5 h', () => {
		const p = parse({});
		expect(nextDeploy(p, 5, 5.75)).toBe(29);
		expect(nextDeploy(p, 5, 3)).toBe(5);
	});
});

describe('invariants over 50 seeds', () => {
	it('deploy after merge after core; a polyrepo service waits for its libraries unless one version is pinned', () => {
		for (let seed = 1; seed <= 50; seed++) {
			for (const params of [{}, {oneVersion: true}, {mode: 'monorepo'}, {bumpBot: true, breaking: true}]) {
				const s = engine.init(parse(params), seed);
				s.plan.serviceDone.forEach((done, i) => {
					expect(s.plan.deployAt[i]!).toBeGreaterThanOrEqual(done);
					expect(done).toBeGreaterThanOrEqual(s.plan.coreRelease);
					if (s.params.mode === 'polyrepo' && !(s.params.oneVersion && !s.params.breaking))
						for (const l of s.graph.libsOf[i]!) expect(done).toBeGreaterThan(s.plan.libDone[l]!);
				});
				for (let h = 1; h < s.series.fixed.length; h++) expect(s.series.fixed[h]!).toBeGreaterThanOrEqual(s.series.fixed[h - 1]!);
			}
		}
	});

	it('no diamond ever in a monorepo or with one version; one version running once every service is fixed', () => {
		for (let seed = 1; seed <= 50; seed++) {
			expect(summaryOf({mode: 'monorepo'}, seed).peakDiamonds).toBe(0);
			expect(summaryOf({oneVersion: true}, seed).peakDiamonds).toBe(0);
			const end = summaryOf({bumpBot: true}, seed);
			expect(end.allFixed).toBe(true);
			expect(end.versionsInFlight).toBe(1);
		}
	});
});

describe('the live action and the narration', () => {
	it('a vacation delays the first unmerged service by five days', () => {
		const s = engine.init(parse({}), 1);
		const target = s.plan.serviceDone.findIndex((d) => d > 0);
		const after = engine.step(s, {type: 'vacation'});
		expect(after.plan.serviceDone[target]).toBe(s.plan.serviceDone[target]! + 5 * 24);
		expect(narrateRepoStrategy(s, after, {type: 'vacation'})[0]!.en).toBe(
			`the team of svc-${String(target).padStart(2, '0')} goes on vacation: its bump waits 5 more days`,
		);
	});

	it('a vacation lasts vacationDays', () => {
		const s = engine.init(parse({vacationDays: 2}), 1);
		const target = s.plan.serviceDone.findIndex((d) => d > 0);
		const after = engine.step(s, {type: 'vacation'});
		expect(after.plan.serviceDone[target]).toBe(s.plan.serviceDone[target]! + 48);
		expect(narrateRepoStrategy(s, after, {type: 'vacation'})[0]!.ko).toBe(
			`svc-${String(target).padStart(2, '0')} 팀이 휴가를 떠났다. 버전 올림이 2일 더 늦어진다`,
		);
	});

	it('a quiet hour says nothing; the next event sums up the quiet stretch first', () => {
		let s = engine.init(parse({mode: 'monorepo'}), 1);
		const said: string[][] = [];
		while (!engine.done(s)) {
			const next = engine.step(s, {type: 'tick'});
			said.push(narrateRepoStrategy(s, next, {type: 'tick'}).map((l) => l.en));
			s = next;
		}
		expect(said.slice(0, 5)).toEqual([[], [], [], [], []]);
		expect(said[5]).toEqual([
			'hours 1–5: nothing merged or deployed',
			'hour 6: the one atomic change merges: core and all 48 dependents at once',
			'svc-02, svc-18 deployed: now running the fix',
		]);
		expect(said.flat().some((l) => l.includes('waiting'))).toBe(false);
		expect(said.filter((l) => l.length > 0).length).toBeLessThan(said.length);
	});

	it('the monorepo run names its one atomic change at hour 6', () => {
		let s = engine.init(parse({mode: 'monorepo'}), 1);
		const said: string[] = [];
		while (s.hour < 6) {
			const next = engine.step(s, {type: 'tick'});
			said.push(...narrateRepoStrategy(s, next, {type: 'tick'}).map((l) => l.en));
			s = next;
		}
		expect(said).toContain('hour 6: the one atomic change merges: core and all 48 dependents at once');
		expect(runToEnd({mode: 'monorepo'}).series.diamonds.every((d) => d === 0)).toBe(true);
	});
});

const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 55)!;
const sim = pack.simulations.find((s) => s.engine === 'repo-strategy')!;
const challenge = (id: string) => sim.challenges.find((c) => c.id === id)!;
/** The seeds on which these params meet the challenge: its goal, with the scenario it keeps unchanged. */
function metOn(id: string, params: Record<string, unknown>): number[] {
	const start = engine.params.parse(sim.params);
	const set = engine.params.parse({...(sim.params as object), ...params});
	return SEEDS.filter((seed) => challengeMet(challenge(id), start, set, runHeadless(engine, set, seed).summary));
}

describe('each challenge is met only by its idea (seeds 1–20)', () => {
	const cases: [string, Record<string, unknown>[]][] = [
		[
			'fixed-within-a-day',
			[
				{},
				{bumpBot: true},
				{bumpBot: true, oneVersion: true},
				{bumpBot: true, oneVersion: true, reviewHours: 0}, // instant reviews
				{bumpBot: true, deployEveryHours: 1}, // deploying every hour
				{mode: 'monorepo', services: 1},
				{mode: 'monorepo', deployEveryHours: 1},
			],
		],
		[
			'build-only-what-changed',
			[
				{},
				{mode: 'monorepo'},
				{mode: 'monorepo', otherPackages: 0},
				{mode: 'monorepo', affectedOnly: true, services: 1},
				{affectedOnly: true},
			],
		],
		['no-diamonds', [{}, {skewVersions: 1}, {libsPerService: 0}, {mode: 'monorepo'}, {bumpBot: true}]],
		[
			'bot-does-the-bumps',
			[{}, {teamPickupDays: 0}, {mode: 'monorepo'}, {oneVersion: true}, {bumpBot: true, deployEveryHours: 1, teamPickupDays: 3}],
		],
	];

	it.each(cases)('%s: the solution meets it on every seed; the defaults and degenerate settings on none', (id, failing) => {
		expect(metOn(id, challenge(id).solution!)).toEqual(SEEDS);
		for (const params of failing) expect(metOn(id, params), JSON.stringify(params)).toEqual([]);
	});

	it('fixed-within-a-day: deploy slots cover every hour, so the monorepo is fixed by 1.21 days and the best polyrepo at 1.33 on every seed', () => {
		const best = {bumpBot: true, oneVersion: true, buildMinutes: 1, teamPickupDays: 0};
		for (const seed of SEEDS) {
			expect(summaryOf({mode: 'monorepo'}, seed).daysToAllFixed).toBe(1.21);
			expect(summaryOf(best, seed).daysToAllFixed).toBe(1.33);
		}
		expect([...runToEnd({}).plan.phase].sort((a, b) => a - b)).toEqual(Array.from({length: 40}, (_, k) => Math.floor((k * 24) / 40)));
	});

	it('the first challenge asks to predict the days until every service is fixed', () => {
		expect((challenge('fixed-within-a-day').goal as {metric: string}[]).at(-1)!.metric).toBe('daysToAllFixed');
	});
});
