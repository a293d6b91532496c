import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {
	type DeployAction,
	type DeployState,
	type DeploySummary,
	deployStrategies as engine,
} from '../../source/sims/deploy-strategies/engine.js';
import {deployLiveActions} from '../../source/sims/deploy-strategies/live-actions.js';
import {narrateDeploy} from '../../source/sims/deploy-strategies/narrate.js';
import {fenceposts, fleetUpdateMinutes} from '../../source/sims/deploy-strategies/rollout.js';
import {
	binomialAtLeast,
	binomialPmf,
	canaryOdds,
	errorBudgetMinutes,
	failChance,
	failingCount,
} from '../../source/sims/deploy-strategies/stats.js';
import {meets, runHeadless} from '../../source/sims/run.js';
import {runStates} from '../support/sims.js';

const summaryOf = (params: Record<string, unknown>, seed = 1) =>
	runHeadless(engine, engine.params.parse(params), seed).summary as DeploySummary;
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);
const STRATEGIES = ['big-bang', 'rolling', 'blue-green', 'canary', 'toggle'] as const;

describe('error budget', () => {
	it('is 43.2 minutes for 99.9% over 30 days, 4.32 for 99.99%, 432 for 99%', () => {
		expect(errorBudgetMinutes(0.999, 30)).toBe(43.2);
		expect(errorBudgetMinutes(0.9999, 30)).toBe(4.32);
		expect(errorBudgetMinutes(0.99, 30)).toBe(432);
		expect(errorBudgetMinutes(0.999, 7)).toBe(10.08);
	});

	it('counts failed requests as minutes of full outage', () => {
		const s = summaryOf({strategy: 'big-bang'});
		// Big bang: down while swapping in (5 min) and again while swapping back (5 min).
		expect(s.downtimeMinutes).toBe(10);
		expect(s.rollbackMinutes).toBe(6);
		expect(s.budget.minutes).toBe(43.2);
		expect(s.budget.usedMinutes).toBeCloseTo(s.releaseErrors / 2000, 4);
		expect(s.budget.usedShare).toBeCloseTo(s.releaseErrors / 2000 / 43.2, 6);
		expect(s.budget.usedMinutes).toBeGreaterThan(10);
	});
});

describe('binomial odds, exact', () => {
	it('agrees with values worked by hand', () => {
		// P(X ≥ 2), n = 50, p = 0.01: 1 − 0.99^50 − 50 × 0.01 × 0.99^49
		expect(binomialAtLeast(50, 2, 0.01)).toBeCloseTo(1 - 0.99 ** 50 - 50 * 0.01 * 0.99 ** 49, 14);
		expect(binomialAtLeast(50, 2, 0.01)).toBeCloseTo(0.0894353131, 9);
		// P(X ≥ 1) = 1 − (1 − p)^n
		expect(binomialAtLeast(20, 1, 0.02)).toBeCloseTo(1 - 0.98 ** 20, 14);
		// A fair coin: P(X ≥ 5 of 10) = 638/1024
		expect(binomialAtLeast(10, 5, 0.5)).toBeCloseTo(638 / 1024, 14);
		expect(binomialPmf(10, 5, 0.5)).toBeCloseTo(252 / 1024, 14);
		expect(binomialAtLeast(10, 0, 0.3)).toBe(1);
		expect(binomialAtLeast(10, 11, 0.3)).toBe(0);
		expect(binomialAtLeast(0, 1, 0.3)).toBe(0);
	});

	it('matches a direct sum of every term, on both sides of the mean', () => {
		const direct = (n: number, k: number, p: number) => {
			let sum = 0;
			for (let i = k; i <= n; i++) sum += binomialPmf(n, i, p);
			return sum;
		};
		for (const [n, p] of [
			[20, 0.001],
			[100, 0.02],
			[200, 0.05],
			[1000, 0.3],
		] as const)
			for (const k of [1, 2, 3, 5, 10, 40, 300])
				if (k <= n) expect(binomialAtLeast(n, k, p), `${n} ${k} ${p}`).toBeCloseTo(direct(n, k, p), 12);
	});

	it('approaches the Poisson tail for many requests and a rare failure', () => {
		// n = 10,000, p = 0.0002: λ = 2, P(X ≥ 3) ≈ 1 − e^−2 (1 + 2 + 2)
		expect(binomialAtLeast(10000, 3, 0.0002)).toBeCloseTo(1 - Math.exp(-2) * 5, 4);
	});

	it('gives the canary of the pack: 20 requests a check, one failure fails it', () => {
		const odds = canaryOdds({rpm: 2000, share: 0.01, threshold: 0.01, base: 0.001, bug: 0.02, bake: 10, failed: 5});
		expect(odds.requestsPerCheck).toBe(20);
		expect(odds.failingRequests).toBe(1);
		expect(odds.checkFalseAlarm).toBeCloseTo(1 - 0.999 ** 20, 14);
		const pBad = 1 - 0.999 * 0.98;
		expect(failChance(0.001, 0.02)).toBeCloseTo(pBad, 15);
		expect(odds.checkDetect).toBeCloseTo(1 - (1 - pBad) ** 20, 14);
		// Missed: fewer than 5 of 10 checks fail.
		let missed = 0;
		for (let i = 0; i < 5; i++) missed += binomialPmf(10, i, odds.checkDetect);
		expect(odds.missed).toBeCloseTo(missed, 12);
		expect(odds.missed).toBeGreaterThan(0.5);
	});

	it('fails a check at more than the threshold: ⌊threshold × n⌋ + 1 failures', () => {
		expect(failingCount(100, 0.01)).toBe(2);
		expect(failingCount(100, 0.07)).toBe(8);
		expect(failingCount(100, 0.29)).toBe(30);
		expect(failingCount(20, 0)).toBe(1);
		expect(failingCount(0, 0.01)).toBe(1);
	});
});

