import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const RICHARDS =
	'Mark Richards, "Software Architecture Patterns" (O\'Reilly, 2015), Appendix A: Pattern Analysis Summary — https://www.oreilly.com/library/view/software-architecture-patterns/9781491971437/app01.html';

/** The pattern lab's parameters as a learner reads them. */
export const patternLabParamInfo: ParamInfoTable = {
	scenario: {
		label: {en: 'scenario', ko: '시나리오'},
		description: {
			en: 'IDE with plug-ins · flash sale · four-person MVP · order pipeline · sixty teams',
			ko: '플러그인 IDE · 반짝 세일 · 4인 MVP · 주문 파이프라인 · 60개 팀',
		},
		assumed: true,
	},
	pattern: {
		label: {en: 'pattern', ko: '패턴'},
		description: {
			en: "The architecture lived for a year. Ratings: this simulation's reading of Richards' analysis (modular monolith: assumed).",
			ko: '1년 동안 쓸 아키텍처다. 평가는 이 시뮬레이션이 Richards의 분석을 읽어 매긴 것이다(모듈형 모놀리스는 가정).',
		},
		source: RICHARDS,
	},
	weeks: {
		label: {en: 'weeks', ko: '주'},
		unit: {en: 'weeks', ko: '주'},
		description: {en: 'Weeks of the year lived, one per step.', ko: '겪는 주의 수다. 한 단계가 한 주다.'},
		step: 4,
		assumed: true,
	},
	cqrs: {
		label: {en: 'CQRS read model', ko: 'CQRS 읽기 모델'},
		description: {
			en: 'Writes go to a write model; reads to a read model an event projection updates later.',
			ko: '쓰기는 쓰기 모델로, 읽기는 이벤트 프로젝션이 나중에 갱신하는 읽기 모델로 간다.',
		},
	},
	projectionLagMs: {
		label: {en: 'projection lag', ko: '프로젝션 지연'},
		unit: 'ms',
		description: {
			en: 'Mean delay before a write shows in the read model (exponential).',
			ko: '쓰기가 읽기 모델에 보이기까지의 평균 지연이다(지수 분포).',
		},
		step: 100,
		assumed: true,
	},
	readAfterWriteMs: {
		label: {en: 'read after write', ko: '쓰고 나서 읽기'},
		unit: 'ms',
		description: {
			en: 'How soon a user reads back what they just wrote.',
			ko: '사용자가 방금 쓴 것을 얼마 뒤에 다시 읽는지다.',
		},
		step: 100,
		assumed: true,
	},
	ownReads: {
		label: {en: 'own reads go to', ko: '내 글 읽기 대상'},
		description: {
			en: "Where a user's read of their own write goes: the read model or the write model.",
			ko: '사용자가 자기가 쓴 것을 읽을 때 읽기 모델과 쓰기 모델 중 어디로 갈지다.',
		},
	},
};

const DAYS = {en: 'engineer-days', ko: '인일'};
const COUNT = {en: 'times', ko: '번'};

export const patternLabResultInfo: ResultInfoTable = {
	deliveryDays: {label: {en: 'days spent delivering', ko: '전달에 쓴 날'}, unit: DAYS},
	outageHours: {label: {en: 'outage', ko: '장애 시간'}, unit: {en: 'h', ko: '시간'}},
	wholeAppOutages: {label: {en: 'whole-app outages', ko: '앱 전체 장애'}, unit: COUNT},
	// The ratings are this simulation's reading of Richards' summary, and the weights are its own estimates.
	fit: {label: {en: 'scorecard fit', ko: '평가표 적합도'}, percent: true},
	changes: {label: {en: 'changes', ko: '변경'}, unit: COUNT},
	spikes: {label: {en: 'traffic spikes', ko: '트래픽 폭증'}, unit: COUNT},
	plugins: {label: {en: 'plug-ins added', ko: '추가한 플러그인'}, unit: COUNT},
	pluginReleases: {label: {en: 'core releases for plug-ins', ko: '플러그인 때문에 한 코어 배포'}, unit: COUNT},
	crashes: {label: {en: 'crashes', ko: '부분 장애'}, unit: COUNT},
	staleReads: {label: {en: 'stale own reads', ko: '내 글이 안 보인 읽기'}, unit: COUNT},
	readsChecked: {label: {en: 'own reads checked', ko: '확인한 내 글 읽기'}, unit: COUNT},
};
