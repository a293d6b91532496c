import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const K8S = 'Kubernetes docs, Deployments: rolling update — https://kubernetes.io/docs/concepts/workloads/controllers/deployment/';
const WORKBOOK = 'Google SRE Workbook, "Canarying Releases" — https://sre.google/workbook/canarying-releases/';
const FLAGGER =
	'Flagger docs, canary analysis (interval 1m, success rate ≥ 99%, threshold of failed checks) — https://fluxcd.io/flagger/usage/how-it-works/';
const BUDGET = 'Google SRE Workbook, "Implementing SLOs" (error budget = 1 − SLO) — https://sre.google/workbook/implementing-slos/';
const minutes = {en: 'min', ko: '분'};

/** Deployment parameters as a learner reads them (labels, units, steps, sources). */
export const deployParamInfo: ParamInfoTable = {
	strategy: {
		label: {en: 'strategy', ko: '배포 전략'},
		description: {
			en: 'big-bang all at once · rolling batches · blue-green · canary · toggle',
			ko: '일괄(big-bang), 롤링, 블루-그린, 카나리, 기능 토글 가운데 하나다.',
		},
	},
	instances: {
		label: {en: 'servers', ko: '서버 수'},
		description: {en: 'Servers (pods) in the fleet.', ko: '서비스를 돌리는 서버(파드) 수다.'},
		step: 1,
		assumed: true,
	},
	users: {
		label: {en: 'users', ko: '사용자 수'},
		description: {
			en: 'Active users; every request comes from one of them.',
			ko: '활동 중인 사용자 수다. 모든 요청은 이들 중 한 명이 보낸다.',
		},
		step: 100,
		assumed: true,
	},
	requestsPerMinute: {
		label: {en: 'traffic', ko: '트래픽'},
		unit: {en: 'req/min', ko: '요청/분'},
		description: {
			en: 'Requests per minute (0 = no traffic: nothing to detect).',
			ko: '분당 요청 수다(0이면 트래픽이 없어 감지할 것도 없다).',
		},
		step: 100,
		assumed: true,
	},
	baseErrorRate: {
		label: {en: 'base error rate', ko: '기본 오류율'},
		description: {en: 'Share of requests that fail on either version anyway.', ko: '어느 버전에서든 원래 실패하는 요청의 비율이다.'},
		step: 0.001,
		assumed: true,
	},
	badErrorRate: {
		label: {en: 'bug error rate', ko: '버그 오류율'},
		description: {
			en: 'Extra share of requests the new version fails (0 = a good release).',
			ko: '새 버전이 추가로 실패시키는 요청 비율, 곧 버그다(0이면 정상 릴리스).',
		},
		step: 0.01,
		assumed: true,
	},
	releaseAt: {
		label: {en: 'release at', ko: '배포 시작'},
		unit: minutes,
		description: {en: 'The minute the release starts.', ko: '배포가 시작되는 분이다.'},
		step: 5,
	},
	minutes: {
		label: {en: 'run length', ko: '실행 길이'},
		unit: minutes,
		description: {en: 'Minutes the run lasts; one tick is one minute.', ko: '실행이 이어지는 시간이다. 한 틱이 1분이다.'},
		step: 10,
	},
	deployMinutes: {
		label: {en: 'big-bang swap', ko: '일괄 교체 시간'},
		unit: minutes,
		description: {
			en: 'Big bang: minutes down while every server is swapped (and to go back).',
			ko: '일괄 배포로 서버를 다 바꾸는 동안 멈추는 시간이다(롤백도 같다).',
		},
		step: 1,
		assumed: true,
	},
	podReadyMinutes: {
		label: {en: 'server start', ko: '서버 기동 시간'},
		unit: minutes,
		description: {
			en: 'Minutes a new server takes to start and pass its readiness check.',
			ko: '새 서버가 뜨고 준비 검사를 통과하기까지의 시간이다.',
		},
		step: 1,
		assumed: true,
	},
	maxSurge: {
		label: {en: 'max surge', ko: 'maxSurge'},
		description: {
			en: 'Rolling: extra pods above the fleet, as a share (rounded up).',
			ko: '롤링에서 정원보다 더 띄울 수 있는 파드 비율이다(올림).',
		},
		step: 0.05,
		source: `${K8S} (default 25%)`,
	},
	maxUnavailable: {
		label: {en: 'max unavailable', ko: 'maxUnavailable'},
		description: {
			en: 'Rolling: pods that may be down at once, as a share (rounded down).',
			ko: '롤링에서 동시에 내려가도 되는 파드 비율이다(내림).',
		},
		step: 0.05,
		source: `${K8S} (default 25%)`,
	},
	switchMinutes: {
		label: {en: 'switch time', ko: '전환 시간'},
		unit: minutes,
		description: {
			en: 'Minutes to move traffic: load balancer, canary router or flag service.',
			ko: '로드 밸런서, 카나리 라우터, 플래그로 트래픽을 옮기는 시간이다.',
		},
		step: 1,
		assumed: true,
	},
	keepBlueMinutes: {
		label: {en: 'keep blue', ko: 'Blue 유지 시간'},
		unit: minutes,
		description: {
			en: 'Blue-green: minutes the old fleet stays up after the switch.',
			ko: '블루-그린에서 전환 뒤 옛 환경을 살려 두는 시간이다(즉시 롤백, 두 배 비용).',
		},
		step: 5,
		assumed: true,
	},
	cohortShare: {
		label: {en: 'first cohort', ko: '첫 그룹 비율'},
		description: {
			en: 'Canary and toggle: share of users who get the new version first.',
			ko: '카나리와 토글에서 새 버전을 먼저 받는 사용자 비율이다.',
		},
		step: 0.01,
		source: `${WORKBOOK}; Flagger's examples start at a 5% weight`,
	},
	bakeMinutes: {
		label: {en: 'bake time', ko: '관찰 시간'},
		unit: minutes,
		description: {
			en: 'Canary and toggle: minutes of checks before everyone gets it.',
			ko: '카나리와 토글에서 모두에게 넓히기 전 검사하는 시간이다(1분에 한 번).',
		},
		step: 1,
		source: WORKBOOK,
	},
	alertThreshold: {
		label: {en: 'alert threshold', ko: '경보 기준'},
		description: {
			en: 'A check fails when more than this share of the watched requests fail.',
			ko: '지켜보는 요청 중 이 비율보다 많이 실패하면 검사 하나가 실패한다.',
		},
		step: 0.005,
		source: `${FLAGGER} (99% success = 1% errors)`,
	},
	failedChecks: {
		label: {en: 'checks to roll back', ko: '롤백까지 실패 검사'},
		description: {
			en: 'Failed checks before a rollback: fewer react faster, cry wolf more.',
			ko: '롤백까지의 실패 검사 수다. 적으면 빨리 반응하고 헛경보도 는다.',
		},
		step: 1,
		source: FLAGGER,
	},
	schemaChange: {
		label: {en: 'schema change', ko: '스키마 변경'},
		description: {
			en: 'breaking: rename in one step · expand-contract: add, copy, drop.',
			ko: 'breaking은 한 번에 이름 변경, expand-contract는 추가·복사·삭제다.',
		},
	},
	backfillMinutes: {
		label: {en: 'backfill time', ko: '백필 시간'},
		unit: minutes,
		description: {
			en: 'Expand-contract: minutes to copy old rows into the new column.',
			ko: 'expand-contract에서 옛 행을 새 컬럼으로 복사하는 시간이다.',
		},
		step: 1,
		assumed: true,
	},
	slo: {
		label: {en: 'SLO', ko: 'SLO'},
		description: {
			en: 'Availability objective: 0.999 leaves 0.1% (43.2 min a month) to fail.',
			ko: '가용성 목표다. 0.999면 요청의 0.1%(한 달 43.2분)가 오류 예산이다.',
		},
		step: 0.0001,
		source: BUDGET,
	},
	sloDays: {
		label: {en: 'SLO window', ko: 'SLO 기간'},
		unit: {en: 'days', ko: '일'},
		description: {en: 'Days the objective is measured over.', ko: '목표를 재는 기간이다.'},
		step: 1,
		source: BUDGET,
	},
};

