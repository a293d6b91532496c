/** The scale-up-vs-out simulation (chapter 50): what the registry lists. One traffic level a second. */
import {defineSim} from '../types.js';
import {scaleUpVsOut} from './engine.js';
import {scaleUpVsOutLegend} from './legend.js';
import {scaleUpVsOutLiveActions} from './live-actions.js';
import {narrateScaleUpVsOut} from './narrate.js';
import {scaleUpVsOutParamInfo, scaleUpVsOutResultInfo} from './param-info.js';
import {scaleUpVsOutView} from './view.js';

export const scaleUpVsOutSim = defineSim({
	engine: scaleUpVsOut,
	view: scaleUpVsOutView,
	liveActions: scaleUpVsOutLiveActions,
	params: scaleUpVsOutParamInfo,
	results: scaleUpVsOutResultInfo,
	narrate: narrateScaleUpVsOut,
	legend: scaleUpVsOutLegend,
	stepsPerSecond: 1,
});
