import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: algorithm · clock · requests arrived/total',
		'✓ answered · ✗ dropped (server full, or none up) · avg mean response',
		'a ███░░░ a server: █ connections open now, ░ free room',
		'6/8 open connections / capacity (a full server is skipped by round robin and least connections; a request it gets anyway is dropped)',
		'45ms its smoothed response time (RFC 6298 SRTT); "-" none yet',
		'✗3 requests it dropped · down: out of rotation',
		'picks abcabc: the latest choices, oldest first (✗ none could take it)',
		'colors: green room left · yellow 3/4 full · red full · gray down',
	],
	ko: [
		'맨 위: 알고리즘 · 경과 시간 · 도착한 요청/전체',
		'✓ 응답함 · ✗ 버림(서버가 꽉 참, 켜진 서버 없음) · 평균 응답 시간',
		'a ███░░░ 서버 하나: █ 지금 열린 연결, ░ 남은 자리',
		'6/8 열린 연결 / 용량(꽉 찬 서버는 라운드 로빈과 최소 연결이 건너뛴다. 그래도 받은 요청은 버린다)',
		'45ms 평활한 응답 시간(RFC 6298 SRTT), "-"는 아직 없음',
		'✗3 그 서버가 버린 요청 · 중단: 순환에서 빠짐',
		'배정 abcabc: 최근 선택, 오래된 것부터(✗ 받을 서버 없음)',
		'색: 초록 여유 · 노랑 3/4 참 · 빨강 꽉 참 · 회색 중단',
	],
};

/** What every code and glyph of the load balancer's drawing means. */
export function loadBalancerLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
