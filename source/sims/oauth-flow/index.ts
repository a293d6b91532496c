/** The OAuth 2.0 simulation (chapter 51): what the registry lists, and the pieces its tests read. */
import {defineSim} from '../types.js';
import {oauthFlow} from './engine.js';
import {oauthFlowLegend} from './legend.js';
import {oauthFlowLiveActions} from './live-actions.js';
import {narrateOAuthFlow} from './narrate-step.js';
import {oauthFlowParamInfo, oauthFlowResultInfo} from './param-info.js';
import {oauthFlowView} from './view.js';

export {oauthFlowChallenges, oauthFlowPredictions} from './challenges.js';
export {type OAuthFlowAction, oauthFlow} from './engine.js';
export {attackLabel, oauthFlowLiveActions} from './live-actions.js';
export {DEFENCE_NAMES, narrate, narrateMessage} from './narration.js';
export {ATTACKS, type AttackId, type OAuthFlowParams, oauthFlowParamHelp, oauthFlowParams} from './params.js';
export {BEST_PRACTICE, EXPECTED_BLOCKERS} from './rules.js';
export {ATTACK_KEYS, type OAuthFlowSummary} from './summary.js';
export type {Defence, Message, OAuthFlowState, Party} from './types.js';

/** Two messages a second: a learner reads each arrow and its narration as the diagram grows. */
export const oauthFlowSim = defineSim({
	engine: oauthFlow,
	view: oauthFlowView,
	liveActions: oauthFlowLiveActions,
	params: oauthFlowParamInfo,
	results: oauthFlowResultInfo,
	narrate: narrateOAuthFlow,
	legend: oauthFlowLegend,
	stepsPerSecond: 2,
});
