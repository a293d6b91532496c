import type {Localized} from '../../content/schema.js';
import type {LiveAction} from '../types.js';
import {ATTACKS, type AttackId} from './params.js';
import type {OAuthFlowState} from './types.js';

const LABELS: Readonly<Record<AttackId, Localized>> = {
	'stolen-code': {ko: '코드 가로채기', en: 'steal the code'},
	'csrf-login': {ko: 'CSRF 로그인 주입', en: 'CSRF login'},
	'redirect-abuse': {ko: '리디렉션 URI 악용', en: 'abuse redirect URI'},
	'code-replay': {ko: '코드 재사용', en: 'replay the code'},
	'expired-code': {ko: '늦게 찾은 코드', en: 'late code'},
	'implicit-leak': {ko: '암묵적 그랜트 토큰 유출', en: 'implicit token leak'},
	'refresh-theft': {ko: '리프레시 토큰 탈취', en: 'steal refresh token'},
};

/** Launch one more attack, played after the current round (or at once when the run has ended). */
export const oauthFlowLiveActions: readonly LiveAction<OAuthFlowState>[] = ATTACKS.map((attack) => ({
	label: LABELS[attack],
	make: () => ({type: 'attack', attack}),
}));

export const attackLabel = (attack: AttackId): Localized => LABELS[attack];
