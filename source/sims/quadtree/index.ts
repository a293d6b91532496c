import {defineSim} from '../types.js';
import {quadtree} from './engine.js';
import {quadtreeView} from './view.js';

/** The quadtree simulation: what the registry lists. */
export const quadtreeSim = defineSim({engine: quadtree, view: quadtreeView, liveActions: []});
