import {z} from 'zod';

/** The scripted attacks, in the order an `attack: all` run plays them. */
export const ATTACKS = [
	'stolen-code',
	'csrf-login',
	'redirect-abuse',
	'code-replay',
	'expired-code',
	'implicit-leak',
	'refresh-theft',
] as const;
export type AttackId = (typeof ATTACKS)[number];

/**
 * The defences are parameters; the defaults are a lax setup of the early
 * OAuth 2.0 years (public client, no PKCE, no state, prefix-matched redirect,
 * hour-long reusable codes, implicit grant on, no rotation), so every attack
 * works until the learner turns the defences on. One tick is one second.
 */
export const oauthFlowParams = z.object({
	pkce: z.enum(['off', 'plain', 'S256']).default('off'),
	stateCheck: z.boolean().default(false),
	redirectMatch: z.enum(['exact', 'prefix']).default('prefix'),
	// RFC 6749 §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED."
	// The minimum keeps a normal flow (a few seconds from code to exchange) working.
	codeLifetime: z.int().min(10).max(86_400).default(3600),
	singleUseCode: z.boolean().default(false),
	clientType: z.enum(['public', 'confidential']).default('public'),
	implicitAllowed: z.boolean().default(true),
	refreshRotation: z.boolean().default(false),
	attack: z.enum(['all', 'none', ...ATTACKS]).default('all'),
	// Assumed: how long after its issue a leaked, never-used code reaches the attacker (a log read later).
	leakDelay: z.int().min(1).max(86_400).default(600),
	// Assumed: the attacker who gets the code also sees the authorization request (RFC 7636 §1's stronger attacker).
	attackerSeesRequest: z.boolean().default(true),
});

export type OAuthFlowParams = z.infer<typeof oauthFlowParams>;

/** One line per param for `sim --list` and `--help`. */
export const oauthFlowParamHelp: Readonly<Record<keyof OAuthFlowParams, string>> = {
	pkce: 'PKCE code challenge method: off, plain or S256 (RFC 7636; RFC 9700 §2.1.1 asks for S256)',
	stateCheck: 'the client sends a random state and rejects a callback whose state differs (RFC 6749 §10.12)',
	redirectMatch: 'how the authorization server compares redirect_uri: exact string, or prefix of the registered one (RFC 9700 §4.1)',
	codeLifetime: 'seconds an authorization code stays valid (10–86400; RFC 6749 §4.1.2 recommends at most 600)',
	singleUseCode: 'a code can be exchanged only once; a second try revokes the tokens it gave (RFC 6749 §4.1.2)',
	clientType: 'public (app in a browser or phone, no secret) or confidential (server with a client secret; RFC 6749 §2.1)',
	implicitAllowed: 'the authorization server still issues tokens straight in the redirect URL (implicit grant; RFC 9700 §2.1.2)',
	refreshRotation: 'each refresh returns a new refresh token; reuse of an old one revokes the whole family (RFC 9700 §4.14.2)',
	attack: 'which scripted attack to play: all seven in turn, none (the normal flow), or one by name',
	leakDelay: 'assumed: seconds after issue that a leaked, never-used code reaches the attacker (1–86400)',
	attackerSeesRequest: 'assumed: the attacker also reads the authorization request (and so a plain PKCE challenge)',
};
