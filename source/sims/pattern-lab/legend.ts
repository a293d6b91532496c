import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: scenario · pattern · week n/52 · engineers',
		'rating: agil(ity), dep(loyment), test(ability), perf(ormance), scale, dev (ease of development): ●● high ●○ medium ○○ low',
		"ratings are this simulation's reading of Richards (2015); the modular monolith's ratings, the weights, event rates and costs are its own estimates (assumed)",
		'weight: how much the scenario cares (0–3); fit: ratings × weights',
		'year: engineer-days spent delivering, outage hours, whole-app outages',
		'this week: + change (k modules) ↑ spike ✚ plug-in ✗ crash ☺ hire',
		'CQRS: ▁▂▃▅▇ read-model lag per read; ! = the user missed their own write',
		'colours: red = an outage or a stale read, also marked by a glyph',
	],
	ko: [
		'맨 위: 시나리오 · 패턴 · n/52주 · 엔지니어 수',
		'평가: 민첩, 배포, 테스트, 성능, 확장, 개발(개발 용이성): ●● 높음 ●○ 중간 ○○ 낮음',
		'평가는 이 시뮬레이션이 Richards(2015)를 읽어 매긴 것이다. 모듈형 모놀리스의 평가, 가중치, 사건 빈도, 비용은 이 시뮬레이션의 추정(가정)이다',
		'가중치: 시나리오가 얼마나 중시하는지(0–3). 적합도: 평가 × 가중치',
		'1년: 전달에 쓴 인일, 장애 시간, 앱 전체 장애 횟수',
		'이번 주: + 변경(k 모듈) ↑ 폭증 ✚ 플러그인 ✗ 부분 장애 ☺ 합류',
		'CQRS: ▁▂▃▅▇ 읽기마다 읽기 모델 지연, ! 는 사용자가 자기 글을 못 본 읽기',
		'색: 빨강은 장애나 오래된 읽기이며 기호로도 표시한다',
	],
};

export function patternLabLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
