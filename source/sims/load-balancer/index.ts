import {defineSim} from '../types.js';
import {loadBalancer} from './engine.js';
import {loadBalancerLegend} from './legend.js';
import {loadBalancerLiveActions} from './live-actions.js';
import {narrateLoadBalancer} from './narrate.js';
import {loadBalancerParamInfo, loadBalancerResultInfo} from './param-info.js';
import {loadBalancerView} from './view.js';

/** The load-balancer simulation: what the registry lists. A few arrivals a second, each narrated. */
export const loadBalancerSim = defineSim({
	engine: loadBalancer,
	view: loadBalancerView,
	liveActions: loadBalancerLiveActions,
	params: loadBalancerParamInfo,
	results: loadBalancerResultInfo,
	narrate: narrateLoadBalancer,
	legend: loadBalancerLegend,
	stepsPerSecond: 5,
});
