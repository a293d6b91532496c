import {defineSim} from '../types.js';
import {rateLimiter} from './engine.js';
import {rateLimiterLegend} from './legend.js';
import {narrateRateLimiter} from './narrate.js';
import {rateLimiterParamInfo, rateLimiterResultInfo} from './param-info.js';
import {rateLimiterView} from './view.js';

/**
 * The rate-limiter simulation: what the registry lists. Five steps a second
 * (half a simulated second at the default 100 ms step): the default run's
 * arrivals and drains come a few a second, and it lasts about 20 seconds.
 */
export const rateLimiterSim = defineSim({
	engine: rateLimiter,
	view: rateLimiterView,
	liveActions: [],
	params: rateLimiterParamInfo,
	results: rateLimiterResultInfo,
	narrate: narrateRateLimiter,
	legend: rateLimiterLegend,
	stepsPerSecond: 5,
});
