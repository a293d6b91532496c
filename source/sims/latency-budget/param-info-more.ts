import type {ParamInfoTable} from '../types.js';
import {BROTLI, CHAPTER} from './sources.js';

const ms = {en: 'ms', ko: 'ms'};
const usPerKB = {en: 'µs/KB', ko: 'µs/KB'};
const tick = {en: 'tick', ko: '틱'};

/** Serialization, the wire, logging, the cache and the events of a run. */
export const moreParamInfo: ParamInfoTable = {
	jsonUsPerKB: {
		label: {en: 'JSON time', ko: 'JSON 시간'},
		unit: usPerKB,
		description: {en: 'Serialization time per KB with the standard library.', ko: '표준 라이브러리로 1KB를 직렬화하는 시간이다.'},
		step: 5,
		assumed: true,
	},
	fastJsonCut: {
		label: {en: 'fast JSON cut', ko: '빠른 JSON 절감률'},
		description: {
			en: 'Share of serialization time a fast serializer saves (reported example: 30%).',
			ko: '빠른 직렬화 라이브러리가 줄이는 직렬화 시간의 비율이다(보고된 사례: 30%).',
		},
		step: 0.05,
		assumed: true,
		source: CHAPTER,
	},
	gzipRatio: {
		label: {en: 'gzip size', ko: 'gzip 크기'},
		description: {en: 'Compressed / original size with gzip level 6 on text.', ko: '텍스트를 gzip 6단계로 압축한 크기 / 원래 크기다.'},
		step: 0.01,
		source: BROTLI,
	},
	brotliRatio: {
		label: {en: 'Brotli size', ko: 'Brotli 크기'},
		description: {
			en: 'Compressed / original size with Brotli level 6 on text.',
			ko: '텍스트를 Brotli 6단계로 압축한 크기 / 원래 크기다.',
		},
		step: 0.01,
		source: BROTLI,
	},
	gzipUsPerKB: {
		label: {en: 'gzip CPU', ko: 'gzip CPU'},
		unit: usPerKB,
		description: {en: 'Server CPU time to gzip one KB.', ko: '서버가 1KB를 gzip으로 압축하는 CPU 시간이다.'},
		step: 5,
		assumed: true,
	},
	brotliUsPerKB: {
		label: {en: 'Brotli CPU', ko: 'Brotli CPU'},
		unit: usPerKB,
		description: {en: 'Server CPU time to Brotli-compress one KB.', ko: '서버가 1KB를 Brotli로 압축하는 CPU 시간이다.'},
		step: 5,
		assumed: true,
	},
	clientMbps: {
		label: {en: 'client bandwidth', ko: '클라이언트 대역폭'},
		unit: {en: 'Mbit/s', ko: 'Mbit/s'},
		description: {en: 'Bandwidth between the server and the client.', ko: '서버와 클라이언트 사이의 대역폭이다.'},
		step: 5,
		assumed: true,
	},
	clientRttMs: {
		label: {en: 'client round trip', ko: '클라이언트 왕복'},
		unit: ms,
		description: {
			en: 'Round trip to the client; no technique here shortens it.',
			ko: '클라이언트까지의 왕복이다. 여기의 어떤 기법도 줄이지 못한다.',
		},
		step: 5,
		assumed: true,
	},
	logLines: {
		label: {en: 'log lines', ko: '로그 줄 수'},
		unit: {en: 'lines/req', ko: '줄/요청'},
		description: {en: 'Log lines each request writes.', ko: '요청 하나가 남기는 로그 줄 수다.'},
		step: 1,
		assumed: true,
	},
	syncLogMs: {
		label: {en: 'sync write', ko: '동기 쓰기'},
		unit: ms,
		description: {
			en: 'Writing one line to disk before going on; also what one background flush takes.',
			ko: '한 줄을 디스크에 쓰고 나서야 진행하는 시간이다. 백그라운드 플러시 한 번의 시간이기도 하다.',
		},
		step: 0.5,
		assumed: true,
	},
	asyncLogMs: {
		label: {en: 'async enqueue', ko: '비동기 적재'},
		unit: ms,
		description: {en: 'Putting one line in the memory buffer.', ko: '한 줄을 메모리 버퍼에 넣는 시간이다.'},
		step: 0.1,
		assumed: true,
	},
	flushMs: {
		label: {en: 'flush interval', ko: '플러시 주기'},
		unit: ms,
		description: {
			en: 'How often the background thread writes the buffer to disk; a crash loses what is buffered.',
			ko: '백그라운드 스레드가 버퍼를 디스크에 쓰는 주기다. 크래시는 버퍼에 남은 줄을 잃는다.',
		},
		step: 10,
		assumed: true,
	},
	cacheTtlS: {
		label: {en: 'cache TTL', ko: '캐시 TTL'},
		unit: {en: 's', ko: '초'},
		description: {
			en: 'How long a cached page is served before it is fetched again.',
			ko: '캐시한 페이지를 다시 가져오기 전까지 내주는 시간이다.',
		},
		step: 1,
		assumed: true,
	},
	invalidateOnWrite: {
		label: {en: 'invalidate on change', ko: '변경 시 무효화'},
		description: {
			en: 'Delete a cached page as soon as its data changes (a change event, e.g. from Kafka).',
			ko: '데이터가 바뀌는 즉시 캐시한 페이지를 지운다(Kafka 같은 변경 이벤트).',
		},
	},
	updatesPerMin: {
		label: {en: 'page changes', ko: '페이지 변경'},
		unit: {en: '/min', ko: '회/분'},
		description: {en: 'How often each page changes (a new comment, an edit).', ko: '페이지마다 내용이 바뀌는 빈도다(새 댓글, 수정).'},
		step: 1,
		assumed: true,
	},
	crashAt: {
		label: {en: 'crash at', ko: '크래시 시각'},
		unit: tick,
		description: {en: 'The tick after which the process crashes (0 = never).', ko: '프로세스가 죽는 틱이다(0이면 없음).'},
		step: 1,
	},
	spikeAt: {
		label: {en: 'spike at', ko: '급증 시각'},
		unit: tick,
		description: {en: 'The tick a traffic spike starts (0 = none).', ko: '트래픽 급증이 시작되는 틱이다(0이면 없음).'},
		step: 1,
	},
	spikeTicks: {
		label: {en: 'spike length', ko: '급증 길이'},
		unit: {en: 'ticks', ko: '틱'},
		description: {en: 'How many ticks a spike lasts.', ko: '급증이 이어지는 틱 수다.'},
		step: 1,
	},
	spikeFactor: {
		label: {en: 'spike size', ko: '급증 배율'},
		unit: '×',
		description: {en: 'Traffic multiplier during a spike.', ko: '급증하는 동안 트래픽에 곱하는 배율이다.'},
		step: 0.1,
		assumed: true,
	},
	jitter: {
		label: {en: 'jitter', ko: '흔들림'},
		description: {
			en: 'Spread of every stage around its typical time (0 = every request alike).',
			ko: '단계마다 보통 시간에서 흩어지는 정도다(0이면 모든 요청이 같다).',
		},
		step: 0.05,
		assumed: true,
	},
};
