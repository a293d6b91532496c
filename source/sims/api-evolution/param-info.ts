import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const FAULT_TOLERANCE =
	'Netflix Technology Blog, "Fault Tolerance in a High Volume, Distributed System" (2012) — https://netflixtechblog.com/fault-tolerance-in-a-high-volume-distributed-system-91ab4faae74a';
const TAIL = 'Dean & Barroso, "The Tail at Scale", CACM 56(2), 2013 — https://doi.org/10.1145/2408776.2408794';
const FEDERATION =
	'Netflix Technology Blog, "How Netflix Scales its API with GraphQL Federation (Part 1)" (2020) — https://netflixtechblog.com/how-netflix-scales-its-api-with-graphql-federation-part-1-ae3557c187e2';
const NUMBERS =
	'Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems", LADIS 2009 — https://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf';

/** The API-evolution parameters as a learner reads them: labels, units, steps, and where each number comes from. */
export const apiEvolutionParamInfo: ParamInfoTable = {
	architecture: {
		label: {en: 'architecture', ko: '구조'},
		description: {
			en: 'How a screen gets its data: one process, direct calls, one gateway call, or one federated GraphQL call.',
			ko: '화면이 데이터를 받는 방식이다: 한 프로세스, 직접 호출, 게이트웨이 한 번, 페더레이션 GraphQL 한 번.',
		},
		source: FEDERATION,
	},
	dependencies: {
		label: {en: 'dependencies n', ko: '의존성 수 n'},
		unit: {en: 'services', ko: '개'},
		description: {
			en: 'Services one screen needs; every one of them can be slow or fail (Netflix: 30 in its example, 1:6 fan-out on average).',
			ko: '화면 하나가 부르는 서비스 수다. 하나하나가 느리거나 실패할 수 있다(넷플릭스 예: 30개, 평균 팬아웃 1:6).',
		},
		step: 1,
		source: FAULT_TOLERANCE,
	},
	medianMs: {
		label: {en: 'usual call', ko: '보통 호출'},
		unit: 'ms',
		description: {en: "A call's median latency when it is not in the slow tail.", ko: '느린 꼬리에 걸리지 않은 호출의 중앙 지연이다.'},
		step: 1,
		source: TAIL,
	},
	slowProbability: {
		label: {en: 'slow chance p', ko: '느릴 확률 p'},
		description: {
			en: 'Chance one call hits the slow tail (0.01: a p99 of one second); a screen waits on one with 1 − (1 − p)^n.',
			ko: '호출 하나가 느린 꼬리에 걸릴 확률이다(0.01이면 p99가 1초). 화면은 1 − (1 − p)^n의 확률로 그런 호출을 기다린다.',
		},
		step: 0.01,
		source: TAIL,
	},
	slowMs: {
		label: {en: 'slow call', ko: '느린 호출'},
		unit: 'ms',
		description: {en: 'Latency of a call in the slow tail.', ko: '느린 꼬리에 걸린 호출의 지연이다.'},
		step: 100,
		source: TAIL,
	},
	availability: {
		label: {en: 'availability a', ko: '가용성 a'},
		description: {
			en: "Each dependency's chance to answer; a screen that needs all n is up a^n (0.9999^30 ≈ 99.7%).",
			ko: '의존성 하나가 응답할 확률이다. n개가 모두 필요한 화면은 a^n만큼 뜬다(0.9999^30 ≈ 99.7%).',
		},
		step: 0.0001,
		source: FAULT_TOLERANCE,
	},
	clientRttMs: {
		label: {en: 'client round trip', ko: '클라이언트 왕복'},
		unit: 'ms',
		description: {
			en: 'Round trip between the device and the datacenter; direct calls pay it once per wave of calls.',
			ko: '기기와 데이터센터 사이의 왕복 시간이다. 직접 호출은 호출 묶음마다 이 값을 치른다.',
		},
		step: 10,
		assumed: true,
	},
	datacenterRttMs: {
		label: {en: 'datacenter round trip', ko: '데이터센터 안 왕복'},
		unit: 'ms',
		description: {en: 'Round trip between two servers in one datacenter.', ko: '같은 데이터센터 안 서버 두 대 사이의 왕복 시간이다.'},
		step: 0.5,
		source: NUMBERS,
	},
	clientConnections: {
		label: {en: 'client connections', ko: '클라이언트 연결'},
		unit: {en: 'at once', ko: '개 동시'},
		description: {
			en: 'Direct calls a device runs at once (about 6 per host in browsers over HTTP/1.1); the rest wait their turn.',
			ko: '기기가 동시에 보내는 직접 호출 수다(HTTP/1.1 브라우저는 호스트당 약 6개). 나머지는 차례를 기다린다.',
		},
		step: 1,
		assumed: true,
	},
	federationWaves: {
		label: {en: 'federation waves', ko: '페더레이션 단계'},
		unit: {en: 'waves', ko: '단계'},
		description: {
			en: 'Fetch waves in the federated query plan: an entity first, then the fields other subgraphs add to it.',
			ko: '페더레이션 쿼리 계획의 조회 단계 수다. 먼저 엔티티를, 다음에 다른 서브그래프가 붙이는 필드를 가져온다.',
		},
		step: 1,
		assumed: true,
	},
	timeoutsAndFallbacks: {
		label: {en: 'timeouts + fallbacks', ko: '타임아웃 + 대체 응답'},
		description: {
			en: 'Cut a call at the timeout and fill its part with a fallback, instead of failing or stalling the whole screen.',
			ko: '호출을 타임아웃에서 끊고 그 부분만 대체 응답으로 채운다. 화면 전체를 실패시키거나 붙잡지 않는다.',
		},
		source: FAULT_TOLERANCE,
	},
	timeoutMs: {
		label: {en: 'timeout', ko: '타임아웃'},
		unit: 'ms',
		description: {
			en: 'How long a call may take before its fallback is used.',
			ko: '대체 응답으로 넘어가기 전까지 호출을 기다리는 시간이다.',
		},
		step: 10,
		assumed: true,
	},
	hedging: {
		label: {en: 'hedged requests', ko: '헤지 요청'},
		description: {
			en: 'Send a second copy of a call still unanswered after the hedge delay to another replica; take the first answer.',
			ko: '헤지 지연이 지나도 답이 없는 호출을 다른 복제본에 한 번 더 보내고, 먼저 온 답을 쓴다.',
		},
		source: TAIL,
	},
	hedgeAfterMs: {
		label: {en: 'hedge delay', ko: '헤지 지연'},
		unit: 'ms',
		description: {
			en: 'When to send the second copy: about the 95th percentile of a normal call keeps the extra load near 5%.',
			ko: '두 번째 요청을 보낼 때다. 보통 호출의 95번째 백분위쯤이면 추가 부하가 5% 안팎이다.',
		},
		step: 5,
		assumed: true,
	},
	jitter: {
		label: {en: 'jitter σ', ko: '흔들림 σ'},
		description: {
			en: 'Log-normal spread of a call around its median (0 = every call takes exactly its median).',
			ko: '호출 지연이 중앙값 둘레로 퍼지는 정도(로그 정규 σ)다. 0이면 모든 호출이 정확히 중앙값이다.',
		},
		step: 0.05,
		assumed: true,
	},
	screens: {
		label: {en: 'screen loads', ko: '화면 로드'},
		unit: {en: 'screens', ko: '번'},
		description: {
			en: 'Screen loads sampled in a run (20 batches); more loads make the measured shares closer to the formulas.',
			ko: '한 번 실행에서 뽑는 화면 로드 수다(20묶음). 많을수록 측정값이 공식에 가까워진다.',
		},
		step: 1000,
		assumed: true,
	},
	teams: {
		label: {en: 'domain teams', ko: '도메인 팀'},
		unit: {en: 'teams', ko: '팀'},
		description: {
			en: 'Teams whose changes reach the screens; federated, each owns its own subgraphs.',
			ko: '화면에 닿는 변경을 만드는 팀 수다. 페더레이션에서는 팀마다 자기 서브그래프를 소유한다.',
		},
		step: 1,
		assumed: true,
	},
	changesPerTeamPerWeek: {
		label: {en: 'changes per team', ko: '팀당 변경'},
		unit: {en: '/week', ko: '건/주'},
		description: {
			en: 'Changes each team needs in the aggregation layer every week.',
			ko: '팀마다 매주 집계 계층에 필요한 변경 수다.',
		},
		step: 0.5,
		assumed: true,
	},
	gatewayCapacityPerWeek: {
		label: {en: 'gateway team ships', ko: '게이트웨이 팀 처리량'},
		unit: {en: '/week', ko: '건/주'},
		description: {
			en: 'Changes the one gateway team can ship a week; with a gateway, every change waits in its queue.',
			ko: '게이트웨이 팀 하나가 주마다 내보내는 변경 수다. 게이트웨이 구조에서는 모든 변경이 이 대기열에 선다.',
		},
		step: 1,
		assumed: true,
	},
	weeks: {
		label: {en: 'weeks', ko: '기간'},
		unit: {en: 'weeks', ko: '주'},
		description: {en: 'How long the change queue runs before it is measured.', ko: '변경 대기열을 재기 전까지 흐르는 기간이다.'},
		step: 1,
		assumed: true,
	},
};

/** The summary figures the screen shows, the one to predict first. */
export const apiEvolutionResultInfo: ResultInfoTable = {
	slowScreens: {label: {en: 'slow screens', ko: '느린 화면'}, percent: true},
	p50Ms: {label: {en: 'p50', ko: 'p50'}, unit: 'ms'},
	p99Ms: {label: {en: 'p99', ko: 'p99'}, unit: 'ms'},
	failedScreens: {label: {en: 'failed screens', ko: '실패한 화면'}, percent: true},
	clientRoundTrips: {label: {en: 'client round trips', ko: '클라이언트 왕복'}, unit: {en: 'per screen', ko: '번/화면'}},
	degradedScreens: {label: {en: 'with a fallback', ko: '대체 응답 화면'}, percent: true},
	hedgeExtraRequests: {label: {en: 'extra calls (hedges)', ko: '추가 호출(헤지)'}, percent: true},
	gatewayQueueWeeks: {label: {en: 'change wait', ko: '변경 대기'}, unit: {en: 'weeks', ko: '주'}},
};
