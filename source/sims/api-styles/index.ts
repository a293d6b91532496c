import {defineSim} from '../types.js';
import {apiStyles} from './engine.js';
import {apiStylesLegend} from './legend.js';
import {apiStylesLiveActions} from './live-actions.js';
import {narrateApiStyles} from './narrate.js';
import {apiStylesParamInfo, apiStylesResultInfo} from './param-info.js';
import {apiStylesView} from './view.js';

/** The api-styles simulation: what the registry lists. Two steps a second: each step is a few seconds of traffic. */
export const apiStylesSim = defineSim({
	engine: apiStyles,
	view: apiStylesView,
	liveActions: apiStylesLiveActions,
	params: apiStylesParamInfo,
	results: apiStylesResultInfo,
	narrate: narrateApiStyles,
	legend: apiStylesLegend,
	stepsPerSecond: 2,
});
