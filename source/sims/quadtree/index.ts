import {defineSim} from '../types.js';
import {quadtree} from './engine.js';
import {quadtreeLegend} from './legend.js';
import {narrateQuadtree} from './narrate.js';
import {quadtreeParamInfo, quadtreeResultInfo} from './param-info.js';
import {quadtreeView} from './view.js';

/** The quadtree simulation: what the registry lists. Five points a second, each narrated with the splits it causes. */
export const quadtreeSim = defineSim({
	engine: quadtree,
	view: quadtreeView,
	liveActions: [],
	params: quadtreeParamInfo,
	results: quadtreeResultInfo,
	narrate: narrateQuadtree,
	legend: quadtreeLegend,
	stepsPerSecond: 5,
});
