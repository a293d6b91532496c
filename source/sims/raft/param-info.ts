import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const PAPER = 'Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm" (2014), §5.2 and §9.3';

/** The Raft parameters as a learner reads them on screen (the one place for labels, units, steps and sources). */
export const raftParamInfo: ParamInfoTable = {
	nodes: {
		label: {en: 'servers', ko: '서버 수'},
		description: {
			en: 'How many Raft servers form the cluster; a leader needs votes from a majority.',
			ko: '클러스터를 이루는 Raft 서버 수다. 리더가 되려면 과반의 표가 필요하다.',
		},
		step: 1,
	},
	durationMs: {
		label: {en: 'run length', ko: '실행 시간'},
		unit: 'ms',
		description: {en: 'Simulated time the run lasts; one step is 1 ms.', ko: '시뮬레이션이 이어지는 시간이다. 한 단계가 1ms다.'},
		step: 100,
	},
	heartbeatMs: {
		label: {en: 'heartbeat every', ko: '하트비트 간격'},
		unit: 'ms',
		description: {
			en: 'How often the leader sends AppendEntries to say it is alive.',
			ko: '리더가 살아 있음을 알리려고 AppendEntries를 보내는 간격이다.',
		},
		step: 10,
		source: PAPER,
	},
	electionMinMs: {
		label: {en: 'election timeout min', ko: '선거 타임아웃 최소'},
		unit: 'ms',
		description: {
			en: 'Shortest wait without a heartbeat before a follower runs for leader.',
			ko: '팔로워가 하트비트 없이 기다리다 후보가 되기까지의 최소 시간이다.',
		},
		step: 10,
		source: PAPER,
	},
	electionMaxMs: {
		label: {en: 'election timeout max', ko: '선거 타임아웃 최대'},
		unit: 'ms',
		description: {
			en: 'Longest such wait; each server draws its timeout at random in between.',
			ko: '그 대기의 최대 시간이다. 서버마다 그 사이에서 무작위로 뽑는다.',
		},
		step: 10,
		source: PAPER,
	},
	delayMinMs: {
		label: {en: 'network delay min', ko: '네트워크 지연 최소'},
		unit: 'ms',
		description: {
			en: 'Shortest time a message takes from one server to another.',
			ko: '메시지가 한 서버에서 다른 서버로 가는 최소 시간이다.',
		},
		step: 1,
		assumed: true,
	},
	delayMaxMs: {
		label: {en: 'network delay max', ko: '네트워크 지연 최대'},
		unit: 'ms',
		description: {
			en: 'Longest message delay; each message draws one in between.',
			ko: '메시지 지연의 최대값이다. 메시지마다 그 사이에서 뽑는다.',
		},
		step: 1,
		assumed: true,
	},
	dropRate: {
		label: {en: 'message loss', ko: '메시지 유실률'},
		description: {
			en: 'Chance the network loses any one message (0 = none is lost).',
			ko: '네트워크가 메시지 하나를 잃을 확률이다(0이면 잃지 않는다).',
		},
		step: 0.01,
		assumed: true,
	},
	clientIntervalMs: {
		label: {en: 'client request every', ko: '클라이언트 요청 간격'},
		unit: 'ms',
		description: {
			en: 'A client sends the leader a command this often (0 = no client).',
			ko: '클라이언트가 이 간격으로 리더에게 명령을 보낸다(0이면 클라이언트 없음).',
		},
		step: 10,
		assumed: true,
	},
	faults: {
		label: {en: 'scheduled faults', ko: '예약된 장애'},
		description: {
			en: 'Crashes and partitions the run injects by itself (set with sd-trainer sim).',
			ko: '실행 중 스스로 일으키는 다운과 분할이다(sd-trainer sim으로 설정한다).',
		},
	},
};

/** The summary figures the screen shows, most telling first. */
export const raftResultInfo: ResultInfoTable = {
	firstLeaderAtMs: {label: {en: 'first leader at', ko: '첫 리더 선출'}, unit: 'ms'},
	maxTerm: {label: {en: 'highest term', ko: '최고 임기'}},
	leadersElected: {label: {en: 'leaders elected', ko: '선출된 리더'}},
	elections: {label: {en: 'elections', ko: '선거 횟수'}},
	failovers: {label: {en: 'failovers', ko: '장애 조치'}},
	maxOutageMs: {label: {en: 'longest outage', ko: '최장 중단'}, unit: 'ms'},
	failoverBoundMs: {label: {en: 'worst failover (bound)', ko: '최악 장애 조치(상한)'}, unit: 'ms'},
	unavailableMs: {label: {en: 'time without leader', ko: '리더 없는 시간'}, unit: 'ms'},
	committedEntries: {label: {en: 'entries committed', ko: '커밋된 항목'}},
	requestsRejected: {label: {en: 'requests with no leader', ko: '리더 없던 요청'}},
	messagesSent: {label: {en: 'messages sent', ko: '보낸 메시지'}},
	messagesDropped: {label: {en: 'messages lost', ko: '잃은 메시지'}},
	safetyViolations: {label: {en: 'safety violations', ko: '안전성 위반'}},
};
