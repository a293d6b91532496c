import {defineSim} from '../types.js';
import {bloomFilter} from './engine.js';
import {bloomFilterView} from './view.js';

/** The bloom-filter simulation: what the registry lists. */
export const bloomFilterSim = defineSim({engine: bloomFilter, view: bloomFilterView, liveActions: []});
