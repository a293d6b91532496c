/**
 * The Prime Video bill: published unit prices as data, hand-computed days of
 * each design, the account's transition limit, the monthly bill equal to the
 * sum of its lines for random params, the retry draws, the live actions, and
 * every challenge of the pack on seeds 1–20 (the pack's params fail, the
 * solution meets it, degenerate settings fail).
 */
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {challengeMet} from '../../source/sims/run.js';
import {Random, seedRandom} from '../../source/sims/random.js';
import {binomial, DESIGN_LINES, LINE_PRICE, simulateDay} from '../../source/sims/serverless-cost/billing.js';
import {
	type ServerlessCostAction,
	type ServerlessCostState,
	serverlessCost as engine,
	STORM_RETRY_RATE,
} from '../../source/sims/serverless-cost/engine.js';
import {narrateServerlessCost} from '../../source/sims/serverless-cost/narrate.js';
import {DESIGNS} from '../../source/sims/serverless-cost/params.js';
import {fargateTask, PRICES} from '../../source/sims/serverless-cost/prices.js';
import type {ServerlessCostSummary} from '../../source/sims/serverless-cost/summary.js';
import {dollars} from '../../source/sims/serverless-cost/text.js';

const start = (o: Record<string, unknown>, seed = 1) => engine.init(engine.params.parse(o), seed);

function run(o: Record<string, unknown>, seed = 1, actions: {day: number; action: ServerlessCostAction}[] = []): ServerlessCostState {
	let s = start(o, seed);
	while (!engine.done(s)) {
		for (const a of actions) if (a.day === s.day) s = engine.step(s, a.action);
		s = engine.step(s, {type: 'tick'});
	}
	return s;
}
const summary = (o: Record<string, unknown>, seed = 1) => engine.summary(run(o, seed));

describe('published unit prices (us-east-1), as data with their sources', () => {
	it('are the listed figures', () => {
		expect(PRICES.sfnTransition.usd * 1000).toBeCloseTo(0.025, 12);
		expect(PRICES.expressRequest.usd * 1e6).toBeCloseTo(1, 12);
		expect(PRICES.expressGbSecond.usd).toBe(0.00001667);
		expect(PRICES.lambdaRequest.usd * 1e6).toBeCloseTo(0.2, 12);
		expect(PRICES.lambdaGbSecond.usd).toBe(0.0000166667);
		expect(PRICES.s3Put.usd * 1000).toBeCloseTo(0.005, 12);
		expect(PRICES.s3Get.usd * 1000).toBeCloseTo(0.0004, 12);
		expect(PRICES.fargateVcpuHour.usd).toBe(0.04048);
		expect(PRICES.fargateGbHour.usd).toBe(0.004445);
	});

	it('each say where they come from (title — URL) and show the figure they are billed at', () => {
		for (const [name, price] of Object.entries(PRICES)) {
			expect(price.source, name).toMatch(/^.+ — https:\/\/aws\.amazon\.com\/.+/);
			const [, amount, per] = /^\$([\d.]+)\/(1k|M|.+)$/.exec(price.listed) ?? [];
			const scale = per === '1k' ? 1000 : per === 'M' ? 1e6 : 1;
			expect(Number(amount), name).toBeCloseTo(price.usd * scale, 12);
		}
	});
});

