import {defineSim} from '../types.js';
import {serverlessCost} from './engine.js';
import {serverlessCostLegend} from './legend.js';
import {serverlessCostLiveActions} from './live-actions.js';
import {narrateServerlessCost} from './narrate.js';
import {serverlessCostParamInfo, serverlessCostResultInfo} from './param-info.js';
import {serverlessCostView} from './view.js';

/** The serverless-cost simulation (the Prime Video bill): what the registry lists. Two days a second: a month in 15 s. */
export const serverlessCostSim = defineSim({
	engine: serverlessCost,
	view: serverlessCostView,
	liveActions: serverlessCostLiveActions,
	params: serverlessCostParamInfo,
	results: serverlessCostResultInfo,
	narrate: narrateServerlessCost,
	legend: serverlessCostLegend,
	stepsPerSecond: 2,
});
