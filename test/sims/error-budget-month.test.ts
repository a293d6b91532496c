import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {burnRate} from '../../source/sims/error-budget-month/alerts.js';
import {budgetHours, errorBudgetMonth as engine, type MonthState, type MonthSummary} from '../../source/sims/error-budget-month/engine.js';
import {monthLiveActions} from '../../source/sims/error-budget-month/live-actions.js';
import {narrateMonth} from '../../source/sims/error-budget-month/narrate.js';
import {challengeMet, meets, runHeadless} from '../../source/sims/run.js';
import {runStates} from '../support/sims.js';

const summaryOf = (params: Record<string, unknown>, seed = 1) =>
	runHeadless(engine, engine.params.parse(params), seed).summary as MonthSummary;
const SEEDS = Array.from({length: 20}, (_, i) => i + 1);
/** A month with no noise: every change fails, always at `rate`, one deploy a day (in the day's last hour). */
const clockwork = (rate: number, extra: Record<string, unknown> = {}) => ({
	deploysPerDay: 1,
	changeFailureRate: 1,
	incidentMinRate: rate,
	incidentMaxRate: rate,
	baseErrorRate: 0,
	blipChance: 0,
	servicesPerWeek: 0,
	...extra,
});

describe('burn rate and budget', () => {
	it('burns 14.4× at 1.44% errors for 99.9%, 6× over six hours at 0.6%', () => {
		expect(burnRate([0.0144], 1, 0.999)).toBeCloseTo(14.4, 12);
		expect(burnRate([0, 0.006, 0.006, 0.006, 0.006, 0.006, 0.006], 6, 0.999)).toBeCloseTo(6, 12);
		// A window not yet full counts its missing hours as quiet.
		expect(burnRate([0.012], 6, 0.999)).toBeCloseTo(2, 12);
	});

	it('is 43.2 minutes (0.72 hours) for 99.9% over 30 days, whose 2% is one hour at 14.4×', () => {
		const p = engine.params.parse({});
		expect(budgetHours(p)).toBeCloseTo(0.72, 12);
		expect(0.0144 / budgetHours(p)).toBeCloseTo(0.02, 12);
		expect(summaryOf({}).budget.minutes).toBe(43.2);
	});
});

describe('a month by hand', () => {
	it('one failed change a day at 2% errors, paged at once and restored in an hour: 36 of 43.2 minutes', () => {
		for (const alertPolicy of ['threshold', 'burn-rate'] as const) {
			const s = summaryOf(clockwork(0.02, {alertPolicy}));
			expect(s.pages).toEqual({true: 30, false: 0, missed: 0});
			expect(s.budget.spentMinutes).toBeCloseTo(36, 6);
			expect(s.budget.remainingShare).toBeCloseTo(1 - 36 / 43.2, 4);
			expect(s.dora).toEqual({deploysPerDay: 1, leadTimeHours: 24, changeFailureRate: 1, timeToRestoreHours: 1});
		}
	});

	it('a slow burn (1.2%) under a 1.44% threshold is never paged: six missed in a week; burn-rate pages it within three hours', () => {
		const week = {days: 7};
		const quiet = summaryOf(clockwork(0.012, {...week, alertPolicy: 'threshold', alertThreshold: 0.0144}));
		// Deploys at hours 23, 47, … 167; the last one is still burning when the week ends.
		expect(quiet.pages).toEqual({true: 0, false: 0, missed: 6});
		expect(quiet.dora.timeToRestoreHours).toBe(24);
		const burn = summaryOf(clockwork(0.012, {...week, alertPolicy: 'burn-rate'}));
		// 6-hour window: 2×, 4×, then 6× in the incident's third hour.
		expect(burn.pages).toEqual({true: 6, false: 0, missed: 0});
		expect(burn.dora.timeToRestoreHours).toBe(3);
	});

	it('pages for blips under the threshold policy, not under burn-rate', () => {
		const noisy = {deploysPerDay: 0, blipChance: 0.2};
		for (const seed of [1, 2, 3]) {
			expect(summaryOf({...noisy, alertPolicy: 'threshold'}, seed).pages.false).toBeGreaterThan(50);
			expect(summaryOf({...noisy, alertPolicy: 'burn-rate'}, seed).pages).toEqual({true: 0, false: 0, missed: 0});
		}
	});

	it('builds the platform in 80 engineer-hours at 30% of 6 × 40 h a week: ready on day 8, toil halved', () => {
		const s = summaryOf({platformShare: 0.3});
		expect(s.platformReadyDay).toBe(8);
		// Toil peaks at the end: 40 services × 4 h × (1 − 0.5) ÷ 240 h.
		expect(s.toil.peakShare).toBeCloseTo(((10 + (7 * 719) / 168) * 2) / 240, 4);
		expect(summaryOf({}).toil.peakShare).toBeCloseTo(((10 + (7 * 719) / 168) * 4) / 240, 4);
		expect(summaryOf({}).platformReadyDay).toBeNull();
	});
});

