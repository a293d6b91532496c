import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone} from '../view-kit.js';
import {DEFENCE_NAMES} from './narration.js';
import type {OAuthFlowState, Party} from './types.js';
import {arrowLine, headerLine, ownerLine, textLine} from './view-diagram.js';
import {gridMatrix, gridWidth, packedMatrix} from './view-matrix.js';
import {ATTACK_NAME, attackHow} from './view-text.js';

/**
 * The round on show as a sequence diagram that grows one arrow per step,
 * under a status line (round, attack, messages, clock, attacks blocked and
 * worked), then the round's verdict and the defence × attack matrix so far.
 * The diagram's columns are the user, Print Magic (the client), Snap Store's
 * authorization and photo servers and, when an attack plays, the attacker;
 * arrows and marks are explained in view-diagram.ts and view-matrix.ts.
 * Fewer than seven rows: the last messages in words instead of the diagram,
 * and the matrix on one line. Forty rows: the matrix as a full grid.
 */
export function oauthFlowView(state: OAuthFlowState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const round = shownRound(state);
	const status = statusLine(state, round, width, lang);
	if (rows === 1) return [status];
	const verdict = verdictLine(state, round, width, lang);
	const messages = state.messages.filter((m) => m.round === round);
	if (rows < 7) {
		const matrix = packedMatrix(state, width, rows >= 3 ? 1 : 0, lang);
		const room = rows - 2 - matrix.length;
		const said = room > 0 ? messages.slice(-room).map((m) => textLine(m, width, lang)) : [];
		return [status, ...said, verdict, ...matrix];
	}
	const attack = state.plan[round] ?? 'none';
	const parties: Party[] = attack === 'none' ? ['user', 'client', 'as', 'rs'] : ['user', 'client', 'as', 'rs', 'attacker'];
	const grid = rows >= 22 && width >= gridWidth(lang);
	const matrix = grid ? gridMatrix(state, width, lang) : packedMatrix(state, width, rows >= 9 ? 2 : 1, lang);
	const owner = rows >= 16 ? ownerLine(parties, width, lang) : null;
	const top = [status, ...(owner ? [owner] : []), headerLine(parties, width, lang)];
	const room = rows - top.length - 1 - matrix.length;
	const cut = messages.length > room;
	const shown = cut ? messages.slice(-(room - 1)) : messages;
	const earlier = messages.length - shown.length;
	const more = cut
		? [{text: clip(lang === 'ko' ? `⋮ 앞선 메시지 ${earlier}개` : `⋮ ${earlier} earlier messages`, width), color: tone.muted}]
		: [];
	return [...top, ...more, ...shown.map((m) => arrowLine(m, parties, width, lang)), verdict, ...matrix];
}

/** The round the drawing shows: that of the last message, or the first before any. */
function shownRound(s: OAuthFlowState): number {
	return s.messages.at(-1)?.round ?? s.roundIndex;
}

function statusLine(s: OAuthFlowState, round: number, width: number, lang: Lang): ViewLine {
	const ko = lang === 'ko';
	const attack = s.plan[round] ?? 'none';
	const name = ATTACK_NAME[attack][lang];
	const blocked = s.results.filter((r) => r.attack !== 'none' && !r.succeeded).length;
	const worked = s.results.filter((r) => r.succeeded).length;
	const of = `${round + 1}/${s.plan.length}`;
	const forms = ko
		? [
				`라운드 ${of} · ${name[0]} · 메시지 ${s.messages.length} · ${s.clock}초 · 막음 ${blocked} · 뚫림 ${worked}`,
				`라운드 ${of} · ${name[0]} · 막음 ${blocked} · 뚫림 ${worked}`,
				`R${of} ${name[1]} · ✓${blocked} ✗${worked}`,
			]
		: [
				`round ${of} · ${name[0]} · ${s.messages.length} msgs · ${s.clock} s · blocked ${blocked} · worked ${worked}`,
				`round ${of} · ${name[0]} · blocked ${blocked} · worked ${worked}`,
				`R${of} ${name[1]} · ✓${blocked} ✗${worked}`,
			];
	return {text: firstFit(forms, width), color: tone.accent};
}

/** How the round on show ended (or what its attack does, while it plays). */
function verdictLine(s: OAuthFlowState, round: number, width: number, lang: Lang): ViewLine {
	const ko = lang === 'ko';
	const result = s.results.find((r) => r.round === round);
	const attack = s.plan[round] ?? 'none';
	if (!result) return {text: clip(`» ${attackHow(attack, lang, s.params.leakDelay)}`, width)};
	if (attack === 'none') {
		const text = ko ? '✓ 정상 흐름 — 프린트 매직이 사용자의 사진을 받았다' : "✓ normal flow — Print Magic got the user's photos";
		return {text: clip(text, width), color: tone.ok};
	}
	if (result.succeeded) {
		const text =
			attack === 'csrf-login'
				? ko
					? '✗ 뚫렸다 — 사용자의 프린트 매직이 공격자 계정의 사진을 쓴다'
					: "✗ worked — the user's Print Magic now uses the attacker's account"
				: ko
					? '✗ 뚫렸다 — 공격자가 사용자의 토큰으로 사진을 가져갔다'
					: "✗ worked — the attacker took the user's photos with a token";
		return {text: clip(text, width), color: tone.bad};
	}
	const refusal = s.messages.find((m) => m.round === round && !m.ok)?.error ?? '';
	const by = result.blockedBy ? DEFENCE_NAMES[result.blockedBy][lang] : '';
	const head = ko ? `✓ 막았다 — ${by}` : `✓ blocked — ${by}`;
	return {text: firstFit([`${head} (${refusal})`, head], width), color: tone.ok};
}
