/**
 * One plain sentence per message, in Korean (한다체) and English: what the
 * arrow carries and, when it was refused, which defence refused it. Values
 * are shortened ("E9Melhoa…"); the drawing shows the arrow itself.
 */
import type {Lang} from '../../content/text.js';
import type {AttackId} from './params.js';
import {short} from './secrets.js';
import type {Defence, Message, OAuthFlowState, Party} from './types.js';

type Text = Record<Lang, string>;

/** Party names, with the Korean subject particle that fits each. */
const SUBJECT: Record<Party, Text> = {
	user: {ko: '사용자가', en: 'The user'},
	client: {ko: '프린트 매직이', en: 'Print Magic'},
	as: {ko: '인가 서버가', en: 'The authorization server'},
	rs: {ko: '사진 서버가', en: 'The photo server'},
	attacker: {ko: '공격자가', en: 'The attacker'},
};
const NAME: Record<Party, Text> = {
	user: {ko: '사용자', en: 'the user'},
	client: {ko: '프린트 매직', en: 'Print Magic'},
	as: {ko: '인가 서버', en: 'the authorization server'},
	rs: {ko: '사진 서버', en: 'the photo server'},
	attacker: {ko: '공격자', en: 'the attacker'},
};

export const DEFENCE_NAMES: Readonly<Record<Defence, Text>> = {
	pkce: {ko: 'PKCE', en: 'PKCE'},
	state: {ko: 'state 검사', en: 'state check'},
	exactRedirect: {ko: '리디렉션 URI 정확 일치', en: 'exact redirect URI match'},
	codeLifetime: {ko: '짧은 코드 수명', en: 'short code lifetime'},
	singleUse: {ko: '일회용 코드', en: 'single-use code'},
	clientSecret: {ko: '클라이언트 시크릿', en: 'client secret'},
	noImplicit: {ko: '암묵적 그랜트 차단', en: 'no implicit grant'},
	rotation: {ko: '리프레시 토큰 교체', en: 'refresh-token rotation'},
};

/** Random values, shortened in a sentence; names, URIs and scopes are shown whole. */
const SECRET = new Set([
	'state',
	'code',
	'code_challenge',
	'code_verifier',
	'client_secret',
	'access_token',
	'refresh_token',
	'authorization',
]);