const share = {percent: true} as const;

/** The summary figures the screen shows, the predicted one first. */
export const deployResultInfo: ResultInfoTable = {
	affectedShare: {label: {en: 'users hit by errors', ko: '오류를 겪은 사용자'}, ...share},
	exposedShare: {label: {en: 'users on the new version', ko: '새 버전을 본 사용자'}, ...share},
	detectMinutes: {label: {en: 'time to detect', ko: '감지까지'}, unit: minutes},
	rollbackMinutes: {label: {en: 'rollback took', ko: '롤백 소요'}, unit: minutes},
	errorUserMinutes: {label: {en: 'user-minutes of errors', ko: '오류 사용자·분'}},
	'budget.usedShare': {label: {en: 'error budget used', ko: '오류 예산 사용'}, ...share},
	downtimeMinutes: {label: {en: 'downtime', ko: '다운타임'}, unit: minutes},
	'extraCapacity.peakShare': {label: {en: 'extra servers (peak)', ko: '추가 서버(최대)'}, ...share},
	'canary.missed': {label: {en: 'canary miss chance', ko: '카나리 놓칠 확률'}, ...share},
	'canary.falseAlarm': {label: {en: 'canary false alarm', ko: '카나리 헛경보 확률'}, ...share},
	'schema.errors': {label: {en: 'schema errors', ko: '스키마 오류'}, unit: {en: 'req', ko: '요청'}},
	phase: {label: {en: 'phase', ko: '단계'}},
};
