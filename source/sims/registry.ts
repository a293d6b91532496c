import {bloomFilterSim} from './bloom-filter/index.js';
import {consistentHashingSim} from './consistent-hashing/index.js';
import {kafkaSim} from './kafka/index.js';
import {latencyBudgetSim} from './latency-budget/index.js';
import {loadBalancerSim} from './load-balancer/index.js';
import {quadtreeSim} from './quadtree/index.js';
import {raftSim} from './raft/index.js';
import {rateLimiterSim} from './rate-limiter/index.js';
import {repoStrategySim} from './repo-strategy/index.js';
import {trieSim} from './trie/index.js';
import type {AnyEngine, AnySim} from './types.js';

/**
 * Every simulation, in chapter order: what packs name, the simulation screen
 * plays and `sd-trainer sim` runs. Adding one is a folder `source/sims/<id>/`
 * (engine, view, live actions, declared in its index.ts) and one entry here;
 * the contract tests then cover it.
 */
export const SIMULATIONS: readonly AnySim[] = [
	latencyBudgetSim,
	repoStrategySim,
	loadBalancerSim,
	consistentHashingSim,
	rateLimiterSim,
	bloomFilterSim,
	trieSim,
	quadtreeSim,
	raftSim,
	kafkaSim,
];

export const ENGINES: readonly AnyEngine[] = SIMULATIONS.map((s) => s.engine);

export function simById(id: string): AnySim | undefined {
	return SIMULATIONS.find((s) => s.engine.id === id);
}

export function engineById(id: string): AnyEngine | undefined {
	return simById(id)?.engine;
}
