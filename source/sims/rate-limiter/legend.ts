import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: clock/run length · the bucket · totals so far',
		'queue [███·······] 3/10: requests waiting (leaky bucket)',
		'tokens [███·······] 3/10: tokens left (token bucket)',
		'✓ accepted · ✗ dropped · out: sent on to the backend',
		'bars: one group per second (or per few, see s/col)',
		'█ accepted · ░ dropped: together, what arrived that second',
		'▒ sent to the backend that second (flat = smoothed)',
		'· a second not simulated yet · the number left: a full bar',
		'top line colour: green room · yellow part used · red no room',
	],
	ko: [
		'맨 위: 경과/전체 시간 · 버킷 · 지금까지의 합계',
		'대기열 [███·······] 3/10: 기다리는 요청(누수 버킷)',
		'토큰 [███·······] 3/10: 남은 토큰(토큰 버킷)',
		'✓ 수락 · ✗ 거절 · 처리: 백엔드로 보낸 요청',
		'막대: 1초마다 한 묶음(여러 초씩이면 초/칸으로 표시)',
		'█ 수락 · ░ 거절: 합치면 그 초에 도착한 요청',
		'▒ 그 초에 백엔드로 보낸 요청(평평하면 고르게 보낸 것)',
		'· 아직 진행하지 않은 초 · 왼쪽 숫자: 꽉 찬 막대의 높이',
		'맨 위 줄 색: 초록 여유 · 노랑 일부 씀 · 빨강 자리 없음',
	],
};

/** What every code, glyph and colour of the rate limiter's drawing means. */
export function rateLimiterLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
