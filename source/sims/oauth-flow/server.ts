/**
 * The authorization server (Snap Store) and its resource server, as pure
 * functions over the run's records. The checks follow RFC 6749 §4.1.3 in
 * order (client authentication, then the code: known, not expired, not used,
 * same redirect_uri) and then RFC 7636 §4.6 (the verifier against the stored
 * challenge).
 */
import type {OAuthFlowParams} from './params.js';
import {challengeOf, randomString} from './secrets.js';
import type {Account, CodeRecord, Defence, OAuthFlowState, Party, Reply, TokenRecord} from './types.js';

export const CLIENT_ID = 'print-magic';
export const REDIRECT_URI = 'https://printmagic.example/cb';
/** Starts with the prefix a lax server registered, but is another host. */
export const EVIL_REDIRECT = 'https://printmagic.example.evil.example/cb';
export const SCOPE = 'photos.read';

/** What the server compares redirect_uri with: the full URI, or (lax) a prefix of the client's site. */
export const registeredRedirect = (p: OAuthFlowParams): string =>
	p.redirectMatch === 'exact' ? REDIRECT_URI : 'https://printmagic.example';

export type Verdict = {error: string | null; blockedBy: Defence | null};
const OK: Verdict = {error: null, blockedBy: null};

/** The authorization endpoint's checks (RFC 6749 §3.1.2, §4.1.2.1; RFC 9700 §2.1.2, §4.1). */
export function checkAuthorize(p: OAuthFlowParams, responseType: 'code' | 'token', redirectUri: string): Verdict {
	const registered = registeredRedirect(p);
	const matches = p.redirectMatch === 'exact' ? redirectUri === registered : redirectUri.startsWith(registered);
	// An unknown redirect_uri gets an error page, never a redirect (RFC 6749 §4.1.2.1).
	if (!matches) return {error: 'redirect_uri not registered', blockedBy: 'exactRedirect'};
	if (responseType === 'token' && !p.implicitAllowed) return {error: 'unsupported_response_type', blockedBy: 'noImplicit'};
	return OK;
}

type Issued = {state: OAuthFlowState; id: string};

export function issueCode(
	s: OAuthFlowState,
	account: Account,
	redirectUri: string,
	challenge: string | null,
	method: 'plain' | 'S256' | null,
): Issued {
	const [code, random] = randomString(s.random, 12);
	const record: CodeRecord = {code, round: s.roundIndex, account, redirectUri, challenge, method, issuedAt: s.clock, redemptions: 0};
	return {state: {...s, random, codes: [...s.codes, record]}, id: code};
}

export function issueToken(s: OAuthFlowState, kind: 'access' | 'refresh', account: Account, family: string, holder: Party): Issued {
	const [id, random] = randomString(s.random, 12);
	const record: TokenRecord = {id, kind, account, round: s.roundIndex, family, valid: true, used: false, heldBy: [holder]};
	return {state: {...s, random, tokens: [...s.tokens, record]}, id};
}

const updateToken = (s: OAuthFlowState, id: string, change: (t: TokenRecord) => TokenRecord): OAuthFlowState => ({
	...s,
	tokens: s.tokens.map((t) => (t.id === id ? change(t) : t)),
});

/** Another party now has a copy of a token (stolen or leaked). */
export const shareToken = (s: OAuthFlowState, id: string, party: Party): OAuthFlowState =>
	updateToken(s, id, (t) => (t.heldBy.includes(party) ? t : {...t, heldBy: [...t.heldBy, party]}));

const revokeFamily = (s: OAuthFlowState, family: string): OAuthFlowState => ({
	...s,
	tokens: s.tokens.map((t) => (t.family === family ? {...t, valid: false} : t)),
});

export const findToken = (s: OAuthFlowState, id: string | null): TokenRecord | undefined => s.tokens.find((t) => t.id === id);

const refused = (s: OAuthFlowState, error: string, blockedBy: Defence | null): Outcome => ({
	state: s,
	reply: {ok: false, error, access: null, refresh: null, account: null},
	blockedBy,
});

export type Outcome = {state: OAuthFlowState; reply: Reply; blockedBy: Defence | null};

/** Client authentication at the token endpoint: a confidential client must present its secret (RFC 6749 §2.3, §3.2.1). */
const clientAuthFails = (s: OAuthFlowState, secret: string | null) => s.params.clientType === 'confidential' && secret !== s.clientSecret;

/** POST /token with grant_type=authorization_code. */
export function exchangeCode(
	s: OAuthFlowState,
	req: {code: string | null; redirectUri: string; verifier: string | null; secret: string | null; holder: Party},
): Outcome {
	if (clientAuthFails(s, req.secret)) return refused(s, 'invalid_client', 'clientSecret');
	const record = s.codes.find((c) => c.code === req.code);
	if (!record) return refused(s, 'invalid_grant', null);
	if (s.clock - record.issuedAt > s.params.codeLifetime) return refused(s, 'invalid_grant: code expired', 'codeLifetime');
	if (record.redemptions > 0 && s.params.singleUseCode) {
		// A second use means the code leaked: revoke what the first use gave (RFC 6749 §4.1.2, §10.5).
		return refused(revokeFamily(s, record.code), 'invalid_grant: code already used', 'singleUse');
	}
	if (req.redirectUri !== record.redirectUri) return refused(s, 'invalid_grant: redirect_uri differs', null);
	if (record.challenge !== null && record.method !== null) {
		if (req.verifier === null || challengeOf(req.verifier, record.method) !== record.challenge) {
			return refused(s, 'invalid_grant: PKCE verification failed', 'pkce');
		}
	}
	let next: OAuthFlowState = {...s, codes: s.codes.map((c) => (c === record ? {...c, redemptions: c.redemptions + 1} : c))};
	const access = issueToken(next, 'access', record.account, record.code, req.holder);
	const refresh = issueToken(access.state, 'refresh', record.account, record.code, req.holder);
	next = refresh.state;
	return {state: next, reply: {ok: true, error: null, access: access.id, refresh: refresh.id, account: record.account}, blockedBy: null};
}

/** POST /token with grant_type=refresh_token (RFC 6749 §6; rotation and reuse detection per RFC 9700 §4.14.2). */
export function exchangeRefresh(s: OAuthFlowState, req: {refresh: string | null; secret: string | null; holder: Party}): Outcome {
	if (clientAuthFails(s, req.secret)) return refused(s, 'invalid_client', 'clientSecret');
	const token = findToken(s, req.refresh);
	if (token?.kind !== 'refresh' || !token.valid) return refused(s, 'invalid_grant', null);
	if (s.params.refreshRotation && token.used) {
		// An old refresh token came back: someone has a copy. Revoke the whole family.
		return refused(revokeFamily(s, token.family), 'invalid_grant: refresh token reused, family revoked', 'rotation');
	}
	const access = issueToken(s, 'access', token.account, token.family, req.holder);
	if (!s.params.refreshRotation) {
		return {
			state: access.state,
			reply: {ok: true, error: null, access: access.id, refresh: token.id, account: token.account},
			blockedBy: null,
		};
	}
	const marked = updateToken(access.state, token.id, (t) => ({...t, used: true}));
	const refresh = issueToken(marked, 'refresh', token.account, token.family, req.holder);
	return {
		state: refresh.state,
		reply: {ok: true, error: null, access: access.id, refresh: refresh.id, account: token.account},
		blockedBy: null,
	};
}

/** The resource server accepts a valid access token and returns that account's photos. */
export function photosFor(s: OAuthFlowState, access: string | null): Account | null {
	const token = findToken(s, access);
	return token && token.kind === 'access' && token.valid ? token.account : null;
}
