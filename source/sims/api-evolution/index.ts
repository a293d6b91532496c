/** The API-evolution simulation (chapter 52): what the registry lists. Two batches of screens a second: a run takes ten seconds to watch. */
import {defineSim} from '../types.js';
import {apiEvolution} from './engine.js';
import {apiEvolutionLegend} from './legend.js';
import {apiEvolutionLiveActions} from './live-actions.js';
import {narrateApiEvolution} from './narration.js';
import {apiEvolutionParamInfo, apiEvolutionResultInfo} from './param-info.js';
import {apiEvolutionView} from './view.js';

export {apiEvolutionChallenges, apiEvolutionPredictions} from './challenges.js';
export {type ApiEvolutionAction, type ApiEvolutionState, apiEvolution} from './engine.js';
export {apiEvolutionLiveActions} from './live-actions.js';
export {batchSentence, narrateApiEvolution} from './narration.js';
export {ARCHITECTURES, type ApiEvolutionParams, type Architecture, apiEvolutionParamHelp, apiEvolutionParams} from './params.js';
export type {ApiEvolutionSummary} from './summary.js';

export const apiEvolutionSim = defineSim({
	engine: apiEvolution,
	view: apiEvolutionView,
	liveActions: apiEvolutionLiveActions,
	params: apiEvolutionParamInfo,
	results: apiEvolutionResultInfo,
	narrate: narrateApiEvolution,
	legend: apiEvolutionLegend,
	stepsPerSecond: 2,
});
