/**
 * The building blocks of a round: each move sends one message (one arrow of
 * the sequence diagram, one tick) or returns null when it does not apply
 * (the engine then tries the next). The normal authorization code flow of
 * RFC 6749 §4.1 with the chapter's parties: the user, Print Magic (client),
 * Snap Store's authorization server and its photo (resource) server.
 */
import {CLIENT_ID, exchangeCode, exchangeRefresh, issueCode, type Outcome, photosFor, REDIRECT_URI, SCOPE} from './server.js';
import {challengeOf, newVerifier, randomString} from './secrets.js';
import type {Message, OAuthFlowState, Party, RoundState, Session} from './types.js';

export type Move = (s: OAuthFlowState, r: RoundState) => OAuthFlowState | null;

type Arrow = Pick<Message, 'from' | 'to' | 'kind' | 'fields'> & Partial<Pick<Message, 'ok' | 'error' | 'blockedBy'>>;

/** The clock moves to the next second (or to `clock`), before the receiver acts. */
export const advance = (s: OAuthFlowState, clock = s.clock + 1): OAuthFlowState => ({...s, clock: Math.max(clock, s.clock + 1)});

/** Appends one message at the current clock; a refusal with a defence stops the round. */
export function emit(s: OAuthFlowState, r: RoundState, arrow: Arrow, patch: Partial<RoundState> = {}): OAuthFlowState {
	const message: Message = {tick: s.tick + 1, clock: s.clock, round: s.roundIndex, ok: true, error: null, blockedBy: null, ...arrow};
	const round = {...r, ...patch};
	const stopped = round.stopped || !message.ok;
	return {
		...s,
		tick: s.tick + 1,
		messages: [...s.messages, message],
		round: {...round, stopped, blockedBy: round.blockedBy ?? message.blockedBy},
	};
}

/** The client starts a login in a browser session: a fresh state and PKCE verifier, as its settings ask. */
export function newSession(s: OAuthFlowState): [Session, OAuthFlowState] {
	let random = s.random;
	let state: string | null = null;
	let verifier: string | null = null;
	if (s.params.stateCheck) [state, random] = randomString(random, 8);
	if (s.params.pkce !== 'off') [verifier, random] = newVerifier(random);
	const method = s.params.pkce;
	if (verifier === null || method === 'off')
		return [
			{state, verifier: null, challenge: null},
			{...s, random},
		];
	const challenge = challengeOf(verifier, method);
	return [
		{state, verifier, challenge},
		{...s, random, pkceSample: s.pkceSample ?? {method, verifier, challenge}},
	];
}

/** The fields of an authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3). */
export function authorizeFields(s: OAuthFlowState, session: Session, responseType = 'code', redirectUri = REDIRECT_URI) {
	const fields: Record<string, string> = {response_type: responseType, client_id: CLIENT_ID, redirect_uri: redirectUri, scope: SCOPE};
	if (session.state) fields.state = session.state;
	if (session.challenge) {
		fields.code_challenge = session.challenge;
		fields.code_challenge_method = s.params.pkce;
	}
	return fields;
}

export const userStarts: Move = (s0, r) => {
	const [victim, s] = newSession(advance(s0));
	return emit(s, r, {from: 'user', to: 'client', kind: 'start', fields: {scope: SCOPE}}, {victim});
};

export const clientAuthorizes: Move = (s0, r) => {
	if (!r.victim) return null;
	const s = advance(s0);
	return emit(s, r, {from: 'client', to: 'as', kind: 'authorize', fields: authorizeFields(s, r.victim)});
};

export const loginPage: Move = (s, r) =>
	emit(advance(s), r, {from: 'as', to: 'user', kind: 'login-page', fields: {client: 'Print Magic', scope: SCOPE}});

export const userConsents: Move = (s, r) => emit(advance(s), r, {from: 'user', to: 'as', kind: 'consent', fields: {account: 'victim'}});

