import type {Localized} from '../../content/schema.js';
import type {LiveAction} from '../types.js';
import {ATTACKS, type AttackId} from './params.js';
import type {OAuthFlowState} from './types.js';
import {ATTACK_NAME} from './view-text.js';

// The same names the screen's attack list and matrix use (one form per term).
const LABELS: Readonly<Record<AttackId, Localized>> = Object.fromEntries(
	ATTACKS.map((a) => [a, {ko: ATTACK_NAME[a].ko[0]!, en: ATTACK_NAME[a].en[0]!}]),
) as Record<AttackId, Localized>;

/** Launch one more attack, played after the current round (or at once when the run has ended). */
export const oauthFlowLiveActions: readonly LiveAction<OAuthFlowState>[] = ATTACKS.map((attack) => ({
	label: LABELS[attack],
	make: () => ({type: 'attack', attack}),
}));

export const attackLabel = (attack: AttackId): Localized => LABELS[attack];
