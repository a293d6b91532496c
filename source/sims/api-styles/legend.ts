import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: scenario · style (encoding) · time m:ss / end · clients (×N)',
		'events: one glyph per event, oldest left: ✓ delivered once · ✗ lost',
		'2 delivered twice · ↻ waiting for a retry · ● emitted, not fetched yet',
		'receiver: up, or ░░░ DOWN until when (polls and retries wait)',
		"wire: █ header bytes · ▒ data bytes, and the headers' share",
		'fate: ✓ once ✗ lost ×2 twice … in flight · stale: mean (max) delay',
		'round trips/event: requests per event (a REST screen needs 3)',
		'over-fetch: data sent ÷ bytes of the fields really used',
		'colours: red = lost or twice, yellow = down or retries due, as the glyphs say',
	],
	ko: [
		'맨 위: 시나리오 · 스타일(인코딩) · 시각 분:초 / 끝 · 클라이언트 수(×N)',
		'이벤트: 한 글자가 이벤트 하나, 왼쪽이 오래된 것: ✓ 한 번 전달 · ✗ 잃음',
		'2 두 번 전달 · ↻ 재시도 대기 · ● 발생했지만 아직 가져가지 않음',
		'수신자: 정상, 또는 ░░░ 언제까지 다운(폴링과 재시도가 기다린다)',
		'전송: █ 헤더 바이트 · ▒ 데이터 바이트, 그리고 헤더의 비율',
		'결과: ✓ 한 번 ✗ 잃음 ×2 두 번 … 전달 중 · 지연: 평균(최대)',
		'이벤트당 왕복: 이벤트 하나에 드는 요청 수(REST 화면은 3번)',
		'오버페칭: 보낸 데이터 ÷ 실제로 쓰는 필드의 바이트',
		'색: 빨강은 잃음·두 번 전달, 노랑은 다운·재시도 예정(글자로도 보인다)',
	],
};

/** What every code and glyph of the API-styles drawing means. */
export function apiStylesLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
