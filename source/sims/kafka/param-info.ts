import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const KAFKA_DOCS = 'Apache Kafka documentation (kafka.apache.org/documentation)';

/** Kafka's parameters as a learner reads them (labels, units, steps, sources). */
export const kafkaParamInfo: ParamInfoTable = {
	partitions: {
		label: {en: 'partitions', ko: '파티션 수'},
		description: {
			en: 'Partitions of the topic at the start: the most consumers that can work at once.',
			ko: '처음 토픽의 파티션 수다. 동시에 일할 수 있는 컨슈머의 최대 수이기도 하다.',
		},
		step: 1,
	},
	consumers: {
		label: {en: 'consumers', ko: '컨슈머 수'},
		description: {
			en: 'Consumers in the group at the start; one beyond the partition count sits idle.',
			ko: '처음 그룹의 컨슈머 수다. 파티션 수를 넘는 컨슈머는 논다.',
		},
		step: 1,
	},
	assignor: {
		label: {en: 'assignor', ko: '할당 방식'},
		description: {
			en: 'How the group splits the partitions: range (runs in order) or round-robin (dealt in turn).',
			ko: '그룹이 파티션을 나누는 방법이다. range는 연속 구간으로, round-robin은 차례로 나눈다.',
		},
		source: 'Kafka RangeAssignor / RoundRobinAssignor',
	},
	brokers: {
		label: {en: 'brokers', ko: '브로커 수'},
		description: {en: 'Servers in the cluster that hold the partitions.', ko: '파티션을 보관하는 클러스터의 서버 수다.'},
		step: 1,
	},
	replicationFactor: {
		label: {en: 'replication factor', ko: '복제 계수'},
		unit: {en: 'copies', ko: '벌'},
		description: {
			en: 'Copies of each partition on different brokers (at most the broker count).',
			ko: '파티션마다 서로 다른 브로커에 두는 복제본 수다(브로커 수 이하).',
		},
		step: 1,
		source: KAFKA_DOCS,
	},
	keys: {
		label: {en: 'keys', ko: '키 수'},
		description: {
			en: 'Distinct message keys (user-0, user-1, …); one key always lands on one partition.',
			ko: '서로 다른 메시지 키 수다(user-0, user-1, …). 한 키는 늘 한 파티션에 간다.',
		},
		step: 1,
	},
	hotKeyShare: {
		label: {en: 'hot key share', ko: '핫 키 비율'},
		description: {
			en: 'Share of messages sent with the hot key user-0 (0 = none, 1 = all).',
			ko: '핫 키 user-0으로 보내는 메시지의 비율이다(0이면 없음, 1이면 전부).',
		},
		step: 0.05,
		assumed: true,
	},
	produceRate: {
		label: {en: 'produce rate', ko: '생산 속도'},
		unit: {en: 'msg/tick', ko: '메시지/틱'},
		description: {en: 'Messages the producers send per tick (0 = none).', ko: '프로듀서가 틱마다 보내는 메시지 수다(0이면 없음).'},
		step: 1,
		assumed: true,
	},
	consumeRate: {
		label: {en: 'consume rate', ko: '소비 속도'},
		unit: {en: 'msg/tick', ko: '메시지/틱'},
		description: {
			en: 'Messages each consumer processes per tick, across its partitions (0 = stalled).',
			ko: '컨슈머 하나가 틱마다 자기 파티션들에서 처리하는 메시지 수다(0이면 멈춤).',
		},
		step: 1,
		assumed: true,
	},
	rebalanceTicks: {
		label: {en: 'rebalance pause', ko: '리밸런싱 정지'},
		unit: {en: 'ticks', ko: '틱'},
		description: {
			en: 'Ticks the whole group stops consuming while it rebalances (eager protocol).',
			ko: '리밸런싱 동안 그룹 전체가 소비를 멈추는 틱 수다(eager 방식).',
		},
		step: 1,
		assumed: true,
		source: 'Kafka consumer group protocol (eager rebalance)',
	},
	failBrokers: {
		label: {en: 'brokers to fail', ko: '장애 브로커 수'},
		description: {
			en: 'Brokers b0, b1, … that fail at the failure tick (0 = none).',
			ko: '장애 시각에 멈추는 브로커 b0, b1, …의 수다(0이면 없음).',
		},
		step: 1,
	},
	failAt: {
		label: {en: 'failure at', ko: '장애 시각'},
		unit: {en: 'tick', ko: '틱'},
		description: {en: 'The tick at which those brokers fail.', ko: '그 브로커들이 멈추는 틱이다.'},
		step: 5,
	},
	addPartitions: {
		label: {en: 'partitions to add', ko: '추가 파티션 수'},
		description: {
			en: 'Partitions added mid-run (0 = none); keys then move, as murmur2 % count changes.',
			ko: '실행 중에 더하는 파티션 수다(0이면 없음). murmur2 % 개수가 바뀌어 키가 옮겨 간다.',
		},
		step: 1,
	},
	addPartitionsAt: {
		label: {en: 'add at', ko: '추가 시각'},
		unit: {en: 'tick', ko: '틱'},
		description: {en: 'The tick at which the partitions are added.', ko: '파티션을 더하는 틱이다.'},
		step: 5,
	},
	ticks: {
		label: {en: 'run length', ko: '실행 길이'},
		unit: {en: 'ticks', ko: '틱'},
		description: {en: 'How many ticks the run lasts.', ko: '실행이 이어지는 틱 수다.'},
		step: 5,
	},
};

/** The summary figures the screen shows, most telling first. */
export const kafkaResultInfo: ResultInfoTable = {
	'lag.total': {label: {en: 'lag now', ko: '현재 지연'}, unit: {en: 'msg', ko: '메시지'}},
	'lag.max': {label: {en: 'worst partition lag', ko: '최대 파티션 지연'}, unit: {en: 'msg', ko: '메시지'}},
	'lag.peakTotal': {label: {en: 'peak lag', ko: '최고 지연'}, unit: {en: 'msg', ko: '메시지'}},
	produced: {label: {en: 'produced', ko: '생산'}, unit: {en: 'msg', ko: '메시지'}},
	consumed: {label: {en: 'consumed', ko: '소비'}, unit: {en: 'msg', ko: '메시지'}},
	produceErrors: {label: {en: 'failed sends', ko: '전송 실패'}, unit: {en: 'msg', ko: '메시지'}},
	idleCount: {label: {en: 'idle consumers', ko: '유휴 컨슈머'}},
	offlineCount: {label: {en: 'offline partitions', ko: '오프라인 파티션'}},
	orderViolations: {label: {en: 'out of order', ko: '순서 어긋남'}, unit: {en: 'msg', ko: '메시지'}},
	rebalances: {label: {en: 'rebalances', ko: '리밸런싱 횟수'}},
	tick: {label: {en: 'clock', ko: '경과'}, unit: {en: 'ticks', ko: '틱'}},
};
