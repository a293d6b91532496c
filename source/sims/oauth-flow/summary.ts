import type {AttackId, OAuthFlowParams} from './params.js';
import {registeredRedirect} from './server.js';
import type {Account, Defence, OAuthFlowState, Party, RoundResult} from './types.js';

/** Attack ids as summary keys (a challenge's metric is a dotted path of letters and digits). */
export const ATTACK_KEYS = {
	'stolen-code': 'stolenCode',
	'csrf-login': 'csrfLogin',
	'redirect-abuse': 'redirectAbuse',
	'code-replay': 'codeReplay',
	'expired-code': 'expiredCode',
	'implicit-leak': 'implicitLeak',
	'refresh-theft': 'refreshTheft',
} as const satisfies Record<AttackId, string>;

type AttackKey = (typeof ATTACK_KEYS)[AttackId];
export type Cell = {outcome: 'blocked' | 'succeeded' | 'untried'; blockedBy: Defence | null};

export interface OAuthFlowSummary {
	settings: OAuthFlowParams;
	/** Messages sent so far. */
	messages: number;
	seconds: number;
	registeredRedirect: string;
	attacksTried: number;
	attacksSucceeded: number;
	attacksBlocked: number;
	/** Whether the attacker ever got an access token to the victim's photos. */
	attackerGotToken: boolean;
	/** Victim tokens the attacker holds that the servers would still honour for him. */
	attackerUsableTokens: number;
	/** This run's row of the defence × attack matrix. */
	matrix: Record<AttackKey, Cell>;
	/** The same, as true/false per attack (true when tried and stopped). */
	blocked: Record<AttackKey, boolean>;
	rounds: RoundResult[];
	/** Who holds which token (and whether it still works). */
	tokens: {id: string; kind: 'access' | 'refresh'; account: Account; round: number; valid: boolean; heldBy: Party[]}[];
	/** The most times any one code was exchanged for tokens. */
	maxRedemptions: number;
	/** Rounds in which Print Magic got the victim's photos: the defences left the normal flow working. */
	clientGotPhotos: number;
	/** The first PKCE pair of the run, to check by hand. */
	pkce: {method: 'plain' | 'S256'; verifier: string; challenge: string} | null;
}

function usableByAttacker(s: OAuthFlowState, t: OAuthFlowState['tokens'][number]): boolean {
	if (!t.valid || t.account !== 'victim' || !t.heldBy.includes('attacker')) return false;
	if (t.kind === 'access') return true;
	// A stolen refresh token works for him only without a client secret and, with rotation, only if not yet used.
	return s.params.clientType === 'public' && !(s.params.refreshRotation && t.used);
}

export function summarize(s: OAuthFlowState): OAuthFlowSummary {
	const attacks = s.results.filter((r) => r.attack !== 'none');
	const matrix = Object.fromEntries(Object.values(ATTACK_KEYS).map((k) => [k, {outcome: 'untried', blockedBy: null}])) as Record<
		AttackKey,
		Cell
	>;
	for (const r of attacks) {
		if (r.attack === 'none') continue;
		const cell = matrix[ATTACK_KEYS[r.attack]];
		// Tried more than once: a success anywhere counts.
		if (cell.outcome !== 'succeeded')
			matrix[ATTACK_KEYS[r.attack]] = {outcome: r.succeeded ? 'succeeded' : 'blocked', blockedBy: r.blockedBy};
	}
	const blocked = Object.fromEntries(Object.entries(matrix).map(([k, c]) => [k, c.outcome === 'blocked'])) as Record<AttackKey, boolean>;
	return {
		settings: {...s.params},
		messages: s.tick,
		seconds: s.clock,
		registeredRedirect: registeredRedirect(s.params),
		attacksTried: attacks.length,
		attacksSucceeded: attacks.filter((r) => r.succeeded).length,
		attacksBlocked: attacks.filter((r) => !r.succeeded).length,
		attackerGotToken: attacks.some((r) => r.attackerGotToken),
		attackerUsableTokens: s.tokens.filter((t) => usableByAttacker(s, t)).length,
		matrix,
		blocked,
		rounds: [...s.results],
		tokens: s.tokens.map((t) => ({id: t.id, kind: t.kind, account: t.account, round: t.round, valid: t.valid, heldBy: [...t.heldBy]})),
		maxRedemptions: Math.max(0, ...s.codes.map((c) => c.redemptions)),
		clientGotPhotos: s.results.filter((r) => r.clientGotPhotos).length,
		pkce: s.pkceSample ? {...s.pkceSample} : null,
	};
}
