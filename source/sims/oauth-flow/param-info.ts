import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const RFC6749 = 'RFC 6749, The OAuth 2.0 Authorization Framework — https://www.rfc-editor.org/rfc/rfc6749';
const RFC7636 = 'RFC 7636, Proof Key for Code Exchange by OAuth Public Clients — https://www.rfc-editor.org/rfc/rfc7636';
const RFC9700 = 'RFC 9700, Best Current Practice for OAuth 2.0 Security (2025) — https://www.rfc-editor.org/rfc/rfc9700';

/** The OAuth parameters as a learner reads them on screen: each defence with the section of the standard it comes from. */
export const oauthFlowParamInfo: ParamInfoTable = {
	pkce: {
		label: {en: 'PKCE', ko: 'PKCE'},
		description: {
			en: 'Binds the code to a secret: off, plain (sent as is), S256 (SHA-256 only).',
			ko: '코드를 비밀 검증값에 묶는다: off, plain(그대로 보냄), S256(SHA-256만 보냄).',
		},
		source: `${RFC7636} §4.2, §7.2; ${RFC9700} §2.1.1`,
	},
	stateCheck: {
		label: {en: 'state check', ko: 'state 검사'},
		description: {
			en: 'The client sends a random state and refuses a callback that comes back with another one.',
			ko: '클라이언트가 무작위 state를 보내고, 다른 state로 돌아온 콜백을 거절한다.',
		},
		source: `${RFC6749} §10.12; ${RFC9700} §4.7.1`,
	},
	redirectMatch: {
		label: {en: 'redirect URI match', ko: '리디렉션 URI 비교'},
		description: {
			en: 'How the authorization server compares redirect_uri: the exact string, or any URI that starts with the site.',
			ko: '인가 서버가 redirect_uri를 비교하는 방식이다: 문자열 그대로(exact) 또는 사이트로 시작하면 통과(prefix).',
		},
		source: `${RFC6749} §10.6; ${RFC9700} §2.1, §4.1.3`,
	},
	codeLifetime: {
		label: {en: 'code lifetime', ko: '코드 수명'},
		unit: {en: 's', ko: '초'},
		description: {
			en: 'How long an authorization code can be exchanged; RFC 6749 recommends at most 600 s.',
			ko: '인가 코드를 토큰으로 바꿀 수 있는 시간이다. RFC 6749는 600초 이하를 권한다.',
		},
		step: 60,
		source: `${RFC6749} §4.1.2, §10.5`,
	},
	singleUseCode: {
		label: {en: 'single-use code', ko: '일회용 코드'},
		description: {
			en: 'A code works once; a second try is refused and the tokens it gave are revoked.',
			ko: '코드는 한 번만 쓰인다. 두 번째 시도는 거절되고 그 코드로 받은 토큰이 폐기된다.',
		},
		source: `${RFC6749} §4.1.2`,
	},
	clientType: {
		label: {en: 'client type', ko: '클라이언트 유형'},
		description: {
			en: 'public: an app in a browser or phone, no secret; confidential: a server that proves itself with a client secret.',
			ko: 'public은 시크릿이 없는 브라우저·휴대폰 앱, confidential은 클라이언트 시크릿으로 자신을 증명하는 서버다.',
		},
		source: `${RFC6749} §2.1, §3.2.1`,
	},
	implicitAllowed: {
		label: {en: 'implicit grant allowed', ko: '암묵적 그랜트 허용'},
		description: {
			en: 'The authorization server still puts access tokens straight into the redirect URL (response_type=token).',
			ko: '인가 서버가 여전히 액세스 토큰을 리디렉션 URL에 바로 담아 준다(response_type=token).',
		},
		source: `${RFC6749} §4.2, §10.16; ${RFC9700} §2.1.2`,
	},
	refreshRotation: {
		label: {en: 'refresh-token rotation', ko: '리프레시 토큰 교체'},
		description: {
			en: 'Each refresh returns a new refresh token; an old one coming back revokes the whole family.',
			ko: '갱신할 때마다 새 리프레시 토큰을 준다. 옛 토큰이 다시 오면 그 계열 전체를 폐기한다.',
		},
		source: `${RFC9700} §2.2.2, §4.14.2`,
	},
	attack: {
		label: {en: 'attack to play', ko: '재생할 공격'},
		description: {
			en: 'all: the seven scripted attacks in turn; none: the normal flow; or one attack by name.',
			ko: 'all은 준비된 공격 일곱 가지를 차례로, none은 정상 흐름만, 이름을 고르면 그 공격 하나를 재생한다.',
		},
		source: `${RFC9700} §4 (attacks and mitigations)`,
	},
	leakDelay: {
		label: {en: 'leaked code found after', ko: '유출 코드 발견까지'},
		unit: {en: 's', ko: '초'},
		description: {
			en: 'In the late-code attack, how long after its issue an unused code reaches the attacker.',
			ko: '늦은 코드 공격에서 쓰이지 않은 코드가 발급 뒤 공격자 손에 들어가기까지의 시간이다.',
		},
		step: 60,
		assumed: true,
	},
	attackerSeesRequest: {
		label: {en: 'attacker sees the request', ko: '공격자가 요청을 봄'},
		description: {
			en: 'The attacker who gets the code also reads the authorization request, and so a plain PKCE challenge.',
			ko: '코드를 손에 넣는 공격자가 인가 요청도 읽는다. 그러면 plain PKCE의 challenge도 보인다.',
		},
		assumed: true,
		source: `${RFC7636} §1, §7.2`,
	},
};

/** The summary figures the screen shows; the first is what the learner predicts before a run. */
export const oauthFlowResultInfo: ResultInfoTable = {
	attacksSucceeded: {label: {en: 'attacks that worked', ko: '뚫린 공격'}},
	attacksBlocked: {label: {en: 'attacks blocked', ko: '막은 공격'}},
	attacksTried: {label: {en: 'attacks tried', ko: '시도한 공격'}},
	attackerUsableTokens: {label: {en: "user's tokens the attacker can use", ko: '공격자가 쓸 수 있는 사용자 토큰'}},
	maxRedemptions: {label: {en: 'most uses of one code', ko: '한 코드의 최다 사용'}},
	clientGotPhotos: {label: {en: 'rounds Print Magic got the photos', ko: '프린트 매직이 사진을 받은 라운드'}},
	messages: {label: {en: 'messages', ko: '메시지'}},
	seconds: {label: {en: 'time', ko: '시간'}, unit: {en: 's', ko: '초'}},
};
