import {apiStylesSim} from './api-styles/index.js';
import {apiEvolutionSim} from './api-evolution/index.js';
import {bloomFilterSim} from './bloom-filter/index.js';
import {consistentHashingSim} from './consistent-hashing/index.js';
import {gitSandboxSim} from './git-sandbox/index.js';
import {hotPartitionSim} from './hot-partition/index.js';
import {deployStrategiesSim} from './deploy-strategies/index.js';
import {errorBudgetMonthSim} from './error-budget-month/index.js';
import {kafkaSim} from './kafka/index.js';
import {latencyBudgetSim} from './latency-budget/index.js';
import {loadBalancerSim} from './load-balancer/index.js';
import {oauthFlowSim} from './oauth-flow/index.js';
import {patternLabSim} from './pattern-lab/index.js';
import {quadtreeSim} from './quadtree/index.js';
import {raftSim} from './raft/index.js';
import {rateLimiterSim} from './rate-limiter/index.js';
import {serverlessCostSim} from './serverless-cost/index.js';
import {scaleUpVsOutSim} from './scale-up-vs-out/index.js';
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
	serverlessCostSim,
	apiStylesSim,
	deployStrategiesSim,
	hotPartitionSim,
	scaleUpVsOutSim,
	oauthFlowSim,
	apiEvolutionSim,
	errorBudgetMonthSim,
	latencyBudgetSim,
	repoStrategySim,
	gitSandboxSim,
	loadBalancerSim,
	consistentHashingSim,
	rateLimiterSim,
	bloomFilterSim,
	trieSim,
	quadtreeSim,
	raftSim,
	patternLabSim,
	kafkaSim,
];

export const ENGINES: readonly AnyEngine[] = SIMULATIONS.map((s) => s.engine);

export function simById(id: string): AnySim | undefined {
	return SIMULATIONS.find((s) => s.engine.id === id);
}

export function engineById(id: string): AnyEngine | undefined {
	return simById(id)?.engine;
}
