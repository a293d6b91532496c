import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: minute/run length · strategy · phase · new version share of traffic',
		"v2: · none ▁▂▃▄▅▆▇█ the new version's share of requests, a column a minute",
		'errors: · none  ░ under 1%  ▒ under 10%  ▓ under 50%  █ 50% or more failed',
		'^ release · ! rollback called · | each 10 min · 100%: top of a tall chart',
		'pods: o old version  N new version  + starting  - stopped  b blue kept idle',
		'o8 N0 +2 b8: how many pods of each kind, in the same letters',
		'checks 3/5: failed checks so far / failed checks that roll back',
		'hit: users who got an error · seen: users served by the new version',
		'user-min: users who got an error each minute, added up over the minutes',
		'down: minutes the whole service was stopped · extra: servers over the fleet',
		'  at the peak, and pod-min: those extra servers times the minutes they ran',
		"budget: failed requests as minutes of full outage, share of the SLO's budget",
		'canary n/check: requests a check sees · ≥k: failures that fail a check',
		'miss / false: chance a bad canary passes / a good one is rolled back',
		'colours: red errors or rollback · yellow checks failing · green done',
	],
	ko: [
		'맨 위: 분/실행 길이 · 전략 · 단계 · 새 버전이 받는 트래픽 비율',
		'v2: · 없음 ▁▂▃▄▅▆▇█ 새 버전이 받은 요청 비율, 1분에 한 칸',
		'오류: · 없음  ░ 1% 미만  ▒ 10% 미만  ▓ 50% 미만  █ 50% 이상 실패',
		'^ 배포 시작 · ! 롤백 결정 · | 10분 눈금 · 100%: 높은 차트의 꼭대기',
		'파드: o 옛 버전  N 새 버전  + 기동 중  - 중지  b 대기 중인 Blue',
		'o8 N0 +2 b8: 같은 글자로 센 종류별 파드 수',
		'검사 3/5: 지금까지 실패한 검사 / 롤백하는 실패 검사 수',
		'피해: 오류를 겪은 사용자 · 노출: 새 버전을 본 사용자',
		'사용자·분: 분마다 오류를 겪은 사용자 수를 모두 더한 값',
		'중단: 서비스 전체가 멈춘 분 · 추가: 가장 많을 때 평소 서버 수를 넘긴',
		'  서버 비율, 파드·분: 그 추가 서버 수에 돌린 분을 곱한 값',
		'예산: 실패한 요청을 전면 장애 분으로 바꾼 값, SLO 월 예산 대비',
		'카나리 n/검사: 검사 하나가 보는 요청 · ≥k: 검사를 실패시키는 실패 수',
		'놓침 / 헛경보: 나쁜 카나리가 통과할 / 좋은 것이 롤백될 확률',
		'색: 빨강 오류나 롤백 · 노랑 검사 실패 중 · 초록 완료',
	],
};

/** What every code, glyph and colour of the deployment drawing means. */
export function deployLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
