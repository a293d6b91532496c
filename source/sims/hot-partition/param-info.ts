import type {ParamInfoTable, ResultInfoTable} from '../types.js';
import {REPORTED} from './summary.js';

const DISCORD_2017 =
	'Discord Engineering, "How Discord Stores Billions of Messages" (2017) — https://discord.com/blog/how-discord-stores-billions-of-messages';
const ms = {en: 'ms', ko: 'ms'};
const perMs = {en: 'reads/ms', ko: '건/ms'};

/** The hot-partition simulation's parameters as a learner reads them. */
export const hotPartitionParamInfo: ParamInfoTable = {
	durationMs: {
		label: {en: 'traffic time', ko: '트래픽 시간'},
		unit: ms,
		description: {
			en: 'How long reads arrive (a step is 1 ms); then queues drain.',
			ko: '읽기가 들어오는 시간이다(한 스텝 1ms). 그 뒤 큐를 비운다.',
		},
		step: 100,
		assumed: true,
	},
	channels: {
		label: {en: 'channels', ko: '채널 수'},
		description: {en: 'Channels read; by Zipf, #0 is by far the busiest.', ko: '읽히는 채널 수다. 지프 분포라 #0이 가장 붐빈다.'},
		step: 100,
		assumed: true,
	},
	zipfExponent: {
		label: {en: 'Zipf exponent s', ko: '지프 지수 s'},
		description: {
			en: 'Rank k gets a share ∝ 1/k^s: higher s, hotter top channels.',
			ko: 'k위 채널의 몫은 1/k^s에 비례한다. s가 크면 상위가 더 붐빈다.',
		},
		step: 0.1,
		assumed: true,
	},
	readRate: {
		label: {en: 'reads', ko: '읽기'},
		unit: perMs,
		description: {
			en: 'Message-history reads per ms, all channels (a slice of it).',
			ko: '모든 채널의 밀리초당 메시지 읽기다(실제 부하의 일부).',
		},
		step: 1,
		assumed: true,
	},
	writeRate: {
		label: {en: 'new messages', ko: '새 메시지'},
		unit: {en: 'msgs/ms', ko: '건/ms'},
		description: {
			en: 'Messages posted per ms; each makes a new row version.',
			ko: '밀리초당 올라오는 메시지다. 하나마다 새 버전이 생긴다.',
		},
		step: 0.5,
		assumed: true,
	},
	historyShare: {
		label: {en: 'scroll-back share', ko: '과거 읽기 비율'},
		description: {en: 'Share (0–1) of reads that scroll back to an older bucket.', ko: '예전 시간 버킷까지 거슬러 읽는 비율(0–1)이다.'},
		step: 0.05,
		assumed: true,
	},
	historyBuckets: {
		label: {en: 'buckets back', ko: '거슬러 가는 버킷'},
		unit: {en: 'buckets', ko: '개'},
		description: {
			en: 'Older buckets such a read may reach (Discord: 10 days each).',
			ko: '과거 읽기가 닿는 예전 버킷 수다(Discord는 버킷당 10일).',
		},
		step: 1,
		source: DISCORD_2017,
	},
	burstAt: {
		label: {en: '@everyone at', ko: '@everyone 시각'},
		unit: ms,
		description: {
			en: 'When @everyone lands in channel #0 and everyone reads it.',
			ko: '채널 #0에 @everyone이 올라와 모두가 읽으러 오는 시각이다.',
		},
		step: 50,
		assumed: true,
	},
	burstMs: {
		label: {en: 'burst length', ko: '폭주 길이'},
		unit: ms,
		description: {en: 'How long the rush of reads lasts (0 = no @everyone).', ko: '읽기 폭주가 이어지는 시간이다(0이면 @everyone 없음).'},
		step: 50,
		assumed: true,
	},
	burstRate: {
		label: {en: 'burst reads', ko: '폭주 읽기'},
		unit: perMs,
		description: {
			en: 'Extra reads per ms of the newest bucket of #0: the hot one.',
			ko: '#0 최신 버킷, 곧 핫 파티션에 더해지는 밀리초당 읽기다.',
		},
		step: 5,
		assumed: true,
	},
	nodes: {
		label: {en: 'DB nodes', ko: 'DB 노드'},
		unit: {en: 'nodes', ko: '대'},
		description: {
			en: 'Nodes on the ring: they spread partitions, never split one.',
			ko: '링의 노드 수다. 파티션을 흩을 뿐 하나를 쪼개지는 않는다.',
		},
		step: 1,
		assumed: true,
	},
	replicationFactor: {
		label: {en: 'replicas', ko: '복제본'},
		unit: {en: 'copies', ko: '개'},
		description: {en: 'Copies of a partition, on the next nodes clockwise.', ko: '파티션 사본 수다. 링의 시계 방향 다음 노드들에 둔다.'},
		step: 1,
		source: REPORTED.source,
	},
	vnodes: {
		label: {en: 'tokens per node', ko: '노드당 토큰'},
		description: {
			en: 'Ring points per node; more even out partitions per node.',
			ko: '노드당 링 지점 수다. 많을수록 노드별 파티션이 고르다.',
		},
		step: 1,
		source:
			'Apache Cassandra 4.0 cassandra.yaml, num_tokens default 16 — https://cassandra.apache.org/doc/4.0/cassandra/configuration/cass_yaml_file.html',
	},
	coresPerNode: {
		label: {en: 'cores per node', ko: '노드당 코어'},
		description: {
			en: 'Cassandra shares them; ScyllaDB gives each core a shard.',
			ko: 'Cassandra는 코어가 큐를 나눠 쓰고, ScyllaDB는 코어당 샤드다.',
		},
		step: 1,
		assumed: true,
	},
	db: {
		label: {en: 'database', ko: '데이터베이스'},
		description: {
			en: 'cassandra: JVM, GC pauses; scylla: C++, shard per core.',
			ko: 'cassandra는 JVM이라 GC로 멈추고, scylla는 C++에 코어당 샤드다.',
		},
		source: REPORTED.source,
	},
	readP50Ms: {
		label: {en: 'read time p50', ko: '읽기 시간 p50'},
		unit: ms,
		description: {en: 'Median time a node spends on one read (lognormal).', ko: '노드가 읽기 하나에 쓰는 시간의 중앙값이다(로그정규).'},
		step: 0.5,
		assumed: true,
	},
	readP99Ms: {
		label: {en: 'read time p99', ko: '읽기 시간 p99'},
		unit: ms,
		description: {
			en: 'p99 of one read; default: ScyllaDB p99 as Discord reported.',
			ko: '읽기 하나의 p99다. 기본값은 Discord가 보고한 ScyllaDB p99다.',
		},
		step: 1,
		source: REPORTED.source,
	},
	gcEveryMs: {
		label: {en: 'GC every', ko: 'GC 간격'},
		unit: ms,
		description: {en: 'Cassandra: mean time between GC pauses on a node.', ko: 'Cassandra에서 노드의 GC 멈춤 사이 평균 시간이다.'},
		step: 100,
		assumed: true,
	},
	gcPauseMs: {
		label: {en: 'GC pause', ko: 'GC 멈춤'},
		unit: ms,
		description: {en: 'Cassandra: one stop-the-world pause (0 = no GC).', ko: 'Cassandra에서 GC로 노드 전체가 멈추는 길이다(0이면 없음).'},
		step: 10,
		assumed: true,
	},
	instances: {
		label: {en: 'data services', ko: '데이터 서비스'},
		unit: {en: 'instances', ko: '개'},
		description: {
			en: 'Data-service instances; each coalesces only its own reads.',
			ko: '데이터 서비스 인스턴스 수다. 병합은 인스턴스마다 따로 한다.',
		},
		step: 1,
		assumed: true,
	},
	routing: {
		label: {en: 'routing', ko: '라우팅'},
		description: {
			en: 'random: any instance; channel-hash: one per channel.',
			ko: 'random은 아무 곳으로, channel-hash는 채널마다 한 곳으로 보낸다.',
		},
		source: REPORTED.source,
	},
	coalescing: {
		label: {en: 'request coalescing', ko: '요청 병합'},
		description: {
			en: 'One query per partition per instance; others wait for it.',
			ko: '인스턴스마다 파티션당 질의 하나만 보내고 나머지는 기다린다.',
		},
		source: REPORTED.source,
	},
	timeoutMs: {
		label: {en: 'timeout', ko: '타임아웃'},
		unit: ms,
		description: {
			en: 'A query still queued this long is dropped; its reads fail.',
			ko: '이만큼 큐에서 기다린 질의는 버려지고 그 읽기는 실패한다.',
		},
		step: 100,
		assumed: true,
	},
	queueLimit: {
		label: {en: 'queue limit', ko: '큐 한도'},
		unit: {en: 'queries', ko: '개'},
		description: {
			en: 'Queries a node (ScyllaDB: a shard) queues; then reads fail.',
			ko: '노드(ScyllaDB는 샤드)가 쌓는 질의 수다. 넘치면 실패한다.',
		},
		step: 10,
		assumed: true,
	},
};

