import type {ParamInfoTable} from '../types.js';
import {moreParamInfo} from './param-info-more.js';
import {BROTLI, CHAPTER, HIKARI, LATENCY, LUKE, POSTGRES_CONNECTIONS} from './sources.js';

const ms = {en: 'ms', ko: 'ms'};
const us = {en: 'µs', ko: 'µs'};

/** The techniques, as a learner switches them on. */
const techniques: ParamInfoTable = {
	profile: {
		label: {en: 'profiler', ko: '프로파일러'},
		description: {
			en: 'Trace the slowest 10% of requests first and name the stage they spend most time in.',
			ko: '먼저 가장 느린 10% 요청을 추적해 시간을 가장 많이 쓰는 단계를 찾는다.',
		},
	},
	cache: {
		label: {en: 'cache', ko: '캐시'},
		description: {
			en: 'Keep each serialized page in Redis: a hit skips connect, queries, scan and serialize.',
			ko: '직렬화한 페이지를 Redis에 둔다. 적중하면 연결, 쿼리, 스캔, 직렬화를 건너뛴다.',
		},
	},
	poolSize: {
		label: {en: 'connection pool', ko: '연결 풀'},
		unit: {en: 'conns', ko: '개'},
		description: {
			en: 'Connections kept open and reused (0 = none: each request opens its own).',
			ko: '열어 두고 재사용하는 DB 연결 수다(0이면 풀 없이 요청마다 새로 연다).',
		},
		step: 1,
		source: HIKARI,
	},
	fixNPlusOne: {
		label: {en: 'fix N+1', ko: 'N+1 해결'},
		description: {
			en: 'Load every comment of the page in one batched query instead of one query per post.',
			ko: '게시글마다 쿼리를 보내지 않고 페이지의 댓글을 한 번에 묶어 가져온다.',
		},
	},
	keyset: {
		label: {en: 'keyset paging', ko: '키셋 페이지네이션'},
		description: {
			en: 'Seek past the last key seen instead of OFFSET reading and discarding earlier pages.',
			ko: 'OFFSET으로 앞 페이지를 읽고 버리지 않고 마지막 키 다음으로 바로 찾아간다.',
		},
		source: LUKE,
	},
	fastJson: {
		label: {en: 'fast JSON', ko: '빠른 JSON'},
		description: {
			en: 'A faster serializer (orjson, Jackson): serialization shrinks by the cut below.',
			ko: '더 빠른 직렬화 라이브러리(orjson, Jackson)를 쓴다. 아래 절감률만큼 줄어든다.',
		},
	},
	compression: {
		label: {en: 'compression', ko: '압축'},
		description: {
			en: 'Compress the response: fewer bytes on the wire for some CPU time on the server.',
			ko: '응답을 압축한다. 서버 CPU 시간을 조금 쓰고 전송 바이트를 줄인다.',
		},
		source: BROTLI,
	},
	asyncLog: {
		label: {en: 'async logging', ko: '비동기 로깅'},
		description: {
			en: 'Put log lines in a memory buffer; a background thread writes them (lost on a crash).',
			ko: '로그를 메모리 버퍼에 넣고 백그라운드 스레드가 쓴다(크래시 때 버퍼 내용은 사라진다).',
		},
	},
};

