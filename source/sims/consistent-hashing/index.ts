import {defineSim} from '../types.js';
import {consistentHashing} from './engine.js';
import {consistentHashingLegend} from './legend.js';
import {narrateConsistentHashing} from './narrate.js';
import {consistentHashingParamInfo, consistentHashingResultInfo} from './param-info.js';
import {consistentHashingView} from './view.js';

/** The consistent-hashing simulation: what the registry lists. Two ring changes a second, each narrated in a sentence that stays on screen. */
export const consistentHashingSim = defineSim({
	engine: consistentHashing,
	view: consistentHashingView,
	liveActions: [],
	params: consistentHashingParamInfo,
	results: consistentHashingResultInfo,
	narrate: narrateConsistentHashing,
	legend: consistentHashingLegend,
	stepsPerSecond: 2,
});
