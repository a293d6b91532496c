import {defineSim} from '../types.js';
import {patternLab} from './engine.js';
import {patternLabLegend} from './legend.js';
import {patternLabLiveActions} from './live-actions.js';
import {narratePatternLab} from './narrate.js';
import {patternLabParamInfo, patternLabResultInfo} from './param-info.js';
import {patternLabView} from './view.js';

/** The pattern-lab simulation: a week a step, two steps a second (a year in 26 seconds). */
export const patternLabSim = defineSim({
	engine: patternLab,
	view: patternLabView,
	liveActions: patternLabLiveActions,
	params: patternLabParamInfo,
	results: patternLabResultInfo,
	narrate: narratePatternLab,
	legend: patternLabLegend,
	stepsPerSecond: 2,
});
