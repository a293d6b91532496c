import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const ARCH16 =
	'Nick Craver, "Stack Overflow: The Architecture - 2016 Edition" — https://nickcraver.com/blog/2016/02/17/stack-overflow-the-architecture-2016-edition/';
const HW16 =
	'Nick Craver, "Stack Overflow: The Hardware - 2016 Edition" — https://nickcraver.com/blog/2016/03/29/stack-overflow-the-hardware-2016-edition/';

/** The scale-up-vs-out parameters as a learner reads them; each figure from the world says its era. */
export const scaleUpVsOutParamInfo: ParamInfoTable = {
	architecture: {
		label: {en: 'architecture', ko: '구조'},
		description: {
			en: 'monolith: every web server runs the whole app · microservices: a page calls each service in turn.',
			ko: 'monolith: 서버마다 앱 전체가 돈다 · microservices: 서비스를 차례로 부른다.',
		},
	},
	pageLoadsPerSecond: {
		label: {en: 'page loads (2016)', ko: '페이지 로드(2016)'},
		unit: '/s',
		description: {
			en: 'Page loads a second at ×1: 66.3 million on 9 February 2016.',
			ko: '×1에서 초당 페이지 로드다. 2016년 2월 9일 하루 6,630만 건이다.',
		},
		step: 10,
		source: ARCH16,
	},
	renderCpuMs: {
		label: {en: 'CPU per page', ko: '페이지당 CPU'},
		unit: 'ms',
		description: {
			en: 'CPU a page costs a web server; the rest of its 19 ms in ASP.NET (2016) waits on SQL and caches.',
			ko: '페이지가 웹 서버에 쓰는 CPU 시간이다. ASP.NET의 19 ms(2016) 중 나머지는 SQL과 캐시를 기다린다.',
		},
		step: 0.5,
		assumed: true,
	},
	sqlQueriesPerPage: {
		label: {en: 'SQL queries a page (2016)', ko: '페이지당 SQL(2016)'},
		description: {
			en: '504.8 million queries over 66.3 million page loads in a day.',
			ko: '하루 SQL 5억 480만 건을 페이지 로드 6,630만 건으로 나눈 값이다.',
		},
		step: 0.1,
		source: ARCH16,
	},
	memoryShare: {
		label: {en: 'DB in RAM (2022)', ko: 'RAM에 든 DB(2022)'},
		description: {
			en: 'DB share in 1.5 TB RAM: ~1/3 (2022); performance page: 1.5/2.8 TB ≈ 0.54.',
			ko: 'RAM 1.5 TB에 든 DB 비율: 2022년 약 1/3, 성능 페이지는 1.5/2.8 TB ≈ 0.54다.',
		},
		step: 0.01,
		source:
			'Roberta Arcoverde on Hanselminutes, 2022 ("a third of the database in memory", 1.5 TB of RAM); Stack Exchange, "Performance" (1.5 TB of RAM, 2.8 TB database) — https://stackexchange.com/performance',
	},
	zipfExponent: {
		label: {en: 'read skew s', ko: '읽기 쏠림 s'},
		description: {
			en: 'Zipf exponent of reads: the hottest fraction f of the data takes f^(1 − s) of them (0 = even).',
			ko: '읽기의 지프 지수다. 가장 뜨거운 비율 f의 데이터가 읽기의 f^(1 − s)를 받는다(0이면 고르다).',
		},
		step: 0.01,
		assumed: true,
	},
	memoryQueryMs: {
		label: {en: 'query from RAM', ko: 'RAM 쿼리'},
		unit: 'ms',
		description: {en: 'A query served from memory.', ko: '메모리에서 답하는 쿼리의 시간이다.'},
		step: 0.5,
		assumed: true,
	},
	diskQueryMs: {
		label: {en: 'query from disk', ko: '디스크 쿼리'},
		unit: 'ms',
		description: {
			en: 'A query that reads the disk (with the RAM figure, gives the 1.2 ms average of 2016).',
			ko: '디스크를 읽는 쿼리의 시간이다(RAM 값과 함께 2016년 평균 1.2 ms가 된다).',
		},
		step: 0.5,
		assumed: true,
	},
	webServers: {
		label: {en: 'web servers (2022)', ko: '웹 서버(2022)'},
		unit: {en: 'servers', ko: '대'},
		description: {
			en: 'Web servers behind the load balancer: 9 in 2022 (the 2016 posts list 11 IIS servers). A split app shares them out.',
			ko: '로드 밸런서 뒤 웹 서버 수다. 2022년에 9대다(2016년 글에는 IIS 서버 11대). 나눈 앱은 서비스마다 나눠 쓴다.',
		},
		step: 1,
		source: `Roberta Arcoverde on Hanselminutes, 2022 (nine web servers); ${ARCH16} (11 IIS web servers)`,
	},
	coresPerServer: {
		label: {en: 'cores a server (2016)', ko: '서버당 코어(2016)'},
		unit: {en: 'cores', ko: '코어'},
		description: {
			en: 'Cores in each web server: two 12-core Xeon E5-2690 v3 in 2016.',
			ko: '웹 서버 한 대의 코어 수다. 2016년에는 12코어 Xeon E5-2690 v3 두 개다.',
		},
		step: 1,
		source: HW16,
	},
	services: {
		label: {en: 'services', ko: '서비스 수'},
		description: {
			en: 'Microservices only: the page calls each of them once, in turn.',
			ko: '마이크로서비스에서만: 페이지가 서비스마다 한 번씩 차례로 부른다.',
		},
		step: 1,
		assumed: true,
	},
	hopMs: {
		label: {en: 'per-hop network', ko: '홉당 네트워크'},
		unit: 'ms',
		description: {
			en: 'Network and queueing time each service call adds to a page.',
			ko: '서비스 호출마다 페이지에 더해지는 네트워크와 대기 시간이다.',
		},
		step: 0.5,
		assumed: true,
	},
	hopCpuMs: {
		label: {en: 'per-hop CPU', ko: '홉당 CPU'},
		unit: 'ms',
		description: {en: 'CPU each call adds for serializing and parsing.', ko: '호출마다 직렬화와 파싱에 더 드는 CPU다.'},
		step: 0.1,
		assumed: true,
	},
	minReplicas: {
		label: {en: 'servers a service', ko: '서비스당 최소 서버'},
		unit: {en: 'servers', ko: '대'},
		description: {
			en: 'Servers each service keeps at least; 1 makes every service a single point of failure.',
			ko: '서비스마다 두는 최소 서버 수다. 1이면 서비스 하나하나가 단일 장애점이다.',
		},
		step: 1,
		assumed: true,
	},
	failedServers: {
		label: {en: 'servers down', ko: '멈춘 서버'},
		unit: {en: 'servers', ko: '대'},
		description: {
			en: 'Web servers down from the start (key 1 takes one more down).',
			ko: '처음부터 멈춘 웹 서버 수다(1번 키로 한 대 더 멈춘다).',
		},
		step: 1,
		assumed: true,
	},
	maxTraffic: {
		label: {en: 'traffic up to', ko: '트래픽 상한'},
		unit: '×',
		description: {en: 'The run raises traffic ×1, ×2, … up to this.', ko: '실행은 트래픽을 ×1, ×2, …로 이 값까지 올린다.'},
		step: 1,
		assumed: true,
	},
	pagesPerLevel: {
		label: {en: 'pages sampled', ko: '표본 페이지'},
		unit: {en: 'a level', ko: '개/단계'},
		description: {
			en: 'Pages sampled through the queues at each traffic level for p50 and p99.',
			ko: '트래픽 단계마다 큐를 지나게 뽑는 페이지 수다(p50, p99용).',
		},
		step: 100,
		assumed: true,
	},
};

export const scaleUpVsOutResultInfo: ResultInfoTable = {
	headroom: {label: {en: 'headroom to 70% CPU', ko: 'CPU 70%까지 여유'}, unit: '×'},
	cpu: {label: {en: 'CPU at ×1', ko: '×1 CPU'}, percent: true},
	p50Ms: {label: {en: 'p50', ko: 'p50'}, unit: 'ms'},
	p99Ms: {label: {en: 'p99', ko: 'p99'}, unit: 'ms'},
	servers: {label: {en: 'servers', ko: '서버'}, unit: {en: 'servers', ko: '대'}},
	singlePointsOfFailure: {label: {en: 'single points of failure', ko: '단일 장애점'}},
	peakP99Ms: {label: {en: 'p99 at the peak', ko: '최고 트래픽 p99'}, unit: 'ms'},
};