describe('Kubernetes rolling update fenceposts', () => {
	it('rounds maxSurge up and maxUnavailable down (defaults 25%)', () => {
		expect(fenceposts(8, 0.25, 0.25)).toEqual({surge: 2, unavailable: 2});
		expect(fenceposts(10, 0.25, 0.25)).toEqual({surge: 3, unavailable: 2});
		expect(fenceposts(10, 0.3, 0.3)).toEqual({surge: 3, unavailable: 3});
		expect(fenceposts(1, 0.25, 0.25)).toEqual({surge: 1, unavailable: 0});
		// Both rounding to zero: one pod may go down.
		expect(fenceposts(3, 0, 0.25)).toEqual({surge: 0, unavailable: 1});
	});

	it('rejects maxSurge and maxUnavailable both 0, as Kubernetes does', () => {
		expect(engine.params.safeParse({maxSurge: 0, maxUnavailable: 0}).success).toBe(false);
	});

	it('never runs more than the fleet plus the surge, nor serves with fewer than the fleet less the unavailable', () => {
		for (const [n, surge, unavail] of [
			[8, 0.25, 0.25],
			[10, 0.3, 0],
			[7, 0, 0.5],
			[1, 0.25, 0.25],
		] as const) {
			const f = fenceposts(n, surge, unavail);
			const states = runStates<DeployState>(engine, {strategy: 'rolling', instances: n, maxSurge: surge, maxUnavailable: unavail});
			for (const s of states) {
				const r = s.rollout;
				expect(r.oldPods + r.newPods + r.startingPods).toBeLessThanOrEqual(n + f.surge);
				expect(r.oldPods + r.newPods).toBeGreaterThanOrEqual(n - f.unavailable);
			}
		}
	});

	it('updates a fleet of 8 in two batches of 4 (2 surge + 2 unavailable)', () => {
		expect(fleetUpdateMinutes(engine.params.parse({}))).toBe(4);
		const states = runStates<DeployState>(engine, {strategy: 'rolling', badErrorRate: 0});
		// Released at minute 5; the first batch is ready at 7, the second at 9.
		expect(states[6]!.rollout).toMatchObject({oldPods: 6, newPods: 0, startingPods: 4});
		expect(states[7]!.rollout).toMatchObject({oldPods: 2, newPods: 4, startingPods: 4, stoppingPods: 2});
		expect(states[9]!.rollout).toMatchObject({phase: 'live', oldPods: 0, newPods: 8});
	});
});

