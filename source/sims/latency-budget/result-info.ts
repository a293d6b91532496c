import type {ResultInfoTable} from '../types.js';

const ms = {en: 'ms', ko: 'ms'};

/** The summary figures the screen shows, most telling first: the tail before and after, then each technique's cost. */
export const latencyBudgetResultInfo: ResultInfoTable = {
	p99Ms: {label: {en: 'p99', ko: 'p99'}, unit: ms},
	beforeP99Ms: {label: {en: 'p99 before', ko: '이전 p99'}, unit: ms},
	p50Ms: {label: {en: 'p50', ko: 'p50'}, unit: ms},
	p99Ratio: {label: {en: 'p99 now/before', ko: 'p99 이후/이전'}},
	offTarget: {label: {en: 'techniques off the bottleneck', ko: '병목이 아닌 곳에 쓴 기법'}},
	dbP99Ms: {label: {en: 'DB stage p99', ko: 'DB 단계 p99'}, unit: ms},
	peakPoolWaitMs: {label: {en: 'worst pool queue', ko: '최악 풀 대기'}, unit: ms},
	hitRate: {label: {en: 'cache hits', ko: '캐시 적중'}, percent: true},
	staleShare: {label: {en: 'stale answers', ko: '오래된 응답'}, percent: true},
	linesLost: {label: {en: 'log lines lost', ko: '잃은 로그'}, unit: {en: 'lines', ko: '줄'}},
	compressCpuMs: {label: {en: 'compression CPU', ko: '압축 CPU'}, unit: ms},
	served: {label: {en: 'served', ko: '처리'}, unit: {en: 'req', ko: '요청'}},
};
