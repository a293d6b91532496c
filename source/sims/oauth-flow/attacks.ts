/**
 * The attacker's moves (scripts.ts strings them into attacks). Where the
 * attacker's code comes from decides which defences can matter:
 * - stolen-code: a malicious app on the device catches the redirect (RFC 7636 §1);
 * - csrf-login: the attacker plants his own code in the victim's session (RFC 6749 §10.12, RFC 9700 §4.7);
 * - redirect-abuse: a redirect_uri the server should not accept (RFC 6749 §10.6, RFC 9700 §4.1);
 * - code-replay: a used code leaks from browser history or a Referer header (RFC 9700 §4.2, §4.3);
 * - expired-code: a never-used code is found in a log much later (RFC 6749 §4.1.2, §10.5);
 * - implicit-leak: a token in the URL fragment leaks from the page (RFC 9700 §2.1.2, §4.3.2);
 * - refresh-theft: a script steals the app's refresh token (RFC 6749 §10.4, RFC 9700 §4.14).
 */
import {
	advance,
	apiCall,
	apiResponse,
	authorizeFields,
	clientAuthorizes,
	clientExchanges,
	emit,
	loginPage,
	type Move,
	newSession,
	replyTo,
	userConsents,
	userStarts,
	victimCode,
} from './moves.js';
import {checkAuthorize, EVIL_REDIRECT, exchangeCode, exchangeRefresh, issueCode, issueToken, REDIRECT_URI, shareToken} from './server.js';
import {challengeOf, newVerifier} from './secrets.js';
import type {RoundState} from './types.js';

/** What a leak or an interception gives: the code, and a verifier that is right only for a plain challenge it saw. */
const seen = (s: {params: {attackerSeesRequest: boolean}}, r: RoundState) =>
	s.params.attackerSeesRequest ? (r.victim?.challenge ?? null) : null;

export const attackerExchanges: Move = (s0, r) => {
	if (!r.loot.code || r.loot.access) return null;
	const s = advance(s0);
	const redirectUri = r.loot.redirectUri ?? REDIRECT_URI;
	const o = exchangeCode(s, {code: r.loot.code, redirectUri, verifier: r.loot.verifier, secret: null, holder: 'attacker'});
	const fields: Record<string, string> = {grant_type: 'authorization_code', code: r.loot.code, redirect_uri: redirectUri};
	if (r.loot.verifier) fields.code_verifier = r.loot.verifier;
	const arrow = {
		from: 'attacker',
		to: 'as',
		kind: 'token-request',
		fields,
		ok: o.reply.ok,
		error: o.reply.error,
		blockedBy: o.blockedBy,
	} as const;
	return emit(o.state, r, arrow, {reply: o.reply});
};

export const attackerRefreshes: Move = (s0, r) => {
	if (!r.loot.refresh) return null;
	const s = advance(s0);
	const o = exchangeRefresh(s, {refresh: r.loot.refresh, secret: null, holder: 'attacker'});
	const fields = {grant_type: 'refresh_token', refresh_token: r.loot.refresh};
	const arrow = {
		from: 'attacker',
		to: 'as',
		kind: 'refresh-request',
		fields,
		ok: o.reply.ok,
		error: o.reply.error,
		blockedBy: o.blockedBy,
	} as const;
	return emit(o.state, r, arrow, {reply: o.reply});
};

export const attackerTail: Move[] = [attackerExchanges, replyTo('attacker'), apiCall('attacker'), apiResponse('attacker')];
export const normalStart: Move[] = [userStarts, clientAuthorizes, loginPage, userConsents];
export const normalFlow: Move[] = [...normalStart, victimCode('client'), clientExchanges((r) => r.code), replyTo('client')];

// Stolen code: the redirect goes to a malicious app that claimed the same redirect URI on the device.
export const intercept = victimCode('attacker', (code, r, s) => ({loot: {...r.loot, code, verifier: seen(s, r)}}));

// CSRF login: the attacker logs in to Print Magic with his own Snap Store account, keeps the code, and plants it.
export const attackerStartsLogin: Move = (s0, r) => {
	const [attackerSession, s] = newSession(advance(s0));
	return emit(s, r, {from: 'attacker', to: 'client', kind: 'start', fields: {account: 'attacker'}}, {attackerSession});
};
export const clientAuthorizesAttacker: Move = (s0, r) => {
	if (!r.attackerSession) return null;
	const s = advance(s0);
	return emit(s, r, {from: 'client', to: 'as', kind: 'authorize', fields: authorizeFields(s, r.attackerSession)});
};
export const attackerConsents: Move = (s, r) =>
	emit(advance(s), r, {from: 'attacker', to: 'as', kind: 'consent', fields: {account: 'attacker'}});
export const codeToAttacker: Move = (s0, r) => {
	const session = r.attackerSession;
	if (!session) return null;
	const method = s0.params.pkce === 'off' ? null : s0.params.pkce;
	const issued = issueCode(advance(s0), 'attacker', REDIRECT_URI, session.challenge, method);
	const fields: Record<string, string> = {code: issued.id};
	if (session.state) fields.state = session.state;
	return emit(issued.state, r, {from: 'as', to: 'attacker', kind: 'code', fields}, {attackerCode: issued.id});
};
export const plantedLink: Move = (s, r) => {
	const state = r.attackerSession?.state;
	const url = `${REDIRECT_URI}?code=${r.attackerCode}${state ? `&state=${state}` : ''}`;
	return emit(advance(s), r, {from: 'attacker', to: 'user', kind: 'forged-link', fields: {url}});
};
export const plantedCallback: Move = (s, r) => {
	const fields: Record<string, string> = {code: r.attackerCode ?? ''};
	const planted = r.attackerSession?.state ?? null;
	if (planted) fields.state = planted;
	// The client compares the callback's state with the one it stored in this browser session.
	const refused = s.params.stateCheck && planted !== (r.victim?.state ?? null);
	const arrow = {from: 'user', to: 'client', kind: 'callback', fields} as const;
	return emit(advance(s), r, refused ? {...arrow, ok: false, error: 'state mismatch', blockedBy: 'state'} : arrow);
};

