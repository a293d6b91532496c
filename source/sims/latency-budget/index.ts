import {defineSim} from '../types.js';
import {latencyBudget} from './engine.js';
import {latencyBudgetLegend} from './legend.js';
import {latencyBudgetLiveActions} from './live-actions.js';
import {narrateLatencyBudget} from './narrate.js';
import {latencyBudgetParamInfo} from './param-info.js';
import {latencyBudgetResultInfo} from './result-info.js';
import {latencyBudgetView} from './view.js';

/** The latency-budget simulation: what the registry lists. Two ticks a second: each tick names its slowest request. */
export const latencyBudgetSim = defineSim({
	engine: latencyBudget,
	view: latencyBudgetView,
	liveActions: latencyBudgetLiveActions,
	params: latencyBudgetParamInfo,
	results: latencyBudgetResultInfo,
	narrate: narrateLatencyBudget,
	legend: latencyBudgetLegend,
	stepsPerSecond: 2,
});
