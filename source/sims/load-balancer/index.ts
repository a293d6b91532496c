import {defineSim} from '../types.js';
import {loadBalancer} from './engine.js';
import {loadBalancerLiveActions} from './live-actions.js';
import {loadBalancerView} from './view.js';

/** The load-balancer simulation: what the registry lists. */
export const loadBalancerSim = defineSim({engine: loadBalancer, view: loadBalancerView, liveActions: loadBalancerLiveActions});
