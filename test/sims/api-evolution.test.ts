import {describe, expect, it} from 'vitest';
import {
	type ApiEvolutionAction,
	type ApiEvolutionParams,
	type ApiEvolutionState,
	type ApiEvolutionSummary,
	apiEvolution,
	apiEvolutionChallenges,
	apiEvolutionLiveActions,
	apiEvolutionPredictions,
	batchSentence,
} from '../../source/sims/api-evolution/index.js';
import {FastRandom} from '../../source/sims/api-evolution/fast-random.js';
import {nextFloat, seedRandom} from '../../source/sims/random.js';
import {challengeMet, meets} from '../../source/sims/run.js';
import {deepFreeze} from '../support/sims.js';

function run(extra: Partial<ApiEvolutionParams> = {}, seed = 1): ApiEvolutionState {
	let s = apiEvolution.init(apiEvolution.params.parse(extra), seed);
	while (!apiEvolution.done(s)) s = apiEvolution.step(s, {type: 'tick'});
	return s;
}
// Runs are pure, so the many checks over the same settings and seed share one run.
const memo = new Map<string, ApiEvolutionSummary>();
function summaryOf(extra: Partial<ApiEvolutionParams> = {}, seed = 1): ApiEvolutionSummary {
	const key = `${seed} ${JSON.stringify(extra)}`;
	if (!memo.has(key)) memo.set(key, apiEvolution.summary(run(extra, seed)));
	return memo.get(key)!;
}

/** |measured − expected| within `sigmas` standard errors of a proportion over `n` samples. */
function expectProportion(measured: number | null, expected: number, n: number, sigmas = 5) {
	const se = Math.sqrt((expected * (1 - expected)) / n);
	expect(measured).not.toBeNull();
	expect(Math.abs(measured! - expected), `measured ${measured}, expected ${expected} ± ${sigmas}×${se.toExponential(2)}`).toBeLessThan(
		sigmas * se,
	);
}

describe('api-evolution: the seeded generator', () => {
	it('draws exactly the sequence of random.ts', () => {
		let state = seedRandom(42);
		const fast = new FastRandom(state);
		for (let i = 0; i < 1000; i++) {
			const [f, next] = nextFloat(state);
			state = next;
			expect(fast.float()).toBe(f);
		}
		expect(fast.state).toEqual(state);
	});
});