/** The victim's code, sent by redirect to `to` (the client, or an interceptor, or a closed tab). */
export function victimCode(to: Party, patch: (code: string, r: RoundState, s: OAuthFlowState) => Partial<RoundState> = () => ({})): Move {
	return (s0, r) => {
		if (!r.victim) return null;
		const method = s0.params.pkce === 'off' ? null : s0.params.pkce;
		const issued = issueCode(advance(s0), 'victim', REDIRECT_URI, r.victim.challenge, method);
		const fields: Record<string, string> = {code: issued.id};
		if (r.victim.state) fields.state = r.victim.state;
		return emit(issued.state, r, {from: 'as', to, kind: 'code', fields}, {code: issued.id, ...patch(issued.id, r, s0)});
	};
}

const replyFields = (o: Outcome): Record<string, string> =>
	o.reply.ok ? {access_token: o.reply.access ?? '', refresh_token: o.reply.refresh ?? ''} : {error: o.reply.error ?? 'error'};

/** The client exchanges a code (its own, or one planted in its session) with the session's verifier. */
export function clientExchanges(codeOf: (r: RoundState) => string | null): Move {
	return (s0, r) => {
		const code = codeOf(r);
		if (code === null) return null;
		const s = advance(s0);
		const verifier = r.victim?.verifier ?? null;
		const secret = s.params.clientType === 'confidential' ? s.clientSecret : null;
		const o = exchangeCode(s, {code, redirectUri: REDIRECT_URI, verifier, secret, holder: 'client'});
		const fields: Record<string, string> = {grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI};
		if (verifier) fields.code_verifier = verifier;
		if (secret) fields.client_secret = secret;
		return emit(
			o.state,
			r,
			{from: 'client', to: 'as', kind: 'token-request', fields, ok: o.reply.ok, error: o.reply.error, blockedBy: o.blockedBy},
			{reply: o.reply},
		);
	};
}

export const clientRefreshes: Move = (s0, r) => {
	if (!r.client.refresh) return null;
	const s = advance(s0);
	const secret = s.params.clientType === 'confidential' ? s.clientSecret : null;
	const o = exchangeRefresh(s, {refresh: r.client.refresh, secret, holder: 'client'});
	const fields: Record<string, string> = {grant_type: 'refresh_token', refresh_token: r.client.refresh};
	if (secret) fields.client_secret = secret;
	return emit(
		o.state,
		r,
		{from: 'client', to: 'as', kind: 'refresh-request', fields, ok: o.reply.ok, error: o.reply.error},
		{reply: o.reply},
	);
};

/** The authorization server's answer to the request just sent. */
export function replyTo(to: 'client' | 'attacker'): Move {
	return (s, r) => {
		const reply = r.reply;
		if (!reply) return null;
		const fields = replyFields({state: s, reply, blockedBy: null});
		const arrow = {from: 'as', to, kind: 'token-response', fields, ok: reply.ok, error: reply.error} as const;
		if (!reply.ok) return emit(advance(s), r, arrow, {reply: null});
		if (to === 'client') {
			const client = {access: reply.access, refresh: reply.refresh, account: reply.account};
			return emit(advance(s), r, arrow, {reply: null, client, sessionSwapped: reply.account === 'attacker'});
		}
		const loot = {...r.loot, access: reply.access, refresh: reply.refresh};
		return emit(advance(s), r, arrow, {reply: null, loot, attackerGotToken: reply.account === 'victim'});
	};
}

/** A call to the photo API with the caller's access token, then the resource server's answer. */
export function apiCall(from: 'client' | 'attacker'): Move {
	return (s, r) => {
		const access = from === 'client' ? r.client.access : r.loot.access;
		if (!access) return null;
		return emit(advance(s), r, {from, to: 'rs', kind: 'api-call', fields: {authorization: `Bearer ${access}`}});
	};
}

export function apiResponse(to: 'client' | 'attacker'): Move {
	return (s, r) => {
		const access = to === 'client' ? r.client.access : r.loot.access;
		if (!access) return null;
		const account = photosFor(s, access);
		const fields: Record<string, string> = account ? {photos: account} : {error: 'invalid_token'};
		const patch = to === 'client' && account === 'victim' ? {clientGotPhotos: true} : {};
		return emit(
			advance(s),
			r,
			{from: 'rs', to, kind: 'api-response', fields, ok: account !== null, error: account ? null : 'invalid_token'},
			patch,
		);
	};
}
