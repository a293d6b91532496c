import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const SPDY =
	'Google, "SPDY: An experimental protocol for a faster web" (whitepaper, 2009) — https://www.chromium.org/spdy/spdy-whitepaper/';
const GITHUB =
	'GitHub Docs, "Handling failed webhook deliveries" — https://docs.github.com/en/webhooks/using-webhooks/handling-failed-webhook-deliveries';
const STRIPE = 'Stripe Docs, "Process undelivered webhook events" — https://docs.stripe.com/webhooks/process-undelivered-events';

/** The API-styles parameters as a learner reads them (labels, units, steps, sources). */
export const apiStylesParamInfo: ParamInfoTable = {
	scenario: {
		label: {en: 'scenario', ko: '시나리오'},
		description: {
			en: 'payments: receiver down 3 h from min 2; mobile-screen: 3 resources; ledger: signed',
			ko: '결제 알림은 2분부터 수신자 3시간 다운 · 모바일 화면은 자원 3개 · 원장은 서명 필요',
		},
		assumed: true,
	},
	style: {
		label: {en: 'API style', ko: 'API 스타일'},
		description: {
			en: 'SOAP, REST, GraphQL, gRPC ask (poll or call); WebSocket and webhook push.',
			ko: 'SOAP, REST, GraphQL, gRPC는 묻고(폴링·호출), WebSocket과 웹훅은 밀어 준다.',
		},
	},
	clients: {
		label: {en: 'clients', ko: '클라이언트 수'},
		unit: {en: 'clients', ko: '개'},
		description: {
			en: 'Receivers of the same stream; bytes on the wire grow with each one.',
			ko: '같은 흐름을 받는 수신자 수다. 하나 늘 때마다 전송 바이트가 는다.',
		},
		step: 1000,
		assumed: true,
	},
	eventsPerMinute: {
		label: {en: 'events per minute', ko: '분당 이벤트'},
		unit: {en: '/min', ko: '/분'},
		description: {
			en: 'Average events (screens, calls) a minute, at random Poisson times (0 = none).',
			ko: '분당 평균 이벤트(화면, 호출) 수다. 포아송 분포로 무작위 시각에 온다(0이면 없다).',
		},
		step: 6,
		assumed: true,
	},
	minutes: {
		label: {en: 'minutes of events', ko: '이벤트 시간'},
		unit: {en: 'min', ko: '분'},
		description: {
			en: 'How long events arrive; the run goes on until each one is settled.',
			ko: '이벤트가 오는 시간이다. 모든 이벤트의 결과가 정해질 때까지 실행은 이어진다.',
		},
		step: 5,
		assumed: true,
	},
	pollIntervalS: {
		label: {en: 'poll interval', ko: '폴링 간격'},
		unit: {en: 's', ko: '초'},
		description: {
			en: 'Seconds between polls of an asking style: shorter is fresher but sends more headers.',
			ko: '묻는 스타일의 폴링 간격이다. 짧을수록 신선하지만 헤더를 더 보낸다.',
		},
		step: 5,
		assumed: true,
	},
	headerBytes: {
		label: {en: 'request headers', ko: '요청 헤더'},
		unit: 'B',
		description: {
			en: 'HTTP request header bytes; typically 700–800 (cookies, user agent).',
			ko: 'HTTP 요청 헤더 바이트다. 보통 700–800이다(쿠키, 사용자 에이전트).',
		},
		step: 100,
		source: SPDY,
	},
	responseHeaderBytes: {
		label: {en: 'response headers', ko: '응답 헤더'},
		unit: 'B',
		description: {en: 'HTTP response header bytes.', ko: 'HTTP 응답 헤더 바이트다.'},
		step: 100,
		assumed: true,
	},
	encoding: {
		label: {en: 'payload encoding', ko: '페이로드 인코딩'},
		description: {
			en: 'native: SOAP XML, gRPC protobuf, others JSON. SOAP stays XML and GraphQL JSON.',
			ko: 'native는 SOAP XML, gRPC protobuf, 나머지 JSON이다. SOAP은 XML, GraphQL은 JSON 그대로다.',
		},
		source: 'Protocol Buffers, "Encoding" — https://protobuf.dev/programming-guides/encoding/',
	},
	retries: {
		label: {en: 'retries', ko: '재시도'},
		unit: {en: 'times', ko: '번'},
		description: {
			en: 'Redeliveries of a failed webhook or call (GitHub: none; Stripe: for up to 3 days).',
			ko: '실패한 웹훅이나 호출을 다시 보내는 횟수다(GitHub은 0, Stripe는 최대 3일).',
		},
		step: 1,
		source: `${GITHUB}; ${STRIPE}`,
	},
	retryBaseS: {
		label: {en: 'first retry after', ko: '첫 재시도 간격'},
		unit: {en: 's', ko: '초'},
		description: {
			en: 'Wait before the first retry; each next wait doubles (12 retries from 60 s: 2.8 days).',
			ko: '첫 재시도까지 기다리는 시간이다. 다음부터 두 배씩 는다(60초부터 12번이면 2.8일).',
		},
		step: 30,
		assumed: true,
	},
	idempotencyKey: {
		label: {en: 'idempotency key', ko: '멱등 키'},
		description: {
			en: 'The receiver keeps each event id and ignores a second delivery of it.',
			ko: '수신자가 이벤트 ID를 기억해 같은 이벤트가 두 번 오면 무시한다.',
		},
	},
	slowAckShare: {
		label: {en: 'late answers', ko: '늦은 응답'},
		unit: '%',
		description: {
			en: 'Webhooks acted on but answered after the 10 s timeout: the sender counts them failed.',
			ko: '처리는 했지만 10초 제한 뒤에 응답한 웹훅이다. 보낸 쪽은 실패로 센다.',
		},
		step: 0.01,
		assumed: true,
		source: GITHUB,
	},
	hpackShare: {
		label: {en: 'HPACK header share', ko: 'HPACK 헤더 비율'},
		unit: '%',
		description: {
			en: 'Share of header bytes HTTP/2 (gRPC) still sends once they are indexed.',
			ko: 'HTTP/2(gRPC)가 헤더를 색인한 뒤에도 보내는 헤더 바이트의 비율이다.',
		},
		step: 0.05,
		assumed: true,
		source: 'RFC 7541, HPACK: Header Compression for HTTP/2 — https://www.rfc-editor.org/rfc/rfc7541',
	},
};

