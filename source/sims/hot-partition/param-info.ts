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
			en: 'How long reads arrive (one step is 1 ms); then what is queued drains.',
			ko: '읽기가 들어오는 시간이다(한 스텝이 1ms). 그 뒤 쌓인 요청을 비운다.',
		},
		step: 100,
		assumed: true,
	},
	channels: {
		label: {en: 'channels', ko: '채널 수'},
		description: {
			en: 'Channels read; popularity follows Zipf, so #0 is by far the busiest.',
			ko: '읽히는 채널 수다. 인기가 지프 분포라 #0이 압도적으로 붐빈다.',
		},
		step: 100,
		assumed: true,
	},
	zipfExponent: {
		label: {en: 'Zipf exponent s', ko: '지프 지수 s'},
		description: {
			en: 'Rank k gets a share ∝ 1/k^s: higher s piles reads onto the top channels.',
			ko: 'k위 채널은 1/k^s에 비례해 읽힌다. s가 클수록 상위 채널에 몰린다.',
		},
		step: 0.1,
		assumed: true,
	},
	readRate: {
		label: {en: 'reads', ko: '읽기'},
		unit: perMs,
		description: {
			en: 'Message-history reads per ms across all channels (a slice of the real load).',
			ko: '모든 채널의 밀리초당 메시지 읽기 수다(실제 부하의 일부).',
		},
		step: 1,
		assumed: true,
	},
	writeRate: {
		label: {en: 'new messages', ko: '새 메시지'},
		unit: {en: 'msgs/ms', ko: '건/ms'},
		description: {
			en: 'Messages posted per ms; each makes a newer version of its partition.',
			ko: '밀리초당 올라오는 메시지다. 하나마다 그 파티션의 새 버전이 생긴다.',
		},
		step: 0.5,
		assumed: true,
	},
	historyShare: {
		label: {en: 'scroll-back share', ko: '과거 읽기 비율'},
		description: {
			en: 'Share (0–1) of reads that scroll back into an older time bucket.',
			ko: '예전 시간 버킷까지 거슬러 읽는 읽기의 비율(0–1)이다.',
		},
		step: 0.05,
		assumed: true,
	},
	historyBuckets: {
		label: {en: 'buckets back', ko: '거슬러 가는 버킷'},
		unit: {en: 'buckets', ko: '개'},
		description: {
			en: 'How many older buckets (10 days each at Discord) such a read may reach.',
			ko: '과거 읽기가 닿는 예전 버킷 수다(Discord에서 버킷 하나는 10일).',
		},
		step: 1,
		source: DISCORD_2017,
	},
	burstAt: {
		label: {en: '@everyone at', ko: '@everyone 시각'},
		unit: ms,
		description: {
			en: 'When @everyone is posted in channel #0 and its members rush to read it.',
			ko: '채널 #0에 @everyone이 올라와 멤버들이 한꺼번에 읽으러 오는 시각이다.',
		},
		step: 50,
		assumed: true,
	},
	burstMs: {
		label: {en: 'burst length', ko: '폭주 길이'},
		unit: ms,
		description: {en: 'How long the rush of reads lasts (0 = no @everyone).', ko: '읽기 폭주가 이어지는 시간이다(0이면 @everyone이 없다).'},
		step: 50,
		assumed: true,
	},
	burstRate: {
		label: {en: 'burst reads', ko: '폭주 읽기'},
		unit: perMs,
		description: {
			en: 'Extra reads per ms of the newest bucket of #0: the hot partition.',
			ko: '#0의 최신 버킷, 곧 핫 파티션에 더해지는 밀리초당 읽기다.',
		},
		step: 5,
		assumed: true,
	},
	nodes: {
		label: {en: 'DB nodes', ko: 'DB 노드'},
		unit: {en: 'nodes', ko: '대'},
		description: {
			en: 'Nodes on the token ring. More nodes spread partitions, never one partition.',
			ko: '토큰 링의 노드 수다. 파티션들은 흩어지지만 파티션 하나는 쪼개지지 않는다.',
		},
		step: 1,
		assumed: true,
	},
	replicationFactor: {
		label: {en: 'replicas', ko: '복제본'},
		unit: {en: 'copies', ko: '개'},
		description: {
			en: 'Copies of each partition, on the next distinct nodes clockwise on the ring.',
			ko: '파티션마다 두는 사본 수다. 링을 시계 방향으로 돌며 다음 노드들에 둔다.',
		},
		step: 1,
		source: REPORTED.source,
	},
	vnodes: {
		label: {en: 'tokens per node', ko: '노드당 토큰'},
		description: {
			en: 'Points each node owns on the ring; more even out how many partitions each holds.',
			ko: '노드마다 링에 갖는 지점 수다. 많을수록 노드별 파티션 수가 고르다.',
		},
		step: 1,
		source:
			'Apache Cassandra 4.0 cassandra.yaml, num_tokens default 16 — https://cassandra.apache.org/doc/4.0/cassandra/configuration/cass_yaml_file.html',
	},
	coresPerNode: {
		label: {en: 'cores per node', ko: '노드당 코어'},
		description: {
			en: 'Cassandra: one queue for all cores. ScyllaDB: a shard per core owns its tokens.',
			ko: 'Cassandra는 모든 코어가 큐 하나를 나눠 쓴다. ScyllaDB는 코어마다 샤드가 자기 토큰을 맡는다.',
		},
		step: 1,
		assumed: true,
	},
	db: {
		label: {en: 'database', ko: '데이터베이스'},
		description: {
			en: 'cassandra: JVM with stop-the-world GC pauses; scylla: C++, shard per core, no GC.',
			ko: 'cassandra는 JVM이라 GC로 전부 멈춘다. scylla는 C++이고 코어당 샤드이며 GC가 없다.',
		},
		source: REPORTED.source,
	},
	readP50Ms: {
		label: {en: 'read time p50', ko: '읽기 시간 p50'},
		unit: ms,
		description: {
			en: 'Median time a node spends on one read (lognormal up to the p99).',
			ko: '노드가 읽기 하나에 쓰는 시간의 중앙값이다(p99까지 로그정규 분포).',
		},
		step: 0.5,
		assumed: true,
	},
	readP99Ms: {
		label: {en: 'read time p99', ko: '읽기 시간 p99'},
		unit: ms,
		description: {
			en: '99th percentile of one read; default is ScyllaDB p99 as Discord reported it.',
			ko: '읽기 하나의 99번째 백분위다. 기본값은 Discord가 보고한 ScyllaDB p99다.',
		},
		step: 1,
		source: REPORTED.source,
	},
	gcEveryMs: {
		label: {en: 'GC every', ko: 'GC 간격'},
		unit: ms,
		description: {
			en: 'Cassandra only: mean time between stop-the-world pauses on a node.',
			ko: 'Cassandra에서만: 노드가 전부 멈추는 GC 사이의 평균 시간이다.',
		},
		step: 100,
		assumed: true,
	},
	gcPauseMs: {
		label: {en: 'GC pause', ko: 'GC 멈춤'},
		unit: ms,
		description: {
			en: 'Cassandra only: length of one pause; nothing on that node moves (0 = no GC).',
			ko: 'Cassandra에서만: 한 번 멈추는 길이다. 그동안 노드가 아무것도 못 한다(0이면 GC 없음).',
		},
		step: 10,
		assumed: true,
	},
	instances: {
		label: {en: 'data services', ko: '데이터 서비스'},
		unit: {en: 'instances', ko: '개'},
		description: {
			en: 'Instances between the API and the database; each coalesces only its own reads.',
			ko: 'API와 DB 사이의 인스턴스 수다. 병합은 인스턴스마다 따로 한다.',
		},
		step: 1,
		assumed: true,
	},
	routing: {
		label: {en: 'routing', ko: '라우팅'},
		description: {
			en: 'random: any instance; channel-hash: every read of a channel to one instance.',
			ko: 'random은 아무 인스턴스로, channel-hash는 한 채널의 읽기를 모두 한 인스턴스로 보낸다.',
		},
		source: REPORTED.source,
	},
	coalescing: {
		label: {en: 'request coalescing', ko: '요청 병합'},
		description: {
			en: 'One query per partition at a time per instance; later reads wait for its answer.',
			ko: '인스턴스마다 파티션당 질의를 하나만 보내고, 뒤에 온 읽기는 그 답을 기다린다.',
		},
		source: REPORTED.source,
	},
	timeoutMs: {
		label: {en: 'timeout', ko: '타임아웃'},
		unit: ms,
		description: {
			en: 'A query still queued this long is dropped and its reads fail.',
			ko: '이만큼 큐에서 기다린 질의는 버려지고 그 읽기는 실패한다.',
		},
		step: 100,
		assumed: true,
	},
	queueLimit: {
		label: {en: 'queue limit', ko: '큐 한도'},
		unit: {en: 'queries', ko: '개'},
		description: {
			en: 'Queries a node (ScyllaDB: a shard) queues; beyond it reads are refused and fail.',
			ko: '노드(ScyllaDB는 샤드)가 쌓아 두는 질의 수다. 넘치면 읽기를 거절해 실패한다.',
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
