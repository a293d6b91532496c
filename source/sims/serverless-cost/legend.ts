import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: day of the month · streams · region and the date prices were checked',
		'one bar per design, the same scale for all three: the month so far',
		'▶ the design the fleet runs (the "design" parameter)',
		'█ Step Functions state transitions (retries included)',
		'▓ Express requests and duration · ▒ Lambda requests and GB-seconds',
		'░ S3 PUTs and GETs of frames · ▄ Fargate vCPU-hours and GB-hours',
		"· the rest of the month at today's pace (bars fill as days pass)",
		'N throttled: streams a rate limit turned away (not monitored, not billed)',
		"saving: 1 − cost per monitored stream ÷ Step Functions' cost per stream",
		'colours: red = a design with throttled streams (also written "N throttled")',
	],
	ko: [
		'맨 위: 이번 달 며칠째 · 스트림 수 · 리전과 가격 확인 날짜',
		'설계마다 막대 하나, 셋 모두 같은 눈금: 이번 달 지금까지',
		'▶ 플릿이 운영하는 설계("운영 설계" 파라미터)',
		'█ Step Functions 상태 전환(재시도 포함)',
		'▓ Express 요청과 실행 시간 · ▒ Lambda 요청과 GB-초',
		'░ 프레임의 S3 PUT과 GET · ▄ Fargate vCPU-시간과 GB-시간',
		'· 오늘 속도로 남은 달(날이 지나며 막대가 찬다)',
		'N 스로틀: 속도 한도에 막힌 스트림(감시도 과금도 안 된다)',
		'절감: 1 − 감시한 스트림당 비용 ÷ Step Functions의 스트림당 비용',
		'색: 빨강은 스로틀된 스트림이 있는 설계다("N개 스로틀"로도 적는다)',
	],
};

/** What every glyph and mark of the Prime Video bill's drawing means. */
export function serverlessCostLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
