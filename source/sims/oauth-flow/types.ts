import type {RandomState} from '../random.js';
import type {AttackId, OAuthFlowParams} from './params.js';

/** The parties of the chapter's example, and the attacker. */
export type Party = 'user' | 'client' | 'as' | 'rs' | 'attacker';
/** Whose account a code or token opens. */
export type Account = 'victim' | 'attacker';

/** A defence that can stop an attack; each is one parameter (or a pair) turned on. */
export type Defence = 'pkce' | 'state' | 'exactRedirect' | 'codeLifetime' | 'singleUse' | 'clientSecret' | 'noImplicit' | 'rotation';

export type MessageKind =
	| 'start'
	| 'authorize'
	| 'login-page'
	| 'consent'
	| 'code'
	| 'token-in-url'
	| 'callback'
	| 'forged-link'
	| 'token-request'
	| 'refresh-request'
	| 'token-response'
	| 'api-call'
	| 'api-response'
	| 'leak';

/** One arrow of the sequence diagram. */
export interface Message {
	readonly tick: number;
	/** Seconds since the run began (a leak can make time jump). */
	readonly clock: number;
	readonly round: number;
	readonly from: Party;
	readonly to: Party;
	readonly kind: MessageKind;
	/** What the arrow carries, as the wire shows it (state, code, code_challenge…). */
	readonly fields: Readonly<Record<string, string>>;
	/** Whether the receiver accepted it. */
	readonly ok: boolean;
	/** An OAuth error code or a short reason when it was refused. */
	readonly error: string | null;
	readonly blockedBy: Defence | null;
}

/** A login the client has started in one browser session. */
export interface Session {
	readonly state: string | null;
	readonly verifier: string | null;
	readonly challenge: string | null;
}

export interface CodeRecord {
	readonly code: string;
	readonly round: number;
	readonly account: Account;
	readonly redirectUri: string;
	readonly challenge: string | null;
	readonly method: 'plain' | 'S256' | null;
	readonly issuedAt: number;
	readonly redemptions: number;
}

export interface TokenRecord {
	readonly id: string;
	readonly kind: 'access' | 'refresh';
	readonly account: Account;
	readonly round: number;
	/** The code the family descends from: rotation and replay revoke a whole family. */
	readonly family: string;
	readonly valid: boolean;
	/** A rotated refresh token that was already exchanged. */
	readonly used: boolean;
	readonly heldBy: readonly Party[];
}

/** The authorization server's answer to the request just sent, delivered by the next message. */
export interface Reply {
	readonly ok: boolean;
	readonly error: string | null;
	readonly access: string | null;
	readonly refresh: string | null;
	readonly account: Account | null;
}

/** What the attacker has learned so far in a round. */
export interface Loot {
	readonly code: string | null;
	/** What the attacker will send as code_verifier: his own, or a challenge he read (which only a plain challenge makes right). */
	readonly verifier: string | null;
	readonly redirectUri: string | null;
	readonly access: string | null;
	readonly refresh: string | null;
}

export interface RoundState {
	readonly attack: AttackId | 'none';
	/** The next move of the round's script. */
	readonly pc: number;
	readonly victim: Session | null;
	readonly attackerSession: Session | null;
	readonly code: string | null;
	readonly attackerCode: string | null;
	readonly loot: Loot;
	readonly client: {readonly access: string | null; readonly refresh: string | null; readonly account: Account | null};
	readonly reply: Reply | null;
	/** Set when a check refused the attack: the rest of the round is skipped. */
	readonly blockedBy: Defence | null;
	readonly stopped: boolean;
	readonly attackerGotToken: boolean;
	/** CSRF login: the victim's client session now works on the attacker's account. */
	readonly sessionSwapped: boolean;
	readonly clientGotPhotos: boolean;
}

export interface RoundResult {
	readonly round: number;
	readonly attack: AttackId | 'none';
	readonly succeeded: boolean;
	readonly attackerGotToken: boolean;
	readonly blockedBy: Defence | null;
	readonly clientGotPhotos: boolean;
}

export interface OAuthFlowState {
	readonly params: OAuthFlowParams;
	readonly tick: number;
	readonly clock: number;
	readonly random: RandomState;
	readonly clientSecret: string;
	/** The attack of each round, in order; live actions add rounds. */
	readonly plan: readonly (AttackId | 'none')[];
	readonly roundIndex: number;
	readonly round: RoundState | null;
	readonly codes: readonly CodeRecord[];
	readonly tokens: readonly TokenRecord[];
	readonly messages: readonly Message[];
	readonly results: readonly RoundResult[];
	/** The run's first PKCE pair, kept so the summary can show one to check by hand. */
	readonly pkceSample: {readonly method: 'plain' | 'S256'; readonly verifier: string; readonly challenge: string} | null;
	readonly note: string | null;
}
