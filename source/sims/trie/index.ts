import {defineSim} from '../types.js';
import {trie} from './engine.js';
import {trieLegend} from './legend.js';
import {narrateTrie} from './narrate.js';
import {trieParamInfo, trieResultInfo} from './param-info.js';
import {trieView} from './view.js';

/** The trie simulation: what the registry lists. Two steps a second: one word inserted or one key typed each. */
export const trieSim = defineSim({
	engine: trie,
	view: trieView,
	liveActions: [],
	params: trieParamInfo,
	results: trieResultInfo,
	narrate: narrateTrie,
	legend: trieLegend,
	stepsPerSecond: 2,
});