describe('freeze, roles and books', () => {
	it('ships nothing once frozen and holds the changes, which lengthens lead time', () => {
		const states = runStates<MonthState>(engine, {changeFailureRate: 0.3, freezePolicy: 'freeze', freezeAt: 0.4});
		const at = states.findIndex((s) => s.frozen);
		expect(at).toBeGreaterThan(0);
		expect(states.at(-1)!.shipped).toBe(states[at]!.shipped);
		const s = engine.summary(states.at(-1)!);
		expect(s.deploysDeferred).toBeGreaterThan(0);
		expect(s.freezeDays).toBeCloseTo((720 - at + 1) / 24, 2);
		expect(s.dora.leadTimeHours).toBeGreaterThan(24);
	});

	it('keeps its books over 20 seeds: budget, deploys and every call by a role', () => {
		for (const seed of SEEDS)
			for (const params of [{}, {alertPolicy: 'burn-rate', platformShare: 0.3}, {freezePolicy: 'freeze'}]) {
				const last = runStates<MonthState>(engine, params, seed).at(-1)!;
				const s = engine.summary(last);
				expect(s.budget.remainingShare).toBeCloseTo(1 - s.budget.spentMinutes / 43.2, 3);
				expect(s.sloMet).toBe(s.budget.spentMinutes <= 43.2);
				expect(s.decisions.devops).toBe(s.deploysShipped);
				expect(s.failedChanges).toBeLessThanOrEqual(s.deploysShipped);
				expect(s.deploysShipped + s.deploysDeferred).toBe(Math.floor(last.due + 1e-9));
				for (const r of last.rates) expect(r >= 0 && r <= 1).toBe(true);
			}
	});

	it('tags each event with its role and hour, and takes its live actions', () => {
		let s = engine.init(engine.params.parse({}), 1);
		for (let i = 0; i < 10; i++) s = engine.step(s, {type: 'tick'});
		const bad = monthLiveActions[0]!.make(s)!;
		const next = engine.step(s, bad as {type: 'bad-change'});
		expect(narrateMonth(s, next, bad as {type: 'bad-change'}).map((l) => l.en)).toEqual([
			'day 1 09:00 [DevOps] change #1 fails: 5% of requests error.',
		]);
		const after = engine.step(next, {type: 'tick'});
		expect(narrateMonth(next, after, {type: 'tick'}).map((l) => l.ko)).toContain('1일 10:00 [SRE] 호출: 당직자가 사고 #1 때문에 깬다.');
		const frozen = engine.step(after, monthLiveActions[1]!.make(after) as {type: 'freeze'; on: boolean});
		expect(frozen.frozen).toBe(true);
		expect(monthLiveActions[1]!.make(frozen)).toBeUndefined();
		expect(monthLiveActions[2]!.make(frozen)).toEqual({type: 'freeze', on: false});
	});
});