describe('api-evolution: measured against the formulas', () => {
	it('availability: 0.9999^30 ≈ 99.70% (Netflix), 2,995,654 failures per billion, measured over 200,000 screens', () => {
		const summary = summaryOf({screens: 200_000, architecture: 'gateway'}, 7);
		expect(summary.availabilityFormula).toBeCloseTo(0.997004, 6);
		expect(summary.failuresPerBillionFormula).toBe(2_995_654);
		expectProportion(summary.availability, 0.9999 ** 30, 200_000);
	});

	it.each([1, 10, 30, 100])('the tail: 1 − 0.99^%i of screens wait on a slow call', (n) => {
		const screens = 20_000;
		const summary = summaryOf({dependencies: n, screens, architecture: 'federated'}, n);
		expect(summary.slowScreensFormula).toBeCloseTo(1 - 0.99 ** n, 6);
		expectProportion(summary.slowScreens, 1 - 0.99 ** n, screens);
	});

	it('a monolith is one component: availability a, not a^n', () => {
		const summary = summaryOf({architecture: 'monolith', availability: 0.99, screens: 50_000}, 3);
		expect(summary.availabilityFormula).toBe(0.99);
		expectProportion(summary.availability, 0.99, 50_000);
	});

	it('with no tail and no jitter, latency is exact: round trips and hops add up', () => {
		const exact = {slowProbability: 0, jitter: 0, availability: 1, screens: 50, medianMs: 10, clientRttMs: 100, datacenterRttMs: 0.5};
		// Direct: 30 calls over 6 connections = 5 rounds of (100 + 10).
		expect(summaryOf({...exact, architecture: 'direct'}).p99Ms).toBe(550);
		expect(summaryOf({...exact, architecture: 'gateway'}).p99Ms).toBe(110.5);
		expect(summaryOf({...exact, architecture: 'federated', federationWaves: 2}).p99Ms).toBe(121);
		expect(summaryOf({...exact, architecture: 'monolith'}).p99Ms).toBe(110);
		expect(summaryOf({...exact, architecture: 'direct', clientConnections: 30}).p99Ms).toBe(110);
	});

	it('hedging cuts the p99 of 30 calls from the slow tail to near the median, for a few percent more calls', () => {
		const plain = summaryOf({architecture: 'gateway'});
		const hedged = summaryOf({architecture: 'gateway', hedging: true});
		expect(plain.p99Ms).toBeGreaterThan(1000);
		expect(hedged.p99Ms).toBeLessThan(200);
		expect(hedged.hedgeExtraRequests).toBeGreaterThan(0.03);
		expect(hedged.hedgeExtraRequests).toBeLessThan(0.1);
	});

	it('timeouts with fallbacks serve every screen, some of them degraded', () => {
		const summary = summaryOf({timeoutsAndFallbacks: true});
		expect(summary.availability).toBe(1);
		expect(summary.slowScreens).toBe(0);
		expectProportion(summary.degradedScreens, 1 - (0.99 * 0.9999) ** 30, 5000, 6);
	});

	it('counts round trips and the gateway queue', () => {
		expect(summaryOf({architecture: 'direct', screens: 1})).toMatchObject({
			clientRoundTrips: 30,
			sequentialClientRoundTrips: 5,
			datacenterCalls: 0,
		});
		const gateway = summaryOf({architecture: 'gateway', screens: 1});
		// 10 teams × 2 changes = 20 a week against 15: 5 more each week for 26 weeks = 130 waiting, 130 / 15 weeks.
		expect(gateway).toMatchObject({
			clientRoundTrips: 1,
			datacenterCalls: 30,
			changesPerWeek: 20,
			gatewayQueueWeeks: 8.667,
			aggregationOwner: 'gateway-team',
		});
		const federated = summaryOf({architecture: 'federated', screens: 1});
		expect(federated.gatewayQueueWeeks).toBe(0);
		expect(federated.subgraphOwners.map((o) => o.subgraphs)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
		expect(summaryOf({architecture: 'federated', screens: 1, teams: 4}).subgraphOwners.map((o) => o.subgraphs)).toEqual([8, 8, 7, 7]);
	});

	it('says nothing is measured when no screen was loaded', () => {
		const summary = summaryOf({screens: 0});
		expect(summary).toMatchObject({screens: 0, p50Ms: null, p99Ms: null, availability: null, slowScreens: null, failuresPerBillion: null});
	});
});

describe('api-evolution: engine contract', () => {
	it('is deterministic per seed, and other seeds differ', () => {
		expect(run({screens: 2000}, 4)).toEqual(run({screens: 2000}, 4));
		expect(summaryOf({screens: 2000}, 4).p50Ms).not.toBe(summaryOf({screens: 2000}, 5).p50Ms);
	});

	it('never mutates a state', () => {
		let s = deepFreeze(apiEvolution.init(apiEvolution.params.parse({screens: 400, hedging: true, timeoutsAndFallbacks: true}), 2));
		s = deepFreeze(apiEvolution.step(s, apiEvolutionLiveActions[0]!.make(s) as ApiEvolutionAction));
		while (!apiEvolution.done(s)) s = deepFreeze(apiEvolution.step(s, {type: 'tick'}));
		deepFreeze(apiEvolution.step(s, {type: 'recover'}));
	});

	it('summarises as plain JSON', () => {
		const summary = summaryOf({screens: 500});
		expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
	});

	it('takes 20 ticks for a run and reports each batch', () => {
		let s = apiEvolution.init(apiEvolution.params.parse({}), 1);
		let ticks = 0;
		while (!apiEvolution.done(s)) {
			s = apiEvolution.step(s, {type: 'tick'});
			ticks++;
		}
		expect(ticks).toBe(20);
		expect(s.last).toMatchObject({from: 4751, to: 5000});
	});

	it('makes a dependency slow on every call from a live action, with a clear message for a wrong one', () => {
		const start = apiEvolution.init(apiEvolution.params.parse({architecture: 'gateway', screens: 1000}), 1);
		const slowed = apiEvolution.step(start, apiEvolutionLiveActions[0]!.make(start) as ApiEvolutionAction);
		expect(slowed.alwaysSlow).toEqual([0]);
		let s = slowed;
		while (!apiEvolution.done(s)) s = apiEvolution.step(s, {type: 'tick'});
		expect(apiEvolution.summary(s).slowScreens).toBe(1);
		expect(apiEvolution.step(start, {type: 'slow-dependency', dependency: 30}).note).toBe('dependency must be 0–29');
	});
});

describe('api-evolution: narration', () => {
	it('says each batch in one sentence, in Korean and English', () => {
		let s = apiEvolution.init(apiEvolution.params.parse({screens: 200, timeoutsAndFallbacks: true, availability: 0.99}), 1);
		expect(batchSentence(s, 'en')).toBeNull();
		s = apiEvolution.step(s, {type: 'tick'});
		expect(batchSentence(s, 'en')).toMatch(
			/^direct calls: screens 1–10 loaded; the slowest took [\d,]+ ms \(.*\); .*served with a fallback$/,
		);
		expect(batchSentence(s, 'ko')).toMatch(/^직접 호출: 화면 1–10번 중 대체 응답 \d+건이 나왔고 가장 느린 화면은 [\d,]+ ms였다 \(.*다\)$/);
	});
});

describe('api-evolution: challenges and predictions', () => {
	const seeds = Array.from({length: 20}, (_, i) => i + 1);
	const degenerate: Record<string, Partial<ApiEvolutionParams>[]> = {
		'api-one-round-trip': [
			{architecture: 'monolith'},
			{dependencies: 1},
			{clientRttMs: 10},
			{screens: 0},
			{architecture: 'gateway', screens: 10},
		],
		'api-tail-p99': [
			{architecture: 'gateway', slowProbability: 0},
			{architecture: 'gateway', timeoutsAndFallbacks: true, timeoutMs: 50},
			{architecture: 'gateway', hedging: true, hedgeAfterMs: 0},
			{architecture: 'gateway', hedging: true, dependencies: 1},
			{architecture: 'monolith'},
			{architecture: 'gateway', hedging: true, screens: 0},
		],
		'api-serve-every-screen': [{availability: 1}, {dependencies: 1}, {architecture: 'monolith'}, {screens: 0}, {screens: 100}],
		'api-no-gateway-queue': [
			{architecture: 'gateway'},
			{architecture: 'gateway', teams: 1},
			{architecture: 'gateway', changesPerTeamPerWeek: 0},
			{architecture: 'gateway', gatewayCapacityPerWeek: 1000},
			{architecture: 'monolith'},
		],
	};

	it('has at least three challenges and a prediction, and tries degenerate settings on each', () => {
		expect(apiEvolutionChallenges.length).toBeGreaterThanOrEqual(3);
		expect(apiEvolutionPredictions.length).toBeGreaterThanOrEqual(1);
		expect(Object.keys(degenerate).sort()).toEqual(apiEvolutionChallenges.map((c) => c.id).sort());
	});

	it.each(apiEvolutionChallenges.map((c) => [c.id, c] as const))(
		'%s: the defaults fail, the solution holds on 20 seeds, degenerate settings fail',
		(id, c) => {
			for (const seed of seeds) {
				expect(meets(summaryOf({}, seed), c.goal), `defaults, seed ${seed}`).toBe(false);
				expect(meets(summaryOf(c.solution, seed), c.goal), `solution, seed ${seed}`).toBe(true);
			}
			for (const setting of degenerate[id]!) expect(meets(summaryOf(setting), c.goal), JSON.stringify(setting)).toBe(false);
		},
	);

	it('a short run does not count for the gateway queue: the goal alone falls for it, the kept run length refuses it', () => {
		const c = apiEvolutionChallenges.find((x) => x.id === 'api-no-gateway-queue')!;
		const start = apiEvolution.params.parse({});
		const params = apiEvolution.params.parse({architecture: 'gateway', weeks: 2});
		const s = summaryOf({architecture: 'gateway', weeks: 2});
		expect(meets(s, c.goal)).toBe(true);
		expect(challengeMet(c, start, params, s)).toBe(false);
	});

	it('the predictions reveal about 26% slow screens and about 3 million failures per billion', () => {
		const [slow, failures] = apiEvolutionPredictions;
		expectProportion(summaryOf(slow!.params).slowScreens, 1 - 0.99 ** 30, 5000);
		expect(summaryOf(failures!.params).failuresPerBillionFormula).toBe(2_995_654);
	});
});
