import type {Localized} from '../../content/schema.js';
import {ATTACKS, type AttackId} from './params.js';
import type {OAuthFlowState} from './types.js';

/** Something a learner can do from the simulation screen: launch one more attack (played after the current round). */
export type OAuthLiveAction = {readonly label: Localized; make(state: OAuthFlowState): {type: 'attack'; attack: AttackId} | undefined};

const LABELS: Readonly<Record<AttackId, Localized>> = {
	'stolen-code': {ko: '코드 가로채기', en: 'steal the code'},
	'csrf-login': {ko: 'CSRF 로그인 주입', en: 'CSRF login'},
	'redirect-abuse': {ko: '리디렉션 URI 악용', en: 'abuse redirect URI'},
	'code-replay': {ko: '코드 재사용', en: 'replay the code'},
	'expired-code': {ko: '늦게 찾은 코드', en: 'late code'},
	'implicit-leak': {ko: '암묵적 그랜트 토큰 유출', en: 'implicit token leak'},
	'refresh-theft': {ko: '리프레시 토큰 탈취', en: 'steal refresh token'},
};

export const oauthFlowLiveActions: readonly OAuthLiveAction[] = ATTACKS.map((attack) => ({
	label: LABELS[attack],
	make: () => ({type: 'attack', attack}),
}));

export const attackLabel = (attack: AttackId): Localized => LABELS[attack];