describe('the pack challenges', () => {
	const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 53)!;
	const sim = pack.simulations.find((s) => s.engine === 'error-budget-month')!;
	const meetsWith = (extra: Record<string, unknown>, goal: Parameters<typeof meets>[1], seed: number) =>
		meets(summaryOf({...sim.params, ...extra}, seed), goal);
	// No deploys, no failures, a looser SLO, more people, no new services, no noise, a short window.
	const DEGENERATE: Record<string, unknown>[] = [
		{deploysPerDay: 0},
		{changeFailureRate: 0},
		{slo: 0.99},
		{engineers: 30},
		{servicesPerWeek: 0},
		{blipChance: 0},
		{days: 7},
	];

	it.each(sim.challenges.map((c) => [c.id, c] as const))(
		'%s: the pack fails it, its solution meets it on seeds 1–20, degenerate settings fail',
		(_, c) => {
			for (const seed of SEEDS) {
				expect(meetsWith({}, c.goal, seed), `defaults, seed ${seed}`).toBe(false);
				expect(meetsWith(c.solution!, c.goal, seed), `solution, seed ${seed}`).toBe(true);
			}
			// A setting the challenge does not depend on is not degenerate for it.
			const irrelevant: Record<string, string[]> = {
				'ship-within-budget': ['engineers', 'servicesPerWeek', 'blipChance'],
				'page-for-real': ['slo', 'engineers', 'servicesPerWeek'],
				'toil-under-cap': ['deploysPerDay', 'changeFailureRate', 'slo', 'blipChance'],
				'freeze-saves-slo': ['engineers', 'servicesPerWeek', 'blipChance', 'days'],
			};
			for (const bad of DEGENERATE) {
				if (Object.keys(bad).some((k) => irrelevant[c.id]?.includes(k))) continue;
				for (const seed of [1, 2, 3])
					expect(meetsWith({...c.solution, ...bad}, c.goal, seed), `${JSON.stringify(bad)}, seed ${seed}`).toBe(false);
			}
		},
	);

	it('the prediction is the budget left at the end of the default month, which is overspent', () => {
		expect([sim.challenges[0]!.goal].flat().at(-1)!.metric).toBe('budget.remainingShare');
		for (const seed of SEEDS) expect(summaryOf(sim.params, seed).budget.remainingShare).toBeLessThan(0);
	});

	// The shortcuts a learner tries first: freeze from the first hour (ship nothing), or turn the
	// platform's modelling numbers to their best (ready in 10 h, removing all toil or all failures).
	it.each([
		['freeze-saves-slo', {changeFailureRate: 0.3, freezePolicy: 'freeze', freezeAt: 1}, false],
		['freeze-saves-slo', {changeFailureRate: 0.3, platformShare: 0.05, platformEffortHours: 10, failureCut: 1}, true],
		['ship-within-budget', {platformShare: 0.05, platformEffortHours: 10, failureCut: 1}, true],
		['toil-under-cap', {platformShare: 0.05, platformEffortHours: 10, toilCut: 1}, true],
	] as const)('%s refuses the shortcut %o', (id, shortcut, goalAlone) => {
		const c = sim.challenges.find((x) => x.id === id)!;
		const start = engine.params.parse(sim.params);
		const params = engine.params.parse({...sim.params, ...shortcut});
		const runs = [1, 2, 3, 4, 5].map((seed) => runHeadless(engine, params, seed).summary as MonthSummary);
		expect(runs.filter((r) => challengeMet(c, start, params, r))).toHaveLength(0);
		// Where the bare goal would count it, what the challenge keeps refuses it; freezing from the start fails the goal's 15 shipped changes.
		expect(runs.some((r) => meets(r, c.goal))).toBe(goalAlone);
	});

	it('raising the threshold trades false pages for missed ones', () => {
		const c = sim.challenges.find((x) => x.id === 'page-for-real')!;
		const misses = SEEDS.filter((seed) => summaryOf({alertThreshold: 0.0144}, seed).pages.missed > 0).length;
		expect(misses).toBeGreaterThan(10);
		expect(meetsWith({alertThreshold: 0.0144}, c.goal, 1)).toBe(false);
	});
});