/** The summary figures the screen shows, the one the first challenge asks about first. */
export const hotPartitionResultInfo: ResultInfoTable = {
	hotPartitionQueries: {label: {en: 'DB queries on the hot partition', ko: '핫 파티션 DB 질의'}, unit: {en: 'queries', ko: '번'}},
	hotPartitionReads: {label: {en: 'reads of the hot partition', ko: '핫 파티션 읽기'}, unit: {en: 'reads', ko: '건'}},
	hotNodeUtilization: {label: {en: 'busiest node during the burst', ko: '폭주 중 가장 바쁜 노드'}, percent: true},
	coalescingRatio: {label: {en: 'reads coalesced', ko: '병합된 읽기'}, percent: true},
	p50Ms: {label: {en: 'read latency p50', ko: '읽기 지연 p50'}, unit: 'ms'},
	p99Ms: {label: {en: 'read latency p99', ko: '읽기 지연 p99'}, unit: 'ms'},
	reportedP99Ms: {label: {en: 'p99 Discord reported', ko: 'Discord가 보고한 p99'}, unit: 'ms'},
	reportedNodes: {label: {en: 'cluster size Discord reported', ko: 'Discord가 보고한 클러스터'}, unit: {en: 'nodes', ko: '대'}},
	dbQueries: {label: {en: 'DB queries', ko: 'DB 질의'}, unit: {en: 'queries', ko: '번'}},
	reads: {label: {en: 'reads', ko: '읽기'}, unit: {en: 'reads', ko: '건'}},
	failedReads: {label: {en: 'failed reads', ko: '실패한 읽기'}, unit: {en: 'reads', ko: '건'}},
	gcPauses: {label: {en: 'GC pauses', ko: 'GC 멈춤'}, unit: {en: 'pauses', ko: '번'}},
};
