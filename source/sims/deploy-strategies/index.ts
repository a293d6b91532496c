import {defineSim} from '../types.js';
import {deployStrategies} from './engine.js';
import {deployLegend} from './legend.js';
import {deployLiveActions} from './live-actions.js';
import {narrateDeploy} from './narrate.js';
import {deployParamInfo, deployResultInfo} from './param-info.js';
import {deployView} from './view.js';

/** The deployment strategies simulation: what the registry lists. Two minutes a second: a release plays out in half a minute. */
export const deployStrategiesSim = defineSim({
	engine: deployStrategies,
	view: deployView,
	liveActions: deployLiveActions,
	params: deployParamInfo,
	results: deployResultInfo,
	narrate: narrateDeploy,
	legend: deployLegend,
	stepsPerSecond: 2,
});
