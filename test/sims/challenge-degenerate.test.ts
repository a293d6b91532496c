/**
 * A challenge can only be met by the idea it teaches: the shortcuts a
 * learner finds first (empty the scenario, cap the figure directly, query
 * everything) must not count. Each case is one such shortcut on a shipped
 * challenge, run on seeds 1–5.
 */
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {engineById} from '../../source/sims/registry.js';
import {challengeMet, meets, runHeadless} from '../../source/sims/run.js';

const {packs} = loadPackDir('lessons');
const offered = packs.flatMap((p) => p.simulations);

function tryShortcut(simId: string, challengeId: string, shortcut: Record<string, unknown>) {
	const sim = offered.find((s) => s.id === simId)!;
	const c = sim.challenges.find((x) => x.id === challengeId)!;
	const engine = engineById(sim.engine)!;
	const start = engine.params.parse(sim.params);
	const params = engine.params.parse({...(sim.params as object), ...shortcut});
	const runs = [1, 2, 3, 4, 5].map((seed) => runHeadless(engine, params, seed).summary);
	return {met: runs.filter((s) => challengeMet(c, start, params, s)).length, goalAlone: runs.filter((s) => meets(s, c.goal)).length};
}

describe('shortcuts that must not meet a challenge', () => {
	it.each([
		// [simulation, challenge, shortcut, does the goal alone (without what the challenge keeps) fall for it?]
		['ch-sim', 'even-load', {nodes: 1}, false],
		['ch-sim', 'no-hot-spot', {nodes: 1}, true],
		['ch-sim', 'small-move', {keys: 10}, true],
		['ch-sim', 'modulo-reshuffle', {keys: 1}, true],
		['rl-sim', 'short-wait', {burst: 0}, true],
		['rl-sim', 'fewer-drops', {duration: 120}, true],
		['bf-sim', 'fewer-false-positives', {bits: 1_000_000}, true],
		['bf-sim', 'fewer-false-positives', {items: 1}, true],
		['raft-sim', 'no-leader', {durationMs: 100}, true],
		['raft-sim', 'no-leader', {delayMaxMs: 500}, true],
		['qt-sim', 'shallow-tree', {maxDepth: 2}, true],
		['qt-sim', 'deep-cluster', {capacity: 1}, true],
		['qt-sim', 'no-wasted-checks', {query: {x: 0, y: 0, w: 100, h: 100}}, false],
		['kafka-sim', 'drain-the-lag', {produceRate: 0}, true],
		['kafka-sim', 'no-lost-writes', {produceRate: 0}, true],
		['lb-sim', 'beat-round-robin', {algorithm: 'least-connections', compareWith: 'round-robin', requests: 20}, true],
		['lb-sim', 'weights-for-slow-server', {algorithm: 'weighted-round-robin', compareWith: 'round-robin'}, false],
	] as const)('%s %s with %o', (sim, challenge, shortcut, goalAlone) => {
		const r = tryShortcut(sim, challenge, shortcut);
		expect(r.met).toBe(0);
		// Where the bare goal would count the shortcut, it is the kept scenario (or a guard goal) that refuses it.
		expect(r.goalAlone > 0).toBe(goalAlone);
	});
});
