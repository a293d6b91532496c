import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: architecture · screens loaded/run length · n dependencies',
		'client ─ 1 round trip 100 ms ─▶ one request over the long client link',
		'═ 30 calls ═▶ calls inside the datacenter, all at once (0.5 ms a hop)',
		's1 s2 … s30 the services a screen needs · s3! one slowed by hand',
		'router ┬ wave 1 ▶ … └ wave 2 ▶ federated fetches, one wave after another',
		'p50 · p99 the screen latency half and 99% of screens stay under',
		'0.5–1 s ████ 73.9% ◀ p50: share of screens in a latency bucket',
		'slow screens 26.1% · formula 1 − 0.99^30: waited on a slow call',
		'screens served 99.72% · formula 0.9999^30: a screen needs every call',
		'failures per billion screens · formula 10^9 × (1 − 0.9999^30), the same count',
		'timeouts: cut calls and fallbacks used · hedging: extra calls sent',
		"changes 20/wk → 15/wk: the gateway team's queue · team-1 ▸ its subgraphs",
		'colours: yellow slow screens ≥ 1% or a queue · red failed screens',
	],
	ko: [
		'맨 위: 구조 · 불러온 화면/실행 길이 · 의존성 n개',
		'클라이언트 ─ 왕복 1번 100 ms ─▶ 먼 클라이언트 구간의 요청 하나',
		'═ 호출 30개 ═▶ 데이터센터 안 호출, 한꺼번에(홉마다 0.5 ms)',
		's1 s2 … s30 화면에 필요한 서비스 · s3! 손으로 느리게 만든 서비스',
		'라우터 ┬ 1단계 ▶ … └ 2단계 ▶ 페더레이션 조회, 단계마다 차례로',
		'p50 · p99 화면의 절반, 99%가 넘지 않는 지연',
		'0.5–1 s ████ 73.9% ◀ p50: 그 지연 구간에 든 화면 비율',
		'느린 화면 26.1% · 공식 1 − 0.99^30: 느린 호출을 기다린 화면',
		'뜬 화면 99.72% · 공식 0.9999^30: 화면은 모든 호출이 필요하다',
		'화면 10억 번당 실패 · 공식 10^9 × (1 − 0.9999^30): 같은 값을 건수로',
		'타임아웃: 끊은 호출과 대체 응답 · 헤지: 더 보낸 호출',
		'변경 주 20 → 15건: 게이트웨이 팀의 대기열 · team-1 ▸ 그 팀의 서브그래프',
		'색: 노랑 느린 화면 1% 이상이나 대기열 · 빨강 실패한 화면',
	],
};

/** What every code, glyph and colour of the API-evolution drawing means. */
export function apiEvolutionLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
