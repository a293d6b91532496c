import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: day/window · budget left · FROZEN while releases are stopped',
		'left: ▁▂▃▄▅▆▇█ budget left, a column per few hours · ✗ spent past zero',
		'  with rows to spare the chart grows taller: full at its top, 0% at its foot',
		'err: · quiet  ░ blip  ▒ slow burn (under 14.4×)  ▓ fast burn  █ 10%+ errors',
		'pages ✓ true (an incident)  ✗ false (nothing to fix)  ? missed incidents',
		'ship: changes shipped · held: waiting out a freeze · failed: incidents',
		'DORA: deploys a day · lead time · change failure rate · time to restore',
		"toil: share of the team's time on toil (cap 50%) · platform: ready day",
		'calls: decisions by DevOps · SRE · Platform, as the narration tags them',
		"month's end: each role's calls and what they did (ships, pages, freeze…)",
		'colours: red over budget or missed · yellow freeze or toil over cap',
	],
	ko: [
		'맨 위: 일/기간 · 남은 예산 · 배포를 멈춘 동안 동결',
		'예산: ▁▂▃▄▅▆▇█ 남은 예산, 몇 시간에 한 칸 · ✗ 0 아래로 초과',
		'  줄이 남으면 차트가 높아진다: 맨 위가 100%, 맨 아래가 0%',
		'오류: · 조용  ░ 잡음  ▒ 느린 소진(14.4배 미만)  ▓ 빠른 소진  █ 오류 10% 이상',
		'호출 ✓ 정확(사고)  ✗ 헛호출(고칠 것 없음)  ? 놓친 사고',
		'배포: 내보낸 변경 · 대기: 동결로 기다리는 변경 · 실패: 사고',
		'DORA: 하루 배포 · 리드 타임 · 변경 실패율 · 복구 시간',
		'토일: 팀 시간 중 토일 비율(상한 50%) · 플랫폼: 완성된 날',
		'결정: DevOps · SRE · 플랫폼이 내린 결정 수(설명의 꼬리표와 같다)',
		'한 달 끝: 역할마다 내린 결정과 그 내용(배포, 호출, 동결…)',
		'색: 빨강 예산 초과나 놓친 사고 · 노랑 동결이나 토일 초과',
	],
};

/** What every code, glyph and colour of the month drawing means. */
export function monthLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