describe('a day of each design, by hand', () => {
	const one = {streams: 1, transitionsPerSecond: 5, framesPerSecond: 1, s3RoundTripsPerFrame: 2, retryRate: 0, days: 1};

	it('Step Functions Standard: 5 × 86,400 transitions, a Lambda call and two S3 round trips per frame', () => {
		const s = summary(one);
		expect(s.usage.standard).toMatchObject({
			transitions: 432_000,
			lambdaRequests: 86_400,
			lambdaGbSeconds: 17_280,
			s3Puts: 172_800,
			s3Gets: 172_800,
		});
		expect(s.lines.standard.transitions).toBeCloseTo(10.8, 9);
		expect(s.lines.standard.lambdaRequests).toBeCloseTo(0.01728, 9);
		expect(s.lines.standard.lambdaGbSeconds).toBeCloseTo(17_280 * 0.0000166667, 9);
		expect(s.lines.standard.s3Puts).toBeCloseTo(0.864, 9);
		expect(s.lines.standard.s3Gets).toBeCloseTo(0.06912, 9);
		// The summary's bills are rounded as the screen writes them: cents below $100.
		expect(s.standardBill).toBe(12.04); // 10.8 + 0.01728 + 0.28800058 + 0.864 + 0.06912
	});

	it('Express: one execution a second, 200 ms at 64 MB each, plus the same Lambda and S3', () => {
		const s = summary(one);
		expect(s.usage.express.expressRequests).toBe(86_400);
		expect(s.usage.express.expressGbSeconds).toBeCloseTo(86_400 * 0.2 * 0.0625, 9);
		expect(s.lines.express.expressRequests).toBeCloseTo(0.0864, 9);
		expect(s.lines.express.expressGbSeconds).toBeCloseTo(1080 * 0.00001667, 9);
		expect(s.lines.express.s3Puts).toBeCloseTo(0.864, 9);
	});

	it('in-process: four streams of 0.25 vCPU / 0.5 GB fill one 1 vCPU / 2 GB Fargate task', () => {
		const s = summary({...one, streams: 4, streamsPerContainer: 4});
		expect(s.usage.inProcess).toMatchObject({vcpuHours: 24, gbHours: 48});
		expect(s.inProcessBill).toBe(1.18); // 24 × 0.04048 + 48 × 0.004445 = 1.18488
	});

	it('rounds a task up to a Fargate size', () => {
		expect(fargateTask(0.25, 0.5)).toEqual({vcpu: 0.25, gb: 0.5});
		expect(fargateTask(0.25, 1.5)).toEqual({vcpu: 0.25, gb: 2});
		expect(fargateTask(0.75, 1.5)).toEqual({vcpu: 1, gb: 2});
		expect(fargateTask(0.3, 0.5)).toEqual({vcpu: 0.5, gb: 1});
		expect(fargateTask(2, 17)).toEqual({vcpu: 4, gb: 17});
		expect(fargateTask(8, 61)).toEqual({vcpu: 16, gb: 64});
		expect(fargateTask(16, 120)).toEqual({vcpu: 16, gb: 120});
	});

	it("matches the chapter's figure: 1,000 streams at 5 transitions a second cost $450 an hour in transitions", () => {
		const s = summary({streams: 1000, transitionsPerSecond: 5, retryRate: 0, sfnTransitionLimit: 100_000, days: 1});
		expect(s.lines.standard.transitions! / 24).toBeCloseTo(450, 6);
	});
});

describe("the account's state-transition limit", () => {
	it('takes 300 of 1,000 streams at 5 transitions a second against 1,500 a second; the rest are throttled and not billed', () => {
		const s = summary({streams: 1000, transitionsPerSecond: 5, retryRate: 0, days: 1});
		expect(s.standardThrottled).toBe(700);
		expect(s.usage.standard.transitions).toBe(300 * 5 * 86_400);
		expect(s.expressThrottled).toBe(0);
		expect(summary({streams: 7000, days: 1}).expressThrottled).toBe(1000);
	});

	it('raising the quota ends the throttling and raises the bill, not the saving', () => {
		const before = engine.summary(run({streams: 1000, retryRate: 0, days: 2}));
		const after = engine.summary(
			run({streams: 1000, retryRate: 0, days: 2}, 1, [
				{day: 0, action: {type: 'raise-quota'}},
				{day: 0, action: {type: 'raise-quota'}},
			]),
		);
		expect(after.sfnTransitionLimit).toBe(6000);
		expect(after.standardThrottled).toBe(0);
		expect(after.standardBill).toBeGreaterThan(3 * before.standardBill);
		expect(after.inProcessSaving).toBeCloseTo(before.inProcessSaving, 3);
	});
});

/** Each line recomputed from usage × unit price, apart from the engine's own sum. */
function expectBillIsSumOfLines(s: ServerlessCostSummary): void {
	const key = {standard: 'standard', express: 'express', 'in-process': 'inProcess'} as const;
	const bills = {standard: s.standardBill, express: s.expressBill, 'in-process': s.inProcessBill};
	for (const d of DESIGNS) {
		let sum = 0;
		for (const line of DESIGN_LINES[d]) {
			const dollars = (s.usage[key[d]][line] ?? Number.NaN) * PRICES[LINE_PRICE[line]].usd;
			expect(s.lines[key[d]][line]).toBeCloseTo(dollars, 6);
			sum += dollars;
		}
		expect(Object.keys(s.lines[key[d]]).sort()).toEqual([...DESIGN_LINES[d]].sort());
		expect(bills[d]).toBe(dollars(sum));
	}
	const mine = bills[s.design];
	expect(s.monthlyBill).toBe(mine);
}

