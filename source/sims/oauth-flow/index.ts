/** The OAuth 2.0 simulation (chapter 51): engine, narration, rules, challenges and live actions, for the registry to pick up. */
export {oauthFlowChallenges, oauthFlowPredictions} from './challenges.js';
export {type OAuthFlowAction, oauthFlow} from './engine.js';
export {attackLabel, oauthFlowLiveActions} from './live-actions.js';
export {DEFENCE_NAMES, narrate, narrateMessage} from './narration.js';
export {ATTACKS, type AttackId, type OAuthFlowParams, oauthFlowParamHelp, oauthFlowParams} from './params.js';
export {BEST_PRACTICE, EXPECTED_BLOCKERS} from './rules.js';
export {ATTACK_KEYS, type OAuthFlowSummary} from './summary.js';
export type {Defence, Message, OAuthFlowState, Party} from './types.js';
