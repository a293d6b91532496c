/**
 * A lane of requests (the request as first written, or with the techniques
 * on), the async logger's buffer, and what a tick needs of them: the
 * database each lane's requests find, a pair of normal draws, a flush.
 */
import type {Random} from '../random.js';
import {optimalPool, zipfCdf, zipfMeanPage} from './model.js';
import {type LatencyBudgetParams, TICK_MS} from './params.js';
import {type DbContext, queriesSent, rowsRead, type Settings} from './request.js';

export interface Lane {
	/** Erlangs offered to the database during the last tick. */
	readonly demand: number;
	readonly holdMs: number;
	readonly backlogMs: number;
	readonly peakBacklogMs: number;
	readonly peakSlowdown: number;
	/** Every request's total time, in arrival order. */
	readonly totals: readonly number[];
	/** Every request's connect + queries + scan, for those that reached the database. */
	readonly db: readonly number[];
	readonly stageSums: readonly number[];
	readonly compressMs: number;
	readonly sentKB: number;
}

export interface TickReport {
	readonly arrived: number;
	readonly hits: number;
	readonly staleHits: number;
	/** The slowest request of the tick in the live lane: its page, total and longest stage. */
	readonly slowest: {page: number; totalMs: number; stage: number} | null;
	readonly spikeStarted: boolean;
	readonly spikeEnded: boolean;
	readonly crashLost: number | null;
	readonly backlogMs: number;
}

export interface LogState {
	readonly buffered: number;
	readonly written: number;
	readonly lost: number;
	/** Start of the flush interval the buffer belongs to, in ms. */
	readonly flushedAt: number;
}

export const settingsOf = (p: LatencyBudgetParams): Settings => ({
	cache: p.cache,
	poolSize: p.poolSize,
	fixNPlusOne: p.fixNPlusOne,
	keyset: p.keyset,
	fastJson: p.fastJson,
	compression: p.compression,
	asyncLog: p.asyncLog,
});

/** Mean connection hold time before any load, from the mean page under the Zipf law. */
export function expectedHold(p: LatencyBudgetParams, s: Settings): number {
	const meanPage = zipfMeanPage(zipfCdf(p.pages, p.zipfS));
	const n = queriesSent(p, s.fixNPlusOne);
	const work = s.fixNPlusOne ? 1 + (p.pageSize * p.commentsPerPost) / 100 : n;
	return n * p.dbRttMs + work * p.queryMs + (rowsRead(p, Math.round(meanPage), s.keyset) * p.rowScanUs) / 1000;
}

export function newLane(p: LatencyBudgetParams, s: Settings): Lane {
	const holdMs = expectedHold(p, s);
	return {
		demand: (p.requestsPerSec / 1000) * holdMs,
		holdMs,
		backlogMs: 0,
		peakBacklogMs: 0,
		peakSlowdown: 1,
		totals: [],
		db: [],
		stageSums: [0, 0, 0, 0, 0, 0],
		compressMs: 0,
		sentKB: 0,
	};
}

/** The database as a lane's requests find it this tick; a saturated pool's queue grows, a quiet one drains. */
export function dbContext(p: LatencyBudgetParams, s: Settings, lane: Lane): {db: DbContext; backlogMs: number} {
	const optimal = optimalPool(p.dbCores, p.spindles);
	let backlogMs = 0;
	if (s.poolSize > 0) {
		const load = lane.demand / s.poolSize;
		backlogMs = Math.min(60_000, Math.max(0, lane.backlogMs + TICK_MS * (load - 1)));
	}
	return {db: {demand: lane.demand, holdMs: lane.holdMs, backlogMs, optimal}, backlogMs};
}

export const normalPair = (r: Random): [number, number] => {
	const u = Math.max(r.float(), 1e-12);
	const v = r.float();
	const m = Math.sqrt(-2 * Math.log(u));
	return [m * Math.cos(2 * Math.PI * v), m * Math.sin(2 * Math.PI * v)];
};

/** The async logger's buffer up to time t: every flush interval passed writes what was buffered. */
export function flushUpTo(log: LogState, p: LatencyBudgetParams, t: number): LogState {
	// The background writer cannot flush more often than one flush takes.
	const every = Math.max(p.flushMs, p.syncLogMs);
	const at = Math.floor(t / every) * every;
	if (at <= log.flushedAt) return log;
	return {...log, written: log.written + log.buffered, buffered: 0, flushedAt: at};
}