describe('the monthly bill equals the sum of its lines', () => {
	it('for 300 random setups, with live actions on the way', () => {
		const r = new Random(seedRandom(46));
		for (let i = 0; i < 300; i++) {
			const params = {
				design: DESIGNS[r.int(0, 2)],
				streams: r.int(0, 20_000),
				transitionsPerSecond: r.int(0, 40) / 2,
				framesPerSecond: r.int(0, 60) / 2,
				s3RoundTripsPerFrame: r.int(0, 10),
				lambdaMemoryMb: r.int(1, 80) * 128,
				lambdaMsPerFrame: r.int(0, 10_000),
				expressMemoryMb: r.int(1, 16) * 64,
				vcpuPerStream: r.int(1, 20) * 0.05,
				gbPerStream: r.int(1, 30) * 0.25,
				streamsPerContainer: r.int(1, 16),
				retryRate: r.int(0, 50) / 100,
				sfnTransitionLimit: r.int(0, 200) * 500,
				days: r.int(1, 31),
			};
			const kinds = ['double-streams', 'retry-storm', 'raise-quota'] as const;
			const actions = [0, 1, 2].map(() => ({day: r.int(0, params.days - 1), action: {type: kinds[r.int(0, 2)]!}}));
			const s = engine.summary(run(params, i + 1, actions));
			expectBillIsSumOfLines(s);
			expect(JSON.parse(JSON.stringify(s))).toEqual(s);
		}
	});
});

describe('retries', () => {
	it('draws Binomial(n, p) counts with the right mean in each regime', () => {
		const r = new Random(seedRandom(7));
		const mean = (n: number, p: number, k = 400) => Array.from({length: k}, () => binomial(r, n, p)).reduce((a, b) => a + b, 0) / k;
		expect(mean(500, 0.1)).toBeCloseTo(50, -0.5);
		expect(mean(2000, 0.005)).toBeCloseTo(10, -0.3);
		expect(Math.abs(mean(1_000_000, 0.01) / 10_000 - 1)).toBeLessThan(0.005);
		expect(binomial(r, 10, 0)).toBe(0);
		expect(binomial(r, 10, 1)).toBe(10);
	});

	it('bills each retry as one more transition and re-runs its Lambda call', () => {
		const s = summary({streams: 100, retryRate: 0.1, days: 3});
		const planned = 100 * 5 * 86_400 * 3;
		expect(s.usage.standard.transitions).toBe(planned + s.retries);
		expect(s.retries / planned).toBeGreaterThan(0.099);
		expect(s.retries / planned).toBeLessThan(0.101);
		expect(s.usage.standard.lambdaRequests).toBe(100 * 86_400 * 3 + s.retries);
	});

	it(`a retry storm retries ${STORM_RETRY_RATE * 100}% of the next days' transitions`, () => {
		const quiet = run({streams: 100, days: 3});
		const storm = run({streams: 100, days: 3}, 1, [{day: 1, action: {type: 'retry-storm'}}]);
		expect(storm.retries - quiet.retries).toBeGreaterThan(0.25 * 2 * 100 * 5 * 86_400);
	});

	it('a day is the same for the same seed', () => {
		const p = engine.params.parse({streams: 500, retryRate: 0.2});
		const day = () => simulateDay({params: p, streams: 500, retryRate: 0.2, sfnTransitionLimit: 1500}, new Random(seedRandom(3)));
		expect(day()).toEqual(day());
	});
});

describe('doubling the streams', () => {
	it('bills twice the streams from the next day on', () => {
		const s = engine.summary(run({streams: 100, retryRate: 0, days: 2}, 1, [{day: 1, action: {type: 'double-streams'}}]));
		expect(s.streams).toBe(200);
		expect(s.usage.inProcess.vcpuHours).toBe((25 + 50) * 24);
	});
});

