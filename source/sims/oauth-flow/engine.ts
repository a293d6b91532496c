/**
 * OAuth 2.0 authorization code flow (chapter 51): one message per tick
 * between the user, Print Magic (the client), Snap Store's authorization
 * server and its photo server, so a drawing can grow a sequence diagram.
 * Each round plays the normal flow or one scripted attack against the
 * defences set in the params; the summary says who holds which token and
 * which defence stopped which attack.
 */
import {Random, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {SCRIPTS} from './scripts.js';
import {ATTACKS, type AttackId, type OAuthFlowParams, oauthFlowParamHelp, oauthFlowParams} from './params.js';
import {randomString} from './secrets.js';
import {type OAuthFlowSummary, summarize} from './summary.js';
import type {OAuthFlowState, RoundResult, RoundState} from './types.js';

export type OAuthFlowAction = {type: 'attack'; attack: AttackId};

const EMPTY_LOOT = {code: null, verifier: null, redirectUri: null, access: null, refresh: null};

function newRound(attack: AttackId | 'none'): RoundState {
	return {
		attack,
		pc: 0,
		victim: null,
		attackerSession: null,
		code: null,
		attackerCode: null,
		loot: EMPTY_LOOT,
		client: {access: null, refresh: null, account: null},
		reply: null,
		blockedBy: null,
		stopped: false,
		attackerGotToken: false,
		sessionSwapped: false,
		clientGotPhotos: false,
	};
}

/** An attack succeeds when the attacker gets the victim's token, or (CSRF login) the victim's session runs on his account. */
export function resultOf(index: number, r: RoundState): RoundResult {
	const succeeded = r.attack === 'none' ? false : r.attack === 'csrf-login' ? r.sessionSwapped : r.attackerGotToken;
	return {
		round: index,
		attack: r.attack,
		succeeded,
		attackerGotToken: r.attackerGotToken,
		blockedBy: succeeded ? null : r.blockedBy,
		clientGotPhotos: r.clientGotPhotos,
	};
}

/** Closes the current round and opens the next planned one (or none). */
function nextRound(s: OAuthFlowState): OAuthFlowState {
	const results = s.round ? [...s.results, resultOf(s.roundIndex, s.round)] : s.results;
	const roundIndex = s.round ? s.roundIndex + 1 : s.roundIndex;
	const attack = s.plan[roundIndex];
	return {...s, results, roundIndex, round: attack === undefined ? null : newRound(attack)};
}

/** A round that is over (refused, or at the end of its script) closes at once, so the run is done with its last message. */
function settle(s: OAuthFlowState): OAuthFlowState {
	let next = s;
	while (next.round && (next.round.stopped || next.round.pc >= SCRIPTS[next.round.attack].length)) next = nextRound(next);
	return next;
}

/** Plays moves until one sends a message (one tick), skipping those that do not apply. */
function tick(state: OAuthFlowState): OAuthFlowState {
	let s = state;
	while (s.round) {
		const round = s.round;
		const move = SCRIPTS[round.attack][round.pc];
		if (move === undefined || round.stopped) {
			s = nextRound(s);
			continue;
		}
		const advanced = {...s, round: {...round, pc: round.pc + 1}};
		const next = move(advanced, advanced.round);
		if (next) return settle(next);
		s = advanced;
	}
	return s;
}

function act(s: OAuthFlowState, action: OAuthFlowAction): OAuthFlowState {
	if (!ATTACKS.includes(action.attack)) return {...s, note: `unknown attack "${String(action.attack)}"`};
	const plan = [...s.plan, action.attack];
	// A finished run starts the new round at once; otherwise it waits its turn.
	const started = s.round === null ? {...s, plan, round: newRound(action.attack)} : {...s, plan};
	return {...started, note: null};
}

export const oauthFlow: SimEngine<OAuthFlowParams, OAuthFlowState, OAuthFlowAction, OAuthFlowSummary> = {
	id: 'oauth-flow',
	chapter: 51,
	params: oauthFlowParams,
	paramHelp: oauthFlowParamHelp,
	init(params, seed) {
		const random = new Random(seedRandom(seed)).state;
		const [clientSecret, next] = randomString(random, 16);
		const plan = params.attack === 'all' ? [...ATTACKS] : [params.attack];
		return {
			params,
			tick: 0,
			clock: 0,
			random: next,
			clientSecret,
			plan,
			roundIndex: 0,
			round: newRound(plan[0]!),
			codes: [],
			tokens: [],
			messages: [],
			results: [],
			pkceSample: null,
			note: null,
		};
	},
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.round === null,
	summary: summarize,
};
