/**
 * One request through the six stages, for one setting of the techniques.
 * The same random draws are used for the "before" lane (every technique off)
 * and the live lane, so the two are compared request by request.
 */
import {jitterFactor, poisson, poolWait, slowdown} from './model.js';
import type {LatencyBudgetParams} from './params.js';

/** Which techniques a lane runs with. */
export type Settings = Pick<LatencyBudgetParams, 'cache' | 'poolSize' | 'fixNPlusOne' | 'keyset' | 'fastJson' | 'compression' | 'asyncLog'>;

export const ALL_OFF: Settings = {
	cache: false,
	poolSize: 0,
	fixNPlusOne: false,
	keyset: false,
	fastJson: false,
	compression: 'none',
	asyncLog: false,
};

/** The random numbers one request uses: its page's uniform, six stage jitters, the wait and the concurrency draws. */
export type Draws = {page: number; z: readonly number[]; wait: number; kU: number; kZ: number};

/** What the database looks like to a lane's requests during one tick. */
export type DbContext = {
	/** Erlangs of database work offered (arrivals per ms × mean hold in ms). */
	demand: number;
	/** Mean time a request holds a connection, in ms. */
	holdMs: number;
	/** Wait carried by a saturated pool's queue, in ms. */
	backlogMs: number;
	optimal: number;
};

export type RequestTimes = {
	/** connect, queries, scan, serialize, transfer, log, in ms. */
	stages: [number, number, number, number, number, number];
	/** Time the request held a database connection (queries and scan), 0 on a cache hit. */
	holdMs: number;
	slowdown: number;
	compressMs: number;
	sentKB: number;
};

/** The JSON body of one page, in KB: its posts and their comments. */
export const pageKB = (p: LatencyBudgetParams): number => p.pageSize * (1 + p.commentsPerPost) * p.rowKB;

/** Rows the database reads for a page: OFFSET reads and throws away every earlier page; keyset seeks past them. */
export const rowsRead = (p: LatencyBudgetParams, page: number, keyset: boolean): number => (keyset ? p.pageSize : page * p.pageSize);

/** Queries one request sends: the list, then one per post (N+1), or the list and one batched query. */
export const queriesSent = (p: LatencyBudgetParams, fixed: boolean): number => (fixed ? 2 : 1 + p.pageSize);

export function requestTimes(p: LatencyBudgetParams, s: Settings, db: DbContext, page: number, d: Draws, hit: boolean): RequestTimes {
	const j = (i: number) => jitterFactor(p.jitter, d.z[i] ?? 0);
	const kb = pageKB(p);
	const ratio = s.compression === 'gzip' ? p.gzipRatio : s.compression === 'brotli' ? p.brotliRatio : 1;
	const sentKB = kb * ratio;
	const wire = (p.clientRttMs + (sentKB * 8) / p.clientMbps) * j(4);
	const log = p.logLines * (s.asyncLog ? p.asyncLogMs : p.syncLogMs) * j(5);
	if (hit) {
		// The cached body is already serialized (and compressed): one round trip to the cache, then the wire.
		return {stages: [0, p.dbRttMs * j(1), 0, 0, wire, log], holdMs: 0, slowdown: 1, compressMs: 0, sentKB};
	}
	const pooled = s.poolSize > 0;
	// Requests already working in the database: Poisson (M/M/∞), at most the pool's size with a pool.
	const others = poisson(db.demand, d.kU, d.kZ);
	const k = Math.min(pooled ? Math.min(others + 1, s.poolSize) : others + 1, p.maxConnections);
	const slow = slowdown(k, db.optimal, p.contention);
	const connect = pooled ? db.backlogMs + poolWait(s.poolSize, db.demand, db.holdMs, d.wait) : p.connectMs * j(0);
	const n = queriesSent(p, s.fixNPlusOne);
	// The batched query returns every comment of the page, so it does a little more work than one small query.
	const work = s.fixNPlusOne ? 1 + (p.pageSize * p.commentsPerPost) / 100 : n;
	const queries = (n * p.dbRttMs + work * p.queryMs * slow) * j(1);
	const scan = ((rowsRead(p, page, s.keyset) * p.rowScanUs) / 1000) * slow * j(2);
	const serialize = ((kb * p.jsonUsPerKB) / 1000) * (s.fastJson ? 1 - p.fastJsonCut : 1) * j(3);
	const usPerKB = s.compression === 'gzip' ? p.gzipUsPerKB : s.compression === 'brotli' ? p.brotliUsPerKB : 0;
	const compressMs = (kb * usPerKB) / 1000;
	return {
		stages: [connect, queries, scan, serialize, compressMs + wire, log],
		holdMs: queries + scan,
		slowdown: slow,
		compressMs,
		sentKB,
	};
}
