import {defineSim} from '../types.js';
import {trie} from './engine.js';
import {trieView} from './view.js';

/** The trie simulation: what the registry lists. */
export const trieSim = defineSim({engine: trie, view: trieView, liveActions: []});
