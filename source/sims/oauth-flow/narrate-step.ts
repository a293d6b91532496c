/**
 * What one step did, for the screen and `sim oauth-flow --narrate`: a round
 * beginning (its attack in one line), each message sent, and a round's
 * verdict, oldest first, in Korean (한다체) and English.
 */
import type {Localized} from '../../content/schema.js';
import type {OAuthFlowAction} from './engine.js';
import {DEFENCE_NAMES, narrateMessage} from './narration.js';
import type {AttackId} from './params.js';
import type {OAuthFlowState, RoundResult} from './types.js';
import {ATTACK_NAME, attackHow} from './view-text.js';

const name = (a: AttackId | 'none', lang: 'ko' | 'en') => ATTACK_NAME[a][lang][0]!;

function roundBegins(round: number, s: OAuthFlowState): Localized {
	const a = s.plan[round] ?? 'none';
	const d = s.params.leakDelay;
	return {
		en: `round ${round + 1}: ${name(a, 'en')} — ${attackHow(a, 'en', d)}`,
		ko: `${round + 1}라운드: ${name(a, 'ko')}. ${attackHow(a, 'ko', d)}`,
	};
}

function verdict(r: RoundResult): Localized {
	const en = `round ${r.round + 1}, ${name(r.attack, 'en')}`;
	const ko = `${r.round + 1}라운드 ${name(r.attack, 'ko')}`;
	if (r.attack === 'none')
		return r.clientGotPhotos
			? {en: `${en}: Print Magic got the user's photos`, ko: `${ko}: 프린트 매직이 사용자의 사진을 받는다`}
			: {en: `${en}: Print Magic got no photos`, ko: `${ko}: 프린트 매직이 사진을 받지 못한다`};
	if (r.succeeded)
		return r.attack === 'csrf-login'
			? {
					en: `${en}: the attack worked — the user's Print Magic now runs on the attacker's account`,
					ko: `${ko}: 뚫린다. 사용자의 프린트 매직이 공격자 계정으로 돈다`,
				}
			: {en: `${en}: the attack worked — the attacker holds the user's token`, ko: `${ko}: 뚫린다. 공격자가 사용자의 토큰을 쥔다`};
	if (!r.blockedBy) return {en: `${en}: blocked`, ko: `${ko}: 막힌다`};
	return {en: `${en}: blocked (${DEFENCE_NAMES[r.blockedBy].en})`, ko: `${ko}: 막힌다 (${DEFENCE_NAMES[r.blockedBy].ko})`};
}

function launched(prev: OAuthFlowState, next: OAuthFlowState, attack: AttackId): Localized {
	if (next.note) return {en: next.note, ko: `할 수 없다: ${next.note}`};
	const n = next.plan.length;
	return prev.round === null
		? {en: `attack launched: ${name(attack, 'en')} plays now as round ${n}`, ko: `공격 시작: ${name(attack, 'ko')}. 바로 ${n}라운드로 돈다`}
		: {
				en: `attack queued: ${name(attack, 'en')} plays as round ${n}, after the rounds before it`,
				ko: `공격 예약: ${name(attack, 'ko')}. 앞 라운드가 끝나면 ${n}라운드로 돈다`,
			};
}

/** One sentence per event of the step (a live action launches an attack; a tick sends one message). */
export function narrateOAuthFlow(prev: OAuthFlowState, next: OAuthFlowState, action: OAuthFlowAction | {type: 'tick'}): Localized[] {
	if (action.type === 'attack') return [launched(prev, next, action.attack)];
	const out: Localized[] = [];
	let lastRound = prev.messages.at(-1)?.round;
	for (const m of next.messages.slice(prev.messages.length)) {
		if (m.round !== lastRound) out.push(roundBegins(m.round, next));
		lastRound = m.round;
		const attack = next.plan[m.round] ?? 'none';
		const d = next.params.leakDelay;
		out.push({en: narrateMessage(m, attack, 'en', d), ko: narrateMessage(m, attack, 'ko', d)});
	}
	for (const r of next.results.slice(prev.results.length)) out.push(verdict(r));
	return out;
}