describe('a bad release meets each strategy', () => {
	it('blue-green: a one-minute rollback, yet everyone saw the new version', () => {
		for (const seed of SEEDS) {
			const s = summaryOf({strategy: 'blue-green'}, seed);
			expect(s.detected).toBe(true);
			expect(s.detectMinutes).toBe(4);
			expect(s.rollbackMinutes).toBe(1);
			expect(s.exposedShare).toBeGreaterThan(0.99);
			expect(s.affectedShare).toBeGreaterThan(0.3);
			expect(s.extraCapacity.peakShare).toBe(1);
		}
	});

	it('canary and toggle: only the cohort sees it', () => {
		for (const seed of SEEDS)
			for (const strategy of ['canary', 'toggle'] as const) {
				const s = summaryOf({strategy}, seed);
				expect(s.exposedShare).toBe(0.05);
				expect(s.affectedShare).toBeLessThan(0.05);
				expect(s.rollbackMinutes).toBe(1);
			}
		expect(summaryOf({strategy: 'toggle'}).extraCapacity.peakShare).toBe(0);
		expect(summaryOf({strategy: 'canary'}).extraCapacity.peakShare).toBe(1 / 8);
	});

	it('big bang: down twice, and the budget pays for both', () => {
		const s = summaryOf({strategy: 'big-bang'});
		// The alert's minute, then five minutes down while every server is swapped back.
		expect(s.rollbackMinutes).toBe(6);
		expect(s.affectedShare).toBe(1);
		expect(s.budget.usedShare).toBeGreaterThan(0.2);
	});

	it('keeps its books over many seeds: requests, errors, shares and users add up', () => {
		for (const strategy of STRATEGIES)
			for (const seed of SEEDS) {
				const states = runStates<DeployState>(engine, {strategy}, seed);
				const last = states.at(-1)!;
				const s = engine.summary(last);
				expect(s.requests).toBe(2000 * 60);
				expect(s.releaseErrors).toBeLessThanOrEqual(s.requests);
				expect(s.affectedUsers).toBeLessThanOrEqual(1000);
				// Without downtime or a schema change, only users served by the new version can hit its bug.
				if (strategy !== 'big-bang') expect(s.affectedShare).toBeLessThanOrEqual(s.exposedShare);
				for (const x of last.shares) expect(x >= 0 && x <= 1).toBe(true);
				expect(last.shares).toHaveLength(60);
				expect(s.phase).toBe('rolled-back');
			}
	});

	it('a good release reaches everyone and is never rolled back (no false alarm at these rates)', () => {
		for (const strategy of STRATEGIES) {
			const s = summaryOf({strategy, badErrorRate: 0});
			expect(s.phase).toBe('live');
			expect(s.newShare).toBe(1);
			expect(s.detected).toBe(false);
			expect(s.affectedUsers).toBe(strategy === 'big-bang' ? 1000 : 0);
		}
	});
});

describe('schema change', () => {
	it('in one step breaks the old version wherever both run, and a rollback does not undo it', () => {
		for (const strategy of ['rolling', 'blue-green', 'canary', 'toggle'] as const)
			expect(summaryOf({strategy, schemaChange: 'breaking', badErrorRate: 0}).schema.errors, strategy).toBeGreaterThan(0);
		// Big bang runs no two versions at once: no schema errors, but downtime.
		const bang = summaryOf({strategy: 'big-bang', schemaChange: 'breaking', badErrorRate: 0});
		expect(bang).toMatchObject({downtimeMinutes: 5, schema: {errors: 0, done: true}});
		// A bad release rolled back onto a renamed column: the old code fails from then on.
		const back = runStates<DeployState>(engine, {strategy: 'big-bang', schemaChange: 'breaking'});
		const last = back.at(-1)!;
		expect(last.rollout.phase).toBe('rolled-back');
		expect(last.errorRates.at(-1)).toBe(1);
	});

	it('expand → migrate → contract finishes with no errors under every gradual strategy', () => {
		for (const strategy of ['rolling', 'blue-green', 'canary', 'toggle'] as const) {
			const s = summaryOf({strategy, schemaChange: 'expand-contract', badErrorRate: 0});
			expect(s.schema, strategy).toEqual({change: 'expand-contract', phase: 'contracted', done: true, errors: 0});
			expect(s.downtimeMinutes).toBe(0);
		}
	});

	it('never contracts while the old version may come back', () => {
		const s = summaryOf({strategy: 'rolling', schemaChange: 'expand-contract'});
		expect(s.rolledBack).toBe(true);
		expect(s.schema).toMatchObject({phase: 'expanded', done: false, errors: 0});
	});
});