/** "(state=6-ZH90bH…, code_challenge=E9Melhoa…)" for the fields worth reading. */
function carried(m: Message, keys: string[]): string {
	const parts = keys.flatMap((k) => (m.fields[k] ? [`${k}=${SECRET.has(k) ? short(m.fields[k]) : m.fields[k]}`] : []));
	return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function sentence(m: Message, attack: AttackId | 'none', lang: Lang, delay: number): string {
	const ko = lang === 'ko';
	const who = SUBJECT[m.from][lang];
	const to = NAME[m.to][lang];
	const byAttacker = m.from === 'attacker';
	switch (m.kind) {
		case 'start':
			if (byAttacker)
				return ko ? '공격자가 자기 계정으로 프린트 매직 로그인을 시작한다' : 'The attacker starts a Print Magic login with his own account';
			return ko
				? `사용자가 프린트 매직에 사진 인쇄를 요청한다${carried(m, ['scope'])}`
				: `The user asks Print Magic to print photos${carried(m, ['scope'])}`;
		case 'authorize': {
			const f = carried(m, ['response_type', 'redirect_uri', 'state', 'code_challenge']);
			if (m.from === 'client')
				return ko
					? `프린트 매직이 브라우저를 인가 서버로 보낸다${carried(m, ['state', 'code_challenge'])}`
					: `Print Magic sends the browser to the authorization server${carried(m, ['state', 'code_challenge'])}`;
			return ko
				? `사용자가 공격자의 링크를 열어 인가 서버에 요청한다${f}`
				: `The user opens the attacker's link at the authorization server${f}`;
		}
		case 'login-page':
			return ko
				? '인가 서버가 로그인과 동의 화면을 보여 준다 (Print Magic, photos.read)'
				: 'The authorization server shows its login and consent page (Print Magic, photos.read)';
		case 'consent':
			return byAttacker
				? ko
					? '공격자가 자기 계정으로 로그인하고 동의한다'
					: 'The attacker logs in with his own account and consents'
				: ko
					? '사용자가 로그인하고 동의한다'
					: 'The user logs in and consents';
		case 'code': {
			const f = carried(m, ['code', 'state']);
			if (m.to === 'client')
				return ko
					? `인가 서버가 코드를 담아 사용자를 프린트 매직으로 돌려보낸다${f}`
					: `The authorization server redirects the user back to Print Magic with a code${f}`;
			if (m.to === 'user')
				return ko
					? `인가 서버가 코드를 담아 돌려보내지만 탭이 닫혀 프린트 매직에 닿지 않는다${f}`
					: `The authorization server redirects with a code, but the tab closes before Print Magic gets it${f}`;
			if (attack === 'redirect-abuse')
				return ko
					? `인가 서버가 공격자의 주소로 코드를 보낸다${f}`
					: `The authorization server sends the code to the attacker's address${f}`;
			if (attack === 'csrf-login')
				return ko ? `공격자가 자기 코드를 받고 리디렉션을 멈춘다${f}` : `The attacker gets his own code and stops the redirect${f}`;
			return ko
				? `같은 리디렉션 URI를 가로챈 악성 앱이 코드를 받는다${f}`
				: `A malicious app that claimed the redirect URI catches the code${f}`;
		}
		case 'token-in-url': {
			const f = carried(m, ['access_token']);
			return m.to === 'attacker'
				? ko
					? `인가 서버가 액세스 토큰을 URL에 담아 공격자의 주소로 보낸다${f}`
					: `The authorization server puts an access token in the URL to the attacker's address${f}`
				: ko
					? `인가 서버가 액세스 토큰을 URL 프래그먼트에 담아 프린트 매직 페이지로 보낸다${f}`
					: `The authorization server puts an access token in the URL fragment of Print Magic's page${f}`;
		}
		case 'forged-link':
			if (attack === 'csrf-login')
				return ko
					? `공격자가 자기 코드를 담은 콜백 링크를 사용자에게 심는다${carried(m, ['url'])}`
					: `The attacker plants a callback link with his own code on the user${carried(m, ['url'])}`;
			if (attack === 'implicit-leak')
				return ko
					? '공격자가 response_type=token 인가 링크를 사용자에게 보낸다'
					: 'The attacker sends the user an authorization link with response_type=token';
			return ko
				? `공격자가 redirect_uri를 바꾼 인가 링크를 사용자에게 보낸다${carried(m, ['redirect_uri'])}`
				: `The attacker sends the user an authorization link with his own redirect_uri${carried(m, ['redirect_uri'])}`;
		case 'callback':
			return ko
				? `사용자의 브라우저가 심어진 콜백을 프린트 매직에 전달한다${carried(m, ['code', 'state'])}`
				: `The user's browser delivers the planted callback to Print Magic${carried(m, ['code', 'state'])}`;
		case 'token-request': {
			const f = carried(m, ['code', 'code_verifier', 'client_secret']);
			return byAttacker
				? ko
					? `공격자가 손에 넣은 코드를 토큰으로 바꾸려 한다${f}`
					: `The attacker tries to exchange the code for tokens${f}`
				: ko
					? `프린트 매직이 코드를 토큰으로 바꿔 달라고 요청한다${f}`
					: `Print Magic asks to exchange the code for tokens${f}`;
		}
		case 'refresh-request': {
			const f = carried(m, ['refresh_token']);
			return byAttacker
				? ko
					? `공격자가 훔친 리프레시 토큰으로 새 액세스 토큰을 요청한다${f}`
					: `The attacker asks for a new access token with the stolen refresh token${f}`
				: ko
					? `프린트 매직이 리프레시 토큰으로 새 액세스 토큰을 요청한다${f}`
					: `Print Magic asks for a new access token with its refresh token${f}`;
		}
		case 'token-response':
			return ko
				? `인가 서버가 ${to}에게 액세스 토큰과 리프레시 토큰을 발급한다${carried(m, ['access_token', 'refresh_token'])}`
				: `The authorization server issues ${to} an access token and a refresh token${carried(m, ['access_token', 'refresh_token'])}`;
		case 'api-call':
			return ko ? `${who} 액세스 토큰으로 사진 서버에 사진을 요청한다` : `${who} asks the photo server for photos with the access token`;
		case 'api-response': {
			if (!m.ok) return ko ? '사진 서버가 토큰을 거절한다 (invalid_token)' : 'The photo server rejects the token (invalid_token)';
			const owner = m.fields.photos === 'attacker' ? NAME.attacker[lang] : NAME.user[lang];
			return ko ? `사진 서버가 ${owner} 계정의 사진을 ${to}에게 돌려준다` : `The photo server returns ${owner}'s photos to ${to}`;
		}
		case 'leak':
			if (m.fields.refresh_token)
				return ko
					? `앱에 심긴 스크립트가 리프레시 토큰을 공격자에게 빼돌린다${carried(m, ['refresh_token'])}`
					: `A script injected into the app sends the refresh token to the attacker${carried(m, ['refresh_token'])}`;
			if (m.fields.access_token)
				return ko
					? `URL 프래그먼트의 액세스 토큰이 브라우저 기록과 페이지 스크립트를 거쳐 공격자에게 샌다`
					: `The access token in the URL fragment leaks to the attacker through history and page scripts`;
			if (attack === 'expired-code')
				return ko
					? `${delay}초 뒤 공격자가 로그에서 쓰이지 않은 코드를 찾는다${carried(m, ['code'])}`
					: `${delay} s later the attacker finds the unused code in a log${carried(m, ['code'])}`;
			return ko
				? `브라우저 기록에서 콜백 URL이 새어 공격자가 이미 쓰인 코드를 얻는다${carried(m, ['code'])}`
				: `The callback URL leaks from browser history: the attacker has the used code${carried(m, ['code'])}`;
	}
}

/** The sentence for one message, with the refusal and the defence that made it. */
export function narrateMessage(m: Message, attack: AttackId | 'none', lang: Lang, leakDelay = 0): string {
	const text = sentence(m, attack, lang, leakDelay);
	if (m.ok) return text;
	const by = m.blockedBy ? DEFENCE_NAMES[m.blockedBy][lang] : null;
	if (lang === 'ko') return `${text} → 거절된다: ${m.error}${by ? ` (${by})` : ''}`;
	return `${text} → refused: ${m.error}${by ? ` (${by})` : ''}`;
}

/** The sentence for the latest message of a run, or null before the first. */
export function narrate(s: OAuthFlowState, lang: Lang): string | null {
	const m = s.messages.at(-1);
	if (!m) return null;
	return narrateMessage(m, s.plan[m.round] ?? 'none', lang, s.params.leakDelay);
}