/** The world the request lives in. */
const world: ParamInfoTable = {
	requestsPerSec: {
		label: {en: 'traffic', ko: '트래픽'},
		unit: {en: 'req/s', ko: '요청/초'},
		description: {en: 'Requests per second reaching the endpoint (0 = none).', ko: '엔드포인트에 오는 초당 요청 수다(0이면 없음).'},
		step: 50,
		assumed: true,
	},
	ticks: {
		label: {en: 'run length', ko: '실행 길이'},
		unit: {en: 'ticks', ko: '틱'},
		description: {en: 'How long the run lasts; one tick is 250 ms.', ko: '실행 시간이다. 한 틱은 250ms다.'},
		step: 1,
	},
	pages: {
		label: {en: 'pages', ko: '페이지 수'},
		description: {
			en: 'Pages in the post list; popular pages are asked for far more often (Zipf).',
			ko: '게시글 목록의 페이지 수다. 인기 페이지일수록 훨씬 자주 요청된다(Zipf).',
		},
		step: 10,
		assumed: true,
	},
	zipfS: {
		label: {en: 'popularity skew', ko: '인기 쏠림'},
		description: {
			en: 'Zipf exponent of page popularity (0 = all pages equally likely).',
			ko: '페이지 인기의 Zipf 지수다(0이면 모든 페이지가 같은 확률).',
		},
		step: 0.1,
		assumed: true,
	},
	pageSize: {
		label: {en: 'page size', ko: '페이지 크기'},
		unit: {en: 'posts', ko: '개'},
		description: {en: 'Posts per page; the chapter suggests 20–50.', ko: '페이지당 게시글 수다. 이 장은 20~50개를 권한다.'},
		step: 5,
		source: CHAPTER,
	},
	commentsPerPost: {
		label: {en: 'comments per post', ko: '게시글당 댓글'},
		description: {en: 'Comments loaded with each post.', ko: '게시글마다 함께 가져오는 댓글 수다.'},
		step: 1,
		assumed: true,
	},
	rowKB: {
		label: {en: 'row size', ko: '행 크기'},
		unit: {en: 'KB', ko: 'KB'},
		description: {en: 'JSON size of one post or comment.', ko: '게시글이나 댓글 하나의 JSON 크기다.'},
		step: 0.1,
		assumed: true,
	},
	dbRttMs: {
		label: {en: 'DB round trip', ko: 'DB 왕복'},
		unit: ms,
		description: {
			en: 'One round trip inside the data center (to the database or the cache).',
			ko: '데이터 센터 안의 왕복 한 번이다(DB나 캐시까지).',
		},
		step: 0.1,
		source: LATENCY,
	},
	queryMs: {
		label: {en: 'query time', ko: '쿼리 시간'},
		unit: ms,
		description: {en: 'Database time for one small indexed query.', ko: '작은 인덱스 쿼리 하나에 드는 DB 시간이다.'},
		step: 0.1,
		assumed: true,
	},
	rowScanUs: {
		label: {en: 'skipped-row cost', ko: '건너뛴 행 비용'},
		unit: us,
		description: {
			en: 'Time per row OFFSET reads only to throw away (page 500 reads 10,000 rows).',
			ko: 'OFFSET이 읽고 버리는 행 하나의 시간이다(500쪽이면 10,000행을 읽는다).',
		},
		step: 1,
		assumed: true,
		source: LUKE,
	},
	connectMs: {
		label: {en: 'new connection', ko: '새 연결'},
		unit: ms,
		description: {
			en: 'Opening a database connection: TCP, TLS, authentication, a backend process.',
			ko: 'DB 연결 하나를 여는 시간이다: TCP, TLS, 인증, 백엔드 프로세스.',
		},
		step: 1,
		assumed: true,
	},
	dbCores: {
		label: {en: 'DB cores', ko: 'DB 코어'},
		description: {en: 'CPU cores of the database server.', ko: 'DB 서버의 CPU 코어 수다.'},
		step: 1,
		source: HIKARI,
	},
	spindles: {
		label: {en: 'effective spindles', ko: '유효 스핀들'},
		description: {
			en: 'Disks the database waits on (0 = all data in memory); part of cores × 2 + spindles.',
			ko: 'DB가 기다리는 디스크 수다(0이면 전부 메모리). 코어 × 2 + 스핀들 공식의 일부다.',
		},
		step: 1,
		source: HIKARI,
	},
	contention: {
		label: {en: 'contention', ko: '경합'},
		description: {
			en: 'Extra slowdown per connection working beyond cores × 2 + spindles.',
			ko: '코어 × 2 + 스핀들을 넘는 연결 하나마다 더해지는 감속이다.',
		},
		step: 0.01,
		assumed: true,
		source: HIKARI,
	},
	maxConnections: {
		label: {en: 'DB connection limit', ko: 'DB 연결 한도'},
		description: {
			en: 'Connections the database accepts at once (max_connections); no more queries than this run together.',
			ko: 'DB가 한 번에 받는 연결 수(max_connections)다. 이보다 많은 쿼리가 함께 돌지 못한다.',
		},
		step: 10,
		source: POSTGRES_CONNECTIONS,
	},
};

/** Every parameter as a learner reads it (labels, units, steps, what is assumed, where figures come from). */
export const latencyBudgetParamInfo: ParamInfoTable = {...techniques, ...world, ...moreParamInfo};