describe('live actions and narration', () => {
	it('injects a bug into a good release, and the monitor rolls it back', () => {
		let s = engine.init(engine.params.parse({strategy: 'rolling', badErrorRate: 0}), 1);
		for (let i = 0; i < 12; i++) s = engine.step(s, {type: 'tick'});
		const inject = deployLiveActions[0]!.make(s) as DeployAction;
		expect(inject).toEqual({type: 'set-bug', rate: 0.05});
		const before = s;
		s = engine.step(s, inject);
		expect(narrateDeploy(before, s, inject).map((l) => l.en)).toEqual(['bug injected: the new version now fails 5% more requests.']);
		while (!engine.done(s)) s = engine.step(s, {type: 'tick'});
		expect(engine.summary(s)).toMatchObject({detected: true, rolledBack: true, detectMinutes: 4});
	});

	it('narrates the blue-green run of the pack in plain sentences', () => {
		const lines: string[] = [];
		let s = engine.init(engine.params.parse({strategy: 'blue-green'}), 1);
		while (s.tick < 12) {
			const next = engine.step(s, {type: 'tick'});
			lines.push(...narrateDeploy(s, next, {type: 'tick'}).map((l) => l.en));
			s = next;
		}
		expect(lines[0]).toBe('green fleet of 8 servers starts beside blue.');
		expect(lines).toContain('everyone is on the new version.');
		expect(lines).toContain('too many failed checks: roll back (the load balancer switches back to blue).');
		expect(lines.at(-1)).toBe('back on the old version; no user reaches the new one.');
	});
});

describe('the pack challenges', () => {
	const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 48)!;
	const sim = pack.simulations.find((s) => s.engine === 'deploy-strategies')!;
	const meetsWith = (extra: Record<string, unknown>, goal: Parameters<typeof meets>[1], seed: number) =>
		meets(summaryOf({...sim.params, ...extra}, seed), goal);
	// Settings that must never meet a challenge: no traffic, a good release, one user, a monitor that never fires, nothing released.
	const DEGENERATE: Record<string, unknown>[] = [
		{requestsPerMinute: 0},
		{badErrorRate: 0},
		{users: 1},
		{alertThreshold: 0.5},
		{releaseAt: 60},
		{cohortShare: 0},
	];

	it.each(sim.challenges.map((c) => [c.id, c] as const))(
		'%s: the pack fails it, its solution meets it on seeds 1–20, degenerate settings fail',
		(_, c) => {
			for (const seed of SEEDS) {
				expect(meetsWith({}, c.goal, seed), `defaults, seed ${seed}`).toBe(false);
				expect(meetsWith(c.solution!, c.goal, seed), `solution, seed ${seed}`).toBe(true);
			}
			for (const bad of DEGENERATE) {
				// The degenerate setting on top of the solution; the schema challenge wants a good release, so its zero bug is not degenerate.
				// The canary design is about its odds: who the users are and when it ships do not matter to it.
				if (c.id === 'rename-a-column' && ('badErrorRate' in bad || 'cohortShare' in bad || 'users' in bad || 'alertThreshold' in bad))
					continue;
				if (c.id === 'trust-the-canary' && 'users' in bad) continue;
				for (const seed of [1, 2, 3])
					expect(meetsWith({...c.solution, ...bad}, c.goal, seed), `${JSON.stringify(bad)}, seed ${seed}`).toBe(false);
			}
		},
	);

	it('the prediction is the first challenge’s figure: users hit by the blue-green release', () => {
		const first = sim.challenges[0]!;
		expect([first.goal].flat().at(-1)!.metric).toBe('affectedShare');
		expect(summaryOf(sim.params).affectedShare).toBeGreaterThan(0.3);
	});

	it('the schema challenge is met only by expand-contract', () => {
		const c = sim.challenges.find((x) => x.id === 'rename-a-column')!;
		for (const strategy of STRATEGIES)
			expect(meetsWith({strategy, schemaChange: 'breaking', badErrorRate: 0}, c.goal, 1), strategy).toBe(false);
		expect(meetsWith({strategy: 'big-bang', schemaChange: 'expand-contract', badErrorRate: 0}, c.goal, 1)).toBe(false);
	});

	it('blue-green meets neither blast-radius challenge, however fast it rolls back', () => {
		for (const id of ['small-blast-radius', 'flag-kill-switch']) {
			const c = sim.challenges.find((x) => x.id === id)!;
			for (const extra of [{}, {failedChecks: 1}, {switchMinutes: 1, failedChecks: 1, alertThreshold: 0.02}])
				expect(meetsWith({strategy: 'blue-green', ...extra}, c.goal, 1)).toBe(false);
		}
	});
});