// Redirect-URI abuse: a link to the real server with the attacker's redirect_uri (a token straight away if implicit is on).
export function evilResponseType(s: {params: {implicitAllowed: boolean}}) {
	return s.params.implicitAllowed ? 'token' : 'code';
}
export const evilLink: Move = (s0, r) => {
	let s = advance(s0);
	let attackerSession = {state: null, verifier: null, challenge: null} as RoundState['victim'] & {};
	const method = s.params.pkce;
	if (method !== 'off') {
		// The attacker makes the request, so he picks a verifier of his own: PKCE cannot stop him here.
		const [verifier, random] = newVerifier(s.random);
		s = {...s, random};
		attackerSession = {state: null, verifier, challenge: challengeOf(verifier, method)};
	}
	const fields = authorizeFields(s, attackerSession, evilResponseType(s), EVIL_REDIRECT);
	const loot = {...r.loot, verifier: attackerSession.verifier, redirectUri: EVIL_REDIRECT};
	return emit(s, r, {from: 'attacker', to: 'user', kind: 'forged-link', fields}, {attackerSession, loot});
};
export function userOpens(responseType: (s: {params: {implicitAllowed: boolean}}) => string, redirectUri: string): Move {
	return (s, r) => {
		const type = responseType(s) === 'token' ? 'token' : 'code';
		const verdict = checkAuthorize(s.params, type, redirectUri);
		const fields = authorizeFields(s, r.attackerSession ?? {state: null, verifier: null, challenge: null}, type, redirectUri);
		const arrow = {from: 'user', to: 'as', kind: 'authorize', fields} as const;
		return emit(advance(s), r, verdict.error ? {...arrow, ok: false, error: verdict.error, blockedBy: verdict.blockedBy} : arrow);
	};
}
/** The redirect after consent: a code, or (implicit) an access token in the URL fragment. */
export function redirectTo(to: 'attacker' | 'client', responseType: (s: {params: {implicitAllowed: boolean}}) => string): Move {
	return (s0, r) => {
		const s = advance(s0);
		if (responseType(s) === 'token') {
			const issued = issueToken(s, 'access', 'victim', `implicit-${s.roundIndex}`, to);
			const patch =
				to === 'attacker' ? {loot: {...r.loot, access: issued.id}, attackerGotToken: true} : {client: {...r.client, access: issued.id}};
			return emit(issued.state, r, {from: 'as', to, kind: 'token-in-url', fields: {access_token: issued.id}}, patch);
		}
		const method = s.params.pkce === 'off' ? null : s.params.pkce;
		const issued = issueCode(s, 'victim', EVIL_REDIRECT, r.attackerSession?.challenge ?? null, method);
		return emit(issued.state, r, {from: 'as', to, kind: 'code', fields: {code: issued.id}}, {loot: {...r.loot, code: issued.id}});
	};
}

// Code replay and expired code: the callback URL (and, with it, the authorization request) turns up later.
export const leakUsedCode: Move = (s, r) =>
	emit(
		advance(s),
		r,
		{from: 'user', to: 'attacker', kind: 'leak', fields: {code: r.code ?? ''}},
		{loot: {...r.loot, code: r.code, verifier: seen(s, r)}},
	);
export const leakLateCode: Move = (s, r) => {
	const issuedAt = s.codes.find((c) => c.code === r.code)?.issuedAt ?? s.clock;
	// The attacker's request then lands exactly leakDelay seconds after the code was issued.
	const later = advance(s, issuedAt + s.params.leakDelay - 1);
	return emit(
		later,
		r,
		{from: 'user', to: 'attacker', kind: 'leak', fields: {code: r.code ?? ''}},
		{loot: {...r.loot, code: r.code, verifier: seen(s, r)}},
	);
};

// Implicit token leak: the token sits in the page's URL fragment, where history and scripts can read it.
export const always = () => 'token';
export const implicitLink: Move = (s, r) =>
	emit(advance(s), r, {
		from: 'attacker',
		to: 'user',
		kind: 'forged-link',
		fields: {response_type: 'token', client_id: 'print-magic', redirect_uri: REDIRECT_URI},
	});
export const leakFragment: Move = (s, r) => {
	const access = r.client.access;
	if (!access) return null;
	const shared = shareToken(advance(s), access, 'attacker');
	const patch = {loot: {...r.loot, access}, attackerGotToken: true};
	return emit(shared, r, {from: 'client', to: 'attacker', kind: 'leak', fields: {access_token: access}}, patch);
};

// Refresh-token theft: a script in the app copies the refresh token; the client refreshes first, then the attacker.
export const stealRefresh: Move = (s, r) => {
	const refresh = r.client.refresh;
	if (!refresh) return null;
	return emit(
		shareToken(advance(s), refresh, 'attacker'),
		r,
		{from: 'client', to: 'attacker', kind: 'leak', fields: {refresh_token: refresh}},
		{
			loot: {...r.loot, refresh},
		},
	);
};
