/**
 * The words of the OAuth drawing, in both languages: the parties' column
 * names, each arrow's short label (the wire's own names: code, state,
 * token…), the attacks and the defences as the matrix names them.
 */
import type {Lang} from '../../content/text.js';
import type {AttackId, OAuthFlowParams} from './params.js';
import type {Defence, Message, Party} from './types.js';

type Text = Record<Lang, string>;
/** Several ways to say one thing, longest first (see firstFit). */
type Forms = Record<Lang, string[]>;

/** Column names: the chapter's Print Magic and Snap Store's two servers. Longest first. */
export const PARTY: Readonly<Record<Party, Forms>> = {
	user: {en: ['user'], ko: ['사용자']},
	client: {en: ['Print Magic', 'client'], ko: ['프린트 매직', '매직']},
	as: {en: ['authz server', 'authz'], ko: ['인가 서버', '인가']},
	rs: {en: ['photo server', 'photos'], ko: ['사진 서버', '사진']},
	attacker: {en: ['attacker', 'evil'], ko: ['공격자']},
};

export const SNAP_STORE: Text = {en: 'Snap Store', ko: '스냅 스토어'};

/** Attack names: full, then short (matrix rows), then tiny (the one-line matrix). */
export const ATTACK_NAME: Readonly<Record<AttackId | 'none', Forms>> = {
	none: {en: ['normal flow', 'normal'], ko: ['정상 흐름', '정상']},
	'stolen-code': {en: ['stolen code', 'code'], ko: ['코드 가로채기', '가로챔']},
	'csrf-login': {en: ['CSRF login', 'CSRF'], ko: ['CSRF 로그인', 'CSRF']},
	'redirect-abuse': {en: ['redirect URI abuse', 'redirect'], ko: ['리디렉션 URI 악용', 'URI']},
	'code-replay': {en: ['code replay', 'replay'], ko: ['코드 재사용', '재사용']},
	'expired-code': {en: ['late code', 'late'], ko: ['늦은 코드', '늦은']},
	'implicit-leak': {en: ['implicit token leak', 'implicit'], ko: ['암묵적 토큰 유출', '암묵']},
	'refresh-theft': {en: ['refresh token theft', 'refresh'], ko: ['리프레시 토큰 탈취', '리프레시']},
};

/** What each attack does, in one line (while its round runs). */
export function attackHow(attack: AttackId | 'none', lang: Lang, leakDelay: number): string {
	const ko = lang === 'ko';
	switch (attack) {
		case 'none':
			return ko ? '공격 없이 정상 흐름만 돈다' : 'the normal flow, no attack';
		case 'stolen-code':
			return ko ? '휴대폰의 악성 앱이 코드가 담긴 리디렉션을 가로챈다' : 'a malicious app catches the redirect with the code';
		case 'csrf-login':
			return ko ? '공격자가 자기 계정의 코드를 사용자의 세션에 심는다' : "the attacker plants his own code in the user's session";
		case 'redirect-abuse':
			return ko ? '링크가 인가 서버에 공격자 주소로 응답을 보내라고 한다' : "a link makes the server answer to the attacker's URI";
		case 'code-replay':
			return ko ? '이미 쓴 코드가 브라우저 기록에서 새어 다시 쓰인다' : 'a used code leaks from history and is sent again';
		case 'expired-code':
			return ko ? `쓰이지 않은 코드를 ${leakDelay}초 뒤 로그에서 찾아 쓴다` : `an unused code is found in a log ${leakDelay} s later`;
		case 'implicit-leak':
			return ko ? 'URL에 담겨 온 액세스 토큰이 페이지에서 샌다' : 'an access token sent in the URL leaks from the page';
		case 'refresh-theft':
			return ko ? '앱에 심긴 스크립트가 리프레시 토큰을 복사한다' : 'a script in the app copies the refresh token';
	}
}

/** Matrix column heads, at most six columns wide. */
export const DEFENCE_SHORT: Readonly<Record<Defence, Text>> = {
	pkce: {en: 'PKCE', ko: 'PKCE'},
	state: {en: 'state', ko: 'state'},
	exactRedirect: {en: 'URI=', ko: 'URI='},
	codeLifetime: {en: 'life', ko: '수명'},
	singleUse: {en: '1-use', ko: '일회용'},
	clientSecret: {en: 'secret', ko: '시크릿'},
	noImplicit: {en: 'no-imp', ko: '암묵X'},
	rotation: {en: 'rotate', ko: '교체'},
};
export const DEFENCE_ORDER: readonly Defence[] = [
	'pkce',
	'state',
	'exactRedirect',
	'codeLifetime',
	'singleUse',
	'clientSecret',
	'noImplicit',
	'rotation',
];

