/**
 * Which defences stop which attack, written down from the standards so the
 * engine can be checked against them (the tests play every combination of
 * settings against every attack). An attack is blocked exactly when its list
 * here is not empty; the defence the engine reports is one of the list.
 */
import type {AttackId, OAuthFlowParams} from './params.js';
import type {Defence} from './types.js';

/** A leaked or intercepted code is useless without the verifier: S256 hides it; plain hides it only if the request stayed unseen (RFC 7636 §4.2, §7.2). */
const verifierHidden = (p: OAuthFlowParams) => p.pkce === 'S256' || (p.pkce === 'plain' && !p.attackerSeesRequest);
/** A confidential client authenticates at the token endpoint; the attacker has no secret (RFC 6749 §3.2.1, §4.1.3). */
const secret = (p: OAuthFlowParams) => p.clientType === 'confidential';

const when = (on: boolean, defence: Defence): Defence[] => (on ? [defence] : []);

export const EXPECTED_BLOCKERS: Readonly<Record<AttackId, (p: OAuthFlowParams) => Defence[]>> = {
	// RFC 7636 §1: the interceptor has the code but not the verifier; RFC 6749 §4.1.3: nor the client secret.
	'stolen-code': (p) => [...when(verifierHidden(p), 'pkce'), ...when(secret(p), 'clientSecret')],
	// RFC 6749 §10.12: state binds the callback to the session; RFC 9700 §4.7.1: PKCE (either method) does too,
	// because the victim's session sends its own verifier, which does not match the attacker's code.
	'csrf-login': (p) => [...when(p.stateCheck, 'state'), ...when(p.pkce !== 'off', 'pkce')],
	// RFC 9700 §4.1.3: exact string matching. With a prefix match the attacker's own request gets through, and
	// PKCE cannot help (he chose the verifier); a secret helps only if no token comes straight from the implicit grant.
	'redirect-abuse': (p) => [
		...when(p.redirectMatch === 'exact', 'exactRedirect'),
		...when(secret(p) && !p.implicitAllowed, 'clientSecret'),
	],
	// RFC 6749 §4.1.2: a code used twice is refused (and its tokens revoked).
	'code-replay': (p) => [...when(p.singleUseCode, 'singleUse'), ...when(secret(p), 'clientSecret'), ...when(verifierHidden(p), 'pkce')],
	// RFC 6749 §4.1.2: short-lived codes; the leaked code was never used, so single use does not help.
	'expired-code': (p) => [
		...when(p.leakDelay > p.codeLifetime, 'codeLifetime'),
		...when(secret(p), 'clientSecret'),
		...when(verifierHidden(p), 'pkce'),
	],
	// RFC 9700 §2.1.2: do not issue tokens in the authorization response; nothing else stops a token already in a URL.
	'implicit-leak': (p) => when(!p.implicitAllowed, 'noImplicit'),
	// RFC 9700 §4.14.2: rotation with reuse detection for public clients; a confidential client's refresh needs its secret.
	'refresh-theft': (p) => [...when(p.refreshRotation, 'rotation'), ...when(secret(p), 'clientSecret')],
};

/** The settings RFC 9700 (OAuth 2.0 Security Best Current Practice) asks for, whatever the client type. */
export const BEST_PRACTICE: Omit<OAuthFlowParams, 'clientType' | 'attack' | 'leakDelay' | 'attackerSeesRequest'> = {
	pkce: 'S256',
	stateCheck: true,
	redirectMatch: 'exact',
	codeLifetime: 60,
	singleUseCode: true,
	implicitAllowed: false,
	refreshRotation: true,
};
