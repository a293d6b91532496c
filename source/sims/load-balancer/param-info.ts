import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const NGINX = 'nginx upstream module (ngx_http_upstream_round_robin.c, ip_hash, least_conn)';

/** The load balancer's parameters as a learner reads them (labels, units, steps, sources). */
export const loadBalancerParamInfo: ParamInfoTable = {
	algorithm: {
		label: {en: 'algorithm', ko: '알고리즘'},
		description: {en: 'How the balancer picks a server for each request.', ko: '요청마다 서버를 고르는 방법이다.'},
		source: NGINX,
	},
	compareWith: {
		label: {en: 'compare with', ko: '비교 대상'},
		description: {
			en: 'A second algorithm run on the very same requests, side by side (none = off).',
			ko: '같은 요청에 두 번째 알고리즘을 나란히 돌린다(none이면 끈다).',
		},
	},
	lrtCountsOpen: {
		label: {en: 'time × open conns', ko: '응답 시간 × 연결 수'},
		description: {
			en: 'Least response time also weighs open connections, so it stops herding onto one server.',
			ko: '최소 응답 시간이 열린 연결 수도 함께 보아 한 서버로 몰리지 않는다.',
		},
	},
	servers: {
		label: {en: 'server', ko: '서버'},
		description: {
			en: 'The servers behind the balancer (add or remove with sd-trainer sim).',
			ko: '로드 밸런서 뒤의 서버들이다(추가와 삭제는 sd-trainer sim으로 한다).',
		},
	},
	'servers.*.weight': {
		label: {en: 'weight', ko: '가중치'},
		description: {
			en: 'Share of turns in weighted round robin and ip-hash: weight 2 gets twice the requests.',
			ko: '가중 라운드 로빈과 ip-hash에서의 몫이다. 가중치 2는 요청을 두 배 받는다.',
		},
		step: 1,
	},
	'servers.*.capacity': {
		label: {en: 'capacity', ko: '용량'},
		unit: {en: 'conns', ko: '연결'},
		description: {
			en: 'Connections it can hold at once (nginx max_conns): round robin and least connections skip a full server; a request a full server gets anyway is dropped.',
			ko: '동시에 열 수 있는 연결 수다(nginx max_conns). 라운드 로빈과 최소 연결은 꽉 찬 서버를 건너뛰고, 그래도 꽉 찬 서버로 간 요청은 버려진다.',
		},
		step: 1,
		assumed: true,
	},
	'servers.*.speed': {
		label: {en: 'speed', ko: '속도'},
		unit: '×',
		description: {
			en: 'Work done per ms, shared by its open connections (0.5 = half as fast).',
			ko: 'ms마다 하는 일의 양이다. 열린 연결끼리 나눈다(0.5면 절반 속도).',
		},
		step: 0.1,
		assumed: true,
	},
	'servers.*.down': {
		label: {en: 'down', ko: '중단'},
		description: {en: 'Out of rotation from the start: no request goes there.', ko: '처음부터 순환에서 빠진다. 요청이 가지 않는다.'},
	},
	requests: {
		label: {en: 'requests', ko: '요청 수'},
		description: {en: 'How many requests arrive in the run.', ko: '실행 동안 도착하는 요청 수다.'},
		step: 100,
	},
	ratePerSec: {
		label: {en: 'arrival rate', ko: '도착률'},
		unit: {en: 'req/s', ko: '요청/초'},
		description: {
			en: 'Requests per second on average, arriving at random (Poisson).',
			ko: '초당 평균 요청 수다. 무작위(포아송)로 도착한다.',
		},
		step: 10,
		assumed: true,
	},
	clients: {
		label: {en: 'clients', ko: '클라이언트 수'},
		description: {
			en: 'Distinct clients, each with one IP address; sticky and ip-hash follow them.',
			ko: '서로 다른 클라이언트 수다. 각자 IP 하나를 쓰고, sticky와 ip-hash가 이를 따른다.',
		},
		step: 10,
	},
	subnets: {
		label: {en: 'subnets', ko: '서브넷 수'},
		description: {
			en: '/24 networks the clients come from; ip-hash sees only the first three octets.',
			ko: '클라이언트가 속한 /24 네트워크 수다. ip-hash는 앞 세 옥텟만 본다.',
		},
		step: 10,
		source: 'nginx ip_hash (first three octets of IPv4)',
	},
	clientSkew: {
		label: {en: 'hot clients', ko: '쏠림 정도'},
		description: {
			en: 'Zipf exponent: 0 = every client alike, 1 or more = a few clients send most requests.',
			ko: 'Zipf 지수다. 0이면 모두 같고, 1 이상이면 몇몇 클라이언트가 대부분을 보낸다.',
		},
		step: 0.1,
		assumed: true,
	},
	costMs: {
		label: {en: 'light request', ko: '가벼운 요청'},
		unit: 'ms',
		description: {en: 'Work of a light request on a speed-1 server.', ko: '속도 1인 서버에서 가벼운 요청 하나에 드는 시간이다.'},
		step: 10,
		assumed: true,
	},
	heavyCostMs: {
		label: {en: 'heavy request', ko: '무거운 요청'},
		unit: 'ms',
		description: {en: 'Work of a heavy request on a speed-1 server.', ko: '속도 1인 서버에서 무거운 요청 하나에 드는 시간이다.'},
		step: 10,
		assumed: true,
	},
	heavyFraction: {
		label: {en: 'heavy share', ko: '무거운 요청 비율'},
		description: {en: 'Share of requests that are heavy (0 = none, 1 = all).', ko: '무거운 요청의 비율이다(0이면 없음, 1이면 전부).'},
		step: 0.01,
		assumed: true,
	},
};

/** The summary figures the screen shows, most telling first. */
export const loadBalancerResultInfo: ResultInfoTable = {
	droppedFraction: {label: {en: 'dropped', ko: '버린 비율'}, percent: true},
	meanResponseMs: {label: {en: 'mean response', ko: '평균 응답'}, unit: 'ms'},
	p95ResponseMs: {label: {en: 'p95 response', ko: 'p95 응답'}, unit: 'ms'},
	maxShare: {label: {en: 'busiest server share', ko: '최다 서버 몫'}, percent: true},
	served: {label: {en: 'served', ko: '처리'}},
	dropped: {label: {en: 'dropped requests', ko: '버린 요청'}},
	unrouted: {label: {en: 'no server free', ko: '갈 곳 없음'}},
	requests: {label: {en: 'arrived', ko: '도착'}},
	maxResponseMs: {label: {en: 'slowest', ko: '최장 응답'}, unit: 'ms'},
	timeMs: {label: {en: 'clock', ko: '경과'}, unit: 'ms'},
};
