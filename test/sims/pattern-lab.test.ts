import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {changeDays, pluginDays, spikeOutageHours} from '../../source/sims/pattern-lab/costs.js';
import {patternLab as engine, type PatternLabState, READS_PER_WEEK} from '../../source/sims/pattern-lab/engine.js';
import {narratePatternLab} from '../../source/sims/pattern-lab/narrate.js';
import {fitOf, PROFILES} from '../../source/sims/pattern-lab/profiles.js';
import {meets} from '../../source/sims/run.js';

function run(params: object, seed = 1): PatternLabState {
	let state = engine.init(engine.params.parse(params), seed);
	while (!engine.done(state)) state = engine.step(state, {type: 'tick'});
	return state;
}
const summary = (params: object, seed = 1) => engine.summary(run(params, seed));

describe('pattern lab', () => {
	it("keeps Richards' scorecard: scalability is high only for event-driven, microservices and space-based", () => {
		const high = Object.entries(PROFILES)
			.filter(([, p]) => p.scalability === 2)
			.map(([name]) => name);
		expect(high).toEqual(['event-driven', 'microservices', 'space-based']);
		// Layered: deployment, performance and scalability are its risk areas.
		expect(PROFILES.layered).toMatchObject({deployment: 0, performance: 0, scalability: 0});
	});

	it('scores fit as ratings × weights over the best possible', () => {
		// MVP weights agility 2, deployment 1, testability 1, development 3 (of 7 × 2 = 14):
		// microservices rates all four high (14/14), layered testability and development (8/14).
		expect(fitOf('microservices', 'mvp')).toBe(1);
		expect(fitOf('layered', 'mvp')).toBeCloseTo(8 / 14, 10);
	});

	it('costs events by hand-computed rules', () => {
		// Microservices, 2 modules: 1 + 1 days of work, 2 releases of 0.5, 1 day crossing a boundary.
		expect(changeDays('microservices', 2, 4)).toBe(4);
		// Modular monolith, 2 modules, 4 people: 2 days of work, one release of 0.5 + 4/100.
		expect(changeDays('modular-monolith', 2, 4)).toBeCloseTo(2.54, 10);
		// Layered, 1 module: 1 day, one release of 0.5 + 0.04, two more layers.
		expect(changeDays('layered', 1, 4)).toBeCloseTo(3.54, 10);
		expect(pluginDays('microkernel', 12)).toBe(0.5);
		expect([spikeOutageHours('layered'), spikeOutageHours('modular-monolith'), spikeOutageHours('space-based')]).toEqual([3, 1, 0]);
	});

	it('lives 52 weeks, adding up every event it narrates', () => {
		for (let seed = 1; seed <= 30; seed++) {
			let s = engine.init(engine.params.parse({scenario: 'ide-plugins', pattern: 'layered'}), seed);
			let days = 0;
			while (!engine.done(s)) {
				const next = engine.step(s, {type: 'tick'});
				expect(narratePatternLab(s, next, {type: 'tick'}).length).toBeGreaterThanOrEqual(Math.min(next.log.length, 5));
				days += next.log.reduce((a, h) => a + h.days, 0);
				s = next;
			}
			const sum = engine.summary(s);
			expect(sum.weeks).toBe(52);
			expect(sum.deliveryDays).toBeCloseTo(days, 0);
			// Layered has one deployable: every crash and every spike took the whole app down.
			expect(sum.wholeAppOutages).toBe(sum.crashes + sum.spikes);
		}
	});

	it('samples read-your-writes: stale exactly when the read model lags longer than the read comes', () => {
		const s = run({cqrs: true, weeks: 4});
		expect(s.readsChecked).toBe(4 * READS_PER_WEEK);
		const stale = s.lastLags.filter((lag) => lag > s.params.readAfterWriteMs).length;
		expect(stale).toBeGreaterThan(0);
		// Exponential lag, mean 800 ms, read after 300 ms: P(stale) = e^(−300/800) = 0.687.
		const many = summary({cqrs: true}, 7);
		expect(many.staleReads / many.readsChecked).toBeGreaterThan(0.62);
		expect(many.staleReads / many.readsChecked).toBeLessThan(0.75);
		expect(summary({cqrs: true, ownReads: 'write-model'}).staleReads).toBe(0);
	});
});

describe('pattern-lab challenges', () => {
	const {packs} = loadPackDir('lessons');
	const sim = packs.flatMap((p) => p.simulations).find((s) => s.engine === 'pattern-lab')!;
	const passes = (params: object, goal: (typeof sim.challenges)[number]['goal']) =>
		Array.from({length: 20}, (_, i) => meets(summary({...sim.params, ...params}, i + 1), goal));
	const fails: Record<string, object[]> = {
		'mvp-year': [{weeks: 1}, {weeks: 51}, {pattern: 'microservices'}, {pattern: 'layered'}, {pattern: 'microkernel'}],
		'survive-the-sale': [{weeks: 1}, {pattern: 'layered'}, {pattern: 'modular-monolith'}, {pattern: 'microkernel'}],
		'plugins-without-core': [{weeks: 1}, {pattern: 'microservices'}, {pattern: 'modular-monolith'}, {pattern: 'layered'}],
		// Sixty teams: only deploying each team's part on its own keeps a year under 7000 days with no whole-app outage.
		'sixty-teams-ship': [
			{weeks: 1},
			{pattern: 'microkernel'},
			{pattern: 'event-driven'},
			{pattern: 'space-based'},
			{pattern: 'modular-monolith'},
			{pattern: 'layered'},
			{scenario: 'mvp'},
		],
		'read-your-writes': [{cqrs: false}, {projectionLagMs: 0}, {readAfterWriteMs: 10_000}, {ownReads: 'read-model'}],
	};

	it('offers five challenges', () => {
		expect(sim.challenges.map((c) => c.id)).toEqual(Object.keys(fails));
	});

	it.each(Object.entries(fails))('%s: the pack params fail, the solution passes, the near misses fail (seeds 1–20)', (id, misses) => {
		const c = sim.challenges.find((x) => x.id === id)!;
		expect(passes({}, c.goal).filter(Boolean)).toEqual([]);
		expect(passes(c.solution!, c.goal).every(Boolean)).toBe(true);
		for (const miss of misses) expect(passes({...c.solution, ...miss}, c.goal).filter(Boolean), JSON.stringify(miss)).toEqual([]);
	});
});