const B = {en: 'B', ko: 'B'};
const EVENTS = {en: 'events', ko: '개'};

/** The summary figures the screen shows, most telling first. */
export const apiStylesResultInfo: ResultInfoTable = {
	headerShare: {label: {en: 'headers of all bytes', ko: '전체 바이트 중 헤더'}, percent: true},
	meanStalenessS: {label: {en: 'staleness (mean)', ko: '지연(평균)'}, unit: {en: 's', ko: '초'}},
	lost: {label: {en: 'events lost', ko: '잃은 이벤트'}, unit: EVENTS},
	duplicated: {label: {en: 'delivered twice', ko: '두 번 전달'}, unit: EVENTS},
	delivered: {label: {en: 'delivered once', ko: '한 번 전달'}, unit: EVENTS},
	emitted: {label: {en: 'events emitted', ko: '발생한 이벤트'}, unit: EVENTS},
	roundTripsPerEvent: {label: {en: 'round trips per screen/event', ko: '화면(이벤트)당 왕복'}},
	overFetchRatio: {label: {en: 'over-fetch (sent ÷ used)', ko: '오버페칭(보냄 ÷ 씀)'}, unit: '×'},
	bytesPerEvent: {label: {en: 'bytes per event (1 client)', ko: '이벤트당 바이트(클라이언트 1)'}, unit: B},
	totalBytes: {label: {en: 'bytes on the wire (all)', ko: '전체 전송 바이트'}, unit: B},
	headerBytes: {label: {en: 'header bytes (all)', ko: '헤더 바이트(전체)'}, unit: B},
	dataBytes: {label: {en: 'data bytes (all)', ko: '데이터 바이트(전체)'}, unit: B},
	unsigned: {label: {en: 'unsigned ledger entries', ko: '서명 없는 원장 항목'}, unit: EVENTS},
	maxStalenessS: {label: {en: 'staleness (max)', ko: '지연(최대)'}, unit: {en: 's', ko: '초'}},
};
