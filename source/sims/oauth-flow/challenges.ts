/**
 * Challenges (a goal over the summary, a hint and a solution) and
 * predictions for the OAuth simulation, as data. Each keeps the scenario it
 * teaches (client type, what the attacker sees, when the leaked code turns
 * up: `keep`), and its goal needs the attack tried, so only the defence it
 * is about can meet it. The pack
 * (lessons/51-oauth2.yaml) offers the same challenges in the same order; the
 * first one's figure, attacks that worked, is what the screen asks the
 * learner to predict before a run.
 */
import type {SimChallenge, SimPrediction} from '../types.js';

export const oauthFlowChallenges: readonly SimChallenge[] = [
	{
		id: 'oauth-block-all-public',
		title: {
			ko: '공개 클라이언트로 일곱 가지 공격을 모두 막는다',
			en: 'Block all seven attacks with a public client',
		},
		goal: [
			{metric: 'attacksTried', op: '==', value: 7},
			{metric: 'attacksSucceeded', op: '==', value: 0},
		],
		keep: ['clientType', 'attackerSeesRequest', 'leakDelay'],
		hint: {
			ko: 'RFC 9700의 권고를 모두 켠다: S256, state, 정확한 URI 일치, 짧은 일회용 코드, 암묵적 그랜트 끄기, 토큰 교체.',
			en: 'Turn on all of RFC 9700: S256, state, exact URI match, short single-use codes, no implicit grant, rotation.',
		},
		solution: {
			pkce: 'S256',
			stateCheck: true,
			redirectMatch: 'exact',
			codeLifetime: 60,
			singleUseCode: true,
			implicitAllowed: false,
			refreshRotation: true,
		},
	},
	{
		id: 'oauth-stolen-code-phone',
		title: {
			ko: '비밀을 지킬 수 없는 공개 클라이언트에서 가로챈 코드를 쓸모없게 만든다 (공격자는 인가 요청도 본다)',
			en: 'Make an intercepted code useless to a public client that keeps no secret (the attacker also sees the request)',
		},
		goal: {metric: 'matrix.stolenCode.outcome', op: '==', value: 'blocked'},
		keep: ['clientType', 'attackerSeesRequest'],
		hint: {
			ko: '공격자가 code_challenge를 읽을 수 있다면 plain은 검증값을 그대로 보여 준다. 해시는 거꾸로 풀 수 없다.',
			en: 'If the attacker can read code_challenge, plain shows him the verifier itself. A hash cannot be reversed.',
		},
		solution: {pkce: 'S256'},
	},
	{
		id: 'oauth-csrf-without-state',
		title: {
			ko: 'state 검사 없이 CSRF 로그인 공격을 막는다',
			en: 'Stop the CSRF login attack without the state check',
		},
		goal: {metric: 'matrix.csrfLogin.outcome', op: '==', value: 'blocked'},
		keep: ['stateCheck'],
		hint: {
			ko: '피해자의 세션은 자기 검증값을 보낸다. 공격자의 코드는 공격자의 challenge에 묶여 있다.',
			en: "The victim's session sends its own verifier; the attacker's code is bound to the attacker's challenge.",
		},
		solution: {pkce: 'plain'},
	},
	{
		id: 'oauth-refresh-theft-spa',
		title: {
			ko: '공개 클라이언트의 리프레시 토큰을 도둑맞아도 공격자가 새 토큰을 받지 못하게 한다',
			en: "A public client's refresh token is stolen: keep the attacker from getting new tokens with it",
		},
		goal: {metric: 'matrix.refreshTheft.outcome', op: '==', value: 'blocked'},
		keep: ['clientType'],
		hint: {
			ko: '리프레시 토큰을 한 번 쓰면 새것으로 바꾸게 하면, 옛것이 다시 오는 순간 도난이 드러난다.',
			en: 'If each refresh hands out a new refresh token, an old one coming back gives the theft away.',
		},
		solution: {refreshRotation: true},
	},
	{
		id: 'oauth-late-code-no-pkce',
		title: {
			ko: 'PKCE 없이, 10분 뒤 로그에서 발견된 코드를 무효로 만든다',
			en: 'Without PKCE, make a code found in a log ten minutes later worthless',
		},
		goal: {metric: 'matrix.expiredCode.outcome', op: '==', value: 'blocked'},
		keep: ['pkce', 'clientType', 'leakDelay'],
		hint: {
			ko: 'RFC 6749는 코드 수명을 최대 10분으로 권한다. 그보다 짧아야 10분 뒤의 코드를 거절한다.',
			en: 'RFC 6749 recommends at most ten minutes; only a shorter life refuses a code used ten minutes later.',
		},
		solution: {codeLifetime: 60},
	},
];

export const oauthFlowPredictions: readonly SimPrediction[] = [
	{
		id: 'oauth-predict-s256-alone',
		prompt: {
			ko: '공개 클라이언트에 PKCE S256만 켜면 일곱 가지 공격 중 몇 개가 여전히 성공할까?',
			en: 'With only PKCE S256 on a public client, how many of the seven attacks still succeed?',
		},
		params: {pkce: 'S256'},
		metric: 'attacksSucceeded',
		unit: {ko: '개', en: 'attacks'},
	},
];
