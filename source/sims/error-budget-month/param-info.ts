import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const ALERTING = 'Google SRE Workbook, "Alerting on SLOs" (14.4× over 1 h, 6× over 6 h) — https://sre.google/workbook/alerting-on-slos/';
const POLICY = 'Google SRE Workbook, "Error Budget Policy" — https://sre.google/workbook/error-budget-policy/';
const TOIL =
	'Google SRE book, ch. 5 "Eliminating Toil" (toil under 50% of each SRE\'s time) — https://sre.google/sre-book/eliminating-toil/';
const DORA = 'DORA, "DORA\'s software delivery metrics: the four keys" — https://dora.dev/guides/dora-metrics-four-keys/';
const hours = {en: 'h', ko: '시간'};

/** The month's parameters as a learner reads them. */
export const monthParamInfo: ParamInfoTable = {
	slo: {
		label: {en: 'SLO', ko: 'SLO'},
		description: {
			en: 'Availability objective: 0.999 leaves 43.2 minutes a month to fail.',
			ko: '가용성 목표다. 0.999면 한 달에 43.2분만큼 실패할 수 있다.',
		},
		step: 0.0001,
		source: 'Google SRE Workbook, "Implementing SLOs" — https://sre.google/workbook/implementing-slos/',
	},
	days: {
		label: {en: 'window', ko: '기간'},
		unit: {en: 'days', ko: '일'},
		description: {en: 'Days the SLO is measured over; one tick is one hour.', ko: 'SLO를 재는 기간이다. 한 틱이 1시간이다.'},
		step: 1,
	},
	deploysPerDay: {
		label: {en: 'deploys a day', ko: '하루 배포'},
		description: {en: 'Changes the team ships a day when nothing stops it.', ko: '막는 것이 없을 때 팀이 하루에 내보내는 변경 수다.'},
		step: 1,
		assumed: true,
	},
	changeFailureRate: {
		label: {en: 'change failure rate', ko: '변경 실패율'},
		description: {en: 'Share of deploys that cause an incident (a DORA key).', ko: '사고를 일으키는 배포의 비율이다(DORA 지표).'},
		step: 0.05,
		assumed: true,
		source: DORA,
	},
	incidentMinRate: {
		label: {en: 'incident errors, low', ko: '사고 오류율 하한'},
		description: {en: 'A failed change fails at least this share of requests.', ko: '실패한 변경은 요청을 적어도 이 비율만큼 실패시킨다.'},
		step: 0.001,
		assumed: true,
	},
	incidentMaxRate: {
		label: {en: 'incident errors, high', ko: '사고 오류율 상한'},
		description: {en: 'and at most this share (log-uniform in between).', ko: '많아야 이 비율이다(그 사이 로그 균등).'},
		step: 0.001,
		assumed: true,
	},
	restoreHours: {
		label: {en: 'restore time', ko: '복구 시간'},
		unit: hours,
		description: {
			en: 'Hours from a page to restored; doubled while toil is over 50%.',
			ko: '호출부터 복구까지의 시간이다. 토일이 50%를 넘으면 두 배다.',
		},
		step: 1,
		assumed: true,
	},
	unnoticedHours: {
		label: {en: 'unnoticed incident', ko: '못 본 사고 지속'},
		unit: hours,
		description: {en: 'Hours an incident nobody was paged for lasts.', ko: '아무도 호출받지 않은 사고가 이어지는 시간이다.'},
		step: 1,
		assumed: true,
	},
	baseErrorRate: {
		label: {en: 'quiet error rate', ko: '평소 오류율'},
		description: {en: 'Share of requests that fail in a quiet hour.', ko: '조용한 시간에도 실패하는 요청 비율이다.'},
		step: 0.0001,
		assumed: true,
	},
	blipChance: {
		label: {en: 'blip chance', ko: '잡음 확률'},
		description: {
			en: 'Chance an hour has a harmless blip of 0.1–0.3% errors.',
			ko: '한 시간에 0.1–0.3% 오류의 무해한 잡음이 생길 확률이다.',
		},
		step: 0.01,
		assumed: true,
	},
	alertPolicy: {
		label: {en: 'alert policy', ko: '경보 정책'},
		description: {
			en: 'threshold: an hour over the line pages · burn-rate: 14.4× in 1 h or 6× in 6 h.',
			ko: 'threshold는 기준을 넘은 시간마다, burn-rate는 1시간 14.4배나 6시간 6배에 호출한다.',
		},
		source: ALERTING,
	},
	alertThreshold: {
		label: {en: 'threshold', ko: '경보 기준'},
		description: {en: 'Threshold policy: the hourly error rate that pages.', ko: 'threshold 정책에서 호출하는 시간당 오류율이다.'},
		step: 0.0001,
		source: ALERTING,
	},
	freezePolicy: {
		label: {en: 'freeze policy', ko: '동결 정책'},
		description: {
			en: 'freeze: stop shipping changes once the budget left falls to the line.',
			ko: 'freeze면 남은 예산이 기준까지 떨어질 때 변경 배포를 멈춘다.',
		},
		source: POLICY,
	},
	freezeAt: {
		label: {en: 'freeze at', ko: '동결 기준'},
		description: {en: 'Share of the budget left at which releases stop.', ko: '배포를 멈추는 남은 예산 비율이다.'},
		step: 0.05,
		assumed: true,
	},
	engineers: {
		label: {en: 'engineers', ko: '엔지니어'},
		description: {en: 'Engineers on the team, 40 hours a week each.', ko: '팀의 엔지니어 수다. 한 명이 주 40시간 일한다.'},
		step: 1,
		assumed: true,
	},
	services: {
		label: {en: 'services', ko: '서비스 수'},
		description: {en: 'Services the team runs at the start.', ko: '처음에 팀이 운영하는 서비스 수다.'},
		step: 1,
		assumed: true,
	},
	servicesPerWeek: {
		label: {en: 'new services', ko: '새 서비스'},
		unit: {en: '/week', ko: '/주'},
		description: {en: 'Services added every week.', ko: '매주 늘어나는 서비스 수다.'},
		step: 1,
		assumed: true,
	},
	toilHoursPerService: {
		label: {en: 'toil per service', ko: '서비스당 토일'},
		unit: {en: 'h/week', ko: '시간/주'},
		description: {en: 'Manual, repetitive work each service takes a week.', ko: '서비스 하나가 매주 요구하는 수작업 반복 업무 시간이다.'},
		step: 1,
		assumed: true,
		source: TOIL,
	},
	platformShare: {
		label: {en: 'platform time', ko: '플랫폼 투자'},
		description: {
			en: "Share of the team's time building an internal platform (0 = none).",
			ko: '내부 플랫폼을 만드는 데 쓰는 팀 시간 비율이다(0이면 없음).',
		},
		step: 0.05,
		assumed: true,
	},
	platformEffortHours: {
		label: {en: 'platform effort', ko: '플랫폼 작업량'},
		unit: hours,
		description: {en: 'Engineer-hours before the platform pays off.', ko: '플랫폼이 효과를 내기까지 드는 엔지니어 시간이다.'},
		step: 10,
		assumed: true,
	},
	toilCut: {
		label: {en: 'toil removed', ko: '토일 감소'},
		description: {en: 'Share of toil the finished platform automates away.', ko: '완성된 플랫폼이 자동화로 없애는 토일 비율이다.'},
		step: 0.05,
		assumed: true,
	},
	failureCut: {
		label: {en: 'failures prevented', ko: '실패 예방'},
		description: {en: 'Share of change failures the platform pipeline stops.', ko: '플랫폼 파이프라인이 막아 내는 변경 실패 비율이다.'},
		step: 0.05,
		assumed: true,
	},
	leadTimeHours: {
		label: {en: 'lead time', ko: '리드 타임'},
		unit: hours,
		description: {en: 'Hours from commit to production when nothing waits.', ko: '기다림이 없을 때 커밋에서 운영까지 걸리는 시간이다.'},
		step: 1,
		assumed: true,
		source: DORA,
	},
};

const share = {percent: true} as const;

/** The summary figures on screen, the predicted one first. */
export const monthResultInfo: ResultInfoTable = {
	'budget.remainingShare': {label: {en: 'budget left', ko: '남은 예산'}, ...share},
	'pages.true': {label: {en: 'true pages', ko: '정확한 호출'}},
	'pages.false': {label: {en: 'false pages', ko: '헛호출'}},
	'pages.missed': {label: {en: 'missed', ko: '놓친 사고'}},
	freezeDays: {label: {en: 'freeze', ko: '동결'}, unit: {en: 'days', ko: '일'}},
	deploysShipped: {label: {en: 'shipped', ko: '배포'}},
	'dora.changeFailureRate': {label: {en: 'change failure rate', ko: '변경 실패율'}, ...share},
	'dora.timeToRestoreHours': {label: {en: 'time to restore', ko: '복구 시간'}, unit: hours},
	'dora.leadTimeHours': {label: {en: 'lead time', ko: '리드 타임'}, unit: hours},
	'toil.peakShare': {label: {en: 'peak toil', ko: '최대 토일'}, ...share},
};
