import {defineSim} from '../types.js';
import {consistentHashing} from './engine.js';
import {consistentHashingView} from './view.js';

/** The consistent-hashing simulation: what the registry lists. */
export const consistentHashingSim = defineSim({engine: consistentHashing, view: consistentHashingView, liveActions: []});
