import {defineSim} from '../types.js';
import {rateLimiter} from './engine.js';
import {rateLimiterView} from './view.js';

/** The rate-limiter simulation: what the registry lists. */
export const rateLimiterSim = defineSim({engine: rateLimiter, view: rateLimiterView, liveActions: []});
