/** The API-evolution simulation (chapter 52): engine, narration, challenges and live actions, for the registry to pick up. */
export {apiEvolutionChallenges, apiEvolutionPredictions} from './challenges.js';
export {type ApiEvolutionAction, type ApiEvolutionState, apiEvolution} from './engine.js';
export {apiEvolutionLiveActions} from './live-actions.js';
export {narrate} from './narration.js';
export {ARCHITECTURES, type ApiEvolutionParams, type Architecture, apiEvolutionParamHelp, apiEvolutionParams} from './params.js';
export type {ApiEvolutionSummary} from './summary.js';
