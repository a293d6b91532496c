import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: round n/total · the attack it plays · messages · seconds · attacks blocked and worked',
		'columns: user · Print Magic (client) · authz server = authorization server · photo server · attacker',
		'the authorization and photo servers both belong to Snap Store',
		"│ a party's lifeline · ───▶ a message, one per step, labelled with what it carries",
		'═══▶ and a leading ! : a message to or from the attacker',
		"✗ at an arrow's head and at the line's start: the receiver refused it",
		"code, state, challenge, verifier, secret: the wire's own names · /token the token endpoint",
		'⋮ earlier messages of the round, scrolled off',
		'» what the attack of this round tries · ✓ blocked by a defense · ✗ the attack worked',
		'matrix: ✓ blocked (by the defense in parentheses) · ✗ worked · » playing now · · not tried yet',
		'large screens: ■ under the defense that stopped the attack; "now set" row: each defense as set',
		'colors repeat the marks: green blocked · red the attacker gains · yellow his other moves',
	],
	ko: [
		'맨 위: 라운드 n/전체 · 그 라운드의 공격 · 메시지 수 · 경과 초 · 막은 공격과 뚫린 공격',
		'열: 사용자 · 프린트 매직(클라이언트) · 인가 서버 · 사진 서버 · 공격자',
		'인가 서버와 사진 서버는 둘 다 스냅 스토어의 서버다',
		'│ 각 당사자의 생명선 · ───▶ 메시지 하나(한 단계에 하나), 라벨은 담긴 것',
		'═══▶ 그리고 줄 앞의 ! : 공격자가 보내거나 받는 메시지',
		'화살촉과 줄 앞의 ✗: 받는 쪽이 거절한 메시지',
		'code, state, challenge, verifier, secret: 통신에 쓰이는 이름 그대로 · /token 토큰 엔드포인트',
		'⋮ 화면 위로 밀려난 그 라운드의 앞선 메시지',
		'» 이번 라운드의 공격이 노리는 것 · ✓ 방어가 막음 · ✗ 공격이 뚫음',
		'매트릭스: ✓ 막음(괄호 안이 막은 방어) · ✗ 뚫림 · » 진행 중 · · 아직 안 해 봄',
		'큰 화면: 공격을 막은 방어 열에 ■ · "현재 설정" 줄: 각 방어의 지금 설정',
		'색은 표시를 되풀이할 뿐이다: 초록 막음 · 빨강 공격자의 이득 · 노랑 공격자의 다른 움직임',
	],
};

/** What every column, arrow, mark and colour of the OAuth drawing means. */
export function oauthFlowLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
