import {defineSim} from '../types.js';
import {bloomFilter} from './engine.js';
import {bloomFilterLegend} from './legend.js';
import {narrateBloomFilter} from './narrate.js';
import {bloomFilterParamInfo, bloomFilterResultInfo} from './param-info.js';
import {bloomFilterView} from './view.js';

/** The bloom-filter simulation: what the registry lists. Two steps a second: each insert names the bits it set. */
export const bloomFilterSim = defineSim({
	engine: bloomFilter,
	view: bloomFilterView,
	liveActions: [],
	params: bloomFilterParamInfo,
	results: bloomFilterResultInfo,
	narrate: narrateBloomFilter,
	legend: bloomFilterLegend,
	stepsPerSecond: 2,
});
