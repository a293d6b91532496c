import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: tick · requests served · p50 and p99 now (before: every technique off, ×: now/before)',
		'one row per stage, in order: connect, queries, page scan, serialize, transfer, log',
		'█ the average request now, each stage starting where the one before it ended',
		'░ time a technique saved against the request as first written',
		'12.3ms the stage now · 56% its share of the slowest 10% of requests (after profiling)',
		'◀ the bottleneck: the stage the slowest requests spend most time in',
		'one-line waterfall: c connect q queries s scan j serialize t transfer l log',
		'⚑ a technique switched on that misses the bottleneck (its stages under 10% of the slow time)',
		'ideal pool = cores × 2 + spindles (HikariCP) · DB slowdown ×: queries slowed by contention',
		'colours: yellow the bottleneck or a flag, red lost log lines, stale answers or a queue',
	],
	ko: [
		'맨 위: 틱 · 처리한 요청 · 현재 p50, p99 (이전: 모든 기법을 끈 상태, ×: 이후/이전)',
		'단계마다 한 줄, 순서대로: 연결, 쿼리, 페이지 스캔, 직렬화, 전송, 로깅',
		'█ 현재의 평균 요청이다. 단계마다 앞 단계가 끝난 곳에서 시작한다',
		'░ 처음 작성한 요청보다 기법이 줄인 시간',
		'12.3ms 현재 단계 시간 · 56% 가장 느린 10% 요청에서 그 단계의 비중(프로파일 후)',
		'◀ 병목: 느린 요청이 시간을 가장 많이 쓰는 단계',
		'한 줄 폭포: c 연결 q 쿼리 s 스캔 j 직렬화 t 전송 l 로깅',
		'⚑ 켰지만 병목을 벗어난 기법(그 단계가 느린 시간의 10% 미만)',
		'권장 풀 = 코어 × 2 + 스핀들(HikariCP) · DB 감속 ×: 경합으로 느려진 쿼리',
		'색: 노랑은 병목이나 깃발, 빨강은 잃은 로그, 오래된 응답, 대기열',
	],
};

/** What every code, glyph and colour of the latency-budget drawing means. */
export function latencyBudgetLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
