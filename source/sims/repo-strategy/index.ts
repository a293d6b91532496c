import {defineSim} from '../types.js';
import {repoStrategy} from './engine.js';
import {repoStrategyLegend} from './legend.js';
import {repoStrategyLiveActions} from './live-actions.js';
import {narrateRepoStrategy} from './narrate.js';
import {repoStrategyParamInfo, repoStrategyResultInfo} from './param-info.js';
import {repoStrategyView} from './view.js';

/** The repo-strategy simulation: what the registry lists. Ten hours a second: a polyrepo rollout of weeks plays in about a minute. */
export const repoStrategySim = defineSim({
	engine: repoStrategy,
	view: repoStrategyView,
	liveActions: repoStrategyLiveActions,
	params: repoStrategyParamInfo,
	results: repoStrategyResultInfo,
	narrate: narrateRepoStrategy,
	legend: repoStrategyLegend,
	stepsPerSecond: 10,
});