// Every challenge of the pack: its params fail on every seed, its solution meets it on every seed, degenerate settings fail.
const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 46)!;
const sim = pack.simulations.find((s) => s.engine === 'serverless-cost')!;
const DEGENERATE: Record<string, Record<string, unknown>> = {
	'no streams': {streams: 0},
	'no transitions': {transitionsPerSecond: 0},
	'everything off': {streams: 0, transitionsPerSecond: 0, framesPerSecond: 0, s3RoundTripsPerFrame: 0, retryRate: 0},
	'one stream': {streams: 1},
};

/** Whether a run of these params meets the challenge: its goal, with the scenario it keeps unchanged. */
function met(c: (typeof sim.challenges)[number], overrides: Record<string, unknown>, seed: number): boolean {
	const base = engine.params.parse(sim.params);
	const params = engine.params.parse({...(sim.params as object), ...overrides});
	return challengeMet(c, base, params, engine.summary(run(params, seed)));
}

describe.each(sim.challenges.map((c) => [c.id, c] as const))('challenge %s', (_, c) => {
	it('is not met by the pack params, on seeds 1–20', () => {
		for (let seed = 1; seed <= 20; seed++) expect(met(c, {}, seed), `seed ${seed}`).toBe(false);
	});

	it('is met by its solution, on seeds 1–20', () => {
		for (let seed = 1; seed <= 20; seed++) expect(met(c, c.solution ?? {}, seed), `seed ${seed}`).toBe(true);
	});

	it.each(Object.entries(DEGENERATE))('is not met with %s, even with its solution', (_, degenerate) => {
		for (const design of DESIGNS) expect(met(c, {...c.solution, ...degenerate, design}, 1), design).toBe(false);
	});
});

describe('the first challenge asks for a figure worth predicting', () => {
	it('in-process would save about 97.6% with the pack params', () => {
		expect(summary(sim.params).inProcessSaving).toBeCloseTo(0.976, 2);
		expect(summary(sim.params).expressSaving).toBeCloseTo(0.888, 2);
	});
});

describe('narration', () => {
	it('tells the running bill and the throttling on the first day, in both languages', () => {
		const s0 = start({});
		const s1 = engine.step(s0, {type: 'tick'});
		expect(narrateServerlessCost(s0, s1, {type: 'tick'})).toEqual([
			{
				en: 'day 1: Step Functions $3,612 today, in-process $296',
				ko: '1일째 하루: Step Functions $3,612 · in-process $296',
			},
			{
				en: '703 of 1,000 streams throttled (limit 1,500/s)',
				ko: '스트림 1,000개 중 703개 스로틀(전환 한도 1,500회/초)',
			},
		]);
		// The throttling is told again only when it changes.
		expect(narrateServerlessCost(s1, engine.step(s1, {type: 'tick'}), {type: 'tick'})).toHaveLength(1);
	});

	it('says what a live action changed, and what a storm bills', () => {
		const s0 = start({streams: 100});
		const raised = engine.step(s0, {type: 'raise-quota'});
		expect(narrateServerlessCost(s0, raised, {type: 'raise-quota'})[0]!.en).toBe('quota raised: Step Functions allows 3,000 transitions/s');
		const doubled = engine.step(s0, {type: 'double-streams'});
		expect(narrateServerlessCost(s0, doubled, {type: 'double-streams'})[0]!.ko).toBe('스트림 두 배: 다음 날부터 100개 → 200개다');
		const storm = engine.step(s0, {type: 'retry-storm'});
		const said = narrateServerlessCost(storm, engine.step(storm, {type: 'tick'}), {type: 'tick'});
		expect(said.at(-1)!.en).toMatch(/^retry storm: [\d,]+ retries billed again \(\$[\d,]+\)$/);
	});

	it('ends the month with what the design run saved', () => {
		const states = [start({design: 'express', days: 1})];
		states.push(engine.step(states[0]!, {type: 'tick'}));
		expect(narrateServerlessCost(states[0]!, states[1]!, {type: 'tick'}).at(-1)).toEqual({
			en: 'Express: 88.8% less per stream than Step Functions',
			ko: 'Express는 Step Functions보다 스트림당 88.8% 덜 든다',
		});
	});
});