/** "60s", "10m", "1h": a lifetime as the matrix shows it. */
export function seconds(n: number): string {
	if (n % 3600 === 0) return `${n / 3600}h`;
	if (n % 60 === 0 && n >= 60) return `${n / 60}m`;
	return `${n}s`;
}

/** Each defence as set now: the matrix's "settings" row. */
export function defenceSetting(d: Defence, p: OAuthFlowParams, lang: Lang): string {
	const on = (b: boolean) => (lang === 'ko' ? (b ? '켬' : '끔') : b ? 'on' : 'off');
	switch (d) {
		case 'pkce':
			return p.pkce;
		case 'state':
			return on(p.stateCheck);
		case 'exactRedirect':
			return lang === 'ko' ? (p.redirectMatch === 'exact' ? '정확' : '접두') : p.redirectMatch;
		case 'codeLifetime':
			return seconds(p.codeLifetime);
		case 'singleUse':
			return on(p.singleUseCode);
		case 'clientSecret':
			return lang === 'ko' ? (p.clientType === 'confidential' ? '있음' : '없음') : p.clientType === 'confidential' ? 'yes' : 'no';
		case 'noImplicit':
			return on(!p.implicitAllowed);
		case 'rotation':
			return on(p.refreshRotation);
	}
}

const tokenName = (m: Message): string => (m.fields.refresh_token ? 'refresh_token' : m.fields.access_token ? 'access_token' : 'code');

/** An arrow's label, longest first: the wire's names, shortened as the room shrinks. */
export function arrowLabel(m: Message, lang: Lang): string[] {
	const ko = lang === 'ko';
	const f = m.fields;
	const plus = (keys: [string, string][]) => keys.flatMap(([k, name]) => (f[k] ? [`+${name}`] : [])).join('');
	switch (m.kind) {
		case 'start':
			if (m.from === 'attacker') return ko ? ['자기 계정으로 로그인', '로그인'] : ['log in as himself', 'log in'];
			return ko ? ['인쇄 요청', '요청'] : ['print photos', 'start'];
		case 'authorize': {
			const extra = plus([
				['state', 'state'],
				['code_challenge', 'challenge'],
			]);
			const base = f.response_type === 'token' ? 'authorize token' : 'authorize';
			return [`${base}${extra}`, base, 'auth'];
		}
		case 'login-page':
			return ko ? ['로그인 화면', '로그인'] : ['login page', 'login'];
		case 'consent':
			return ko ? ['로그인·동의', '동의'] : ['log in, consent', 'consent'];
		case 'code':
			return [`code${plus([['state', 'state']])}`, 'code'];
		case 'token-in-url':
			return ['#access_token', '#token'];
		case 'callback':
			return [`callback code${plus([['state', 'state']])}`, 'callback', 'cb'];
		case 'forged-link':
			return ko ? ['가짜 링크', '링크'] : ['forged link', 'link'];
		case 'token-request': {
			const extra = plus([
				['code_verifier', 'verifier'],
				['client_secret', 'secret'],
			]);
			return [`/token code${extra}`, '/token code', 'code'];
		}
		case 'refresh-request':
			return [`/token refresh${f.client_secret ? '+secret' : ''}`, '/token refresh', 'refresh'];
		case 'token-response':
			return m.ok ? ['access+refresh tokens', 'tokens'] : [String(f.error ?? 'error'), 'error'];
		case 'api-call':
			return ['GET /photos Bearer', 'GET /photos', 'GET'];
		case 'api-response':
			if (!m.ok) return ['invalid_token', '401'];
			return ko
				? [`${f.photos === 'attacker' ? '공격자' : '사용자'}의 사진`, '사진']
				: [`${f.photos === 'attacker' ? "attacker's" : "user's"} photos`, 'photos'];
		case 'leak':
			return ko ? [`유출: ${tokenName(m)}`, '유출'] : [`leak: ${tokenName(m)}`, 'leak'];
	}
}

/** The parties an arrow joins, as the one-line form names them ("사용자 → 프린트 매직"). */
export function partyName(p: Party, lang: Lang): string {
	return PARTY[p][lang][0]!;
}
