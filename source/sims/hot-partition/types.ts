import type {RandomState} from '../random.js';
import type {Fifo} from './chunked.js';
import type {HotPartitionParams} from './params.js';

/** One read of a channel's messages, waiting for an answer: when it arrived and the partition's version then. */
export type Read = {readonly id: number; readonly at: number; readonly seen: number};

/** One database query for one partition, sent by one data-service instance to one replica. */
export type Query = {
	readonly id: number;
	readonly instance: number;
	readonly channel: number;
	/** 0 = the current time bucket, 1 = the one before, … */
	readonly bucket: number;
	readonly key: string;
	readonly node: number;
	/** Cassandra: 0 (one shared queue); ScyllaDB: the shard (core) that owns the token. */
	readonly lane: number;
	readonly created: number;
	/** ms of work on the node once started. */
	readonly service: number;
	/** Without coalescing, the one read it answers (with coalescing the instance keeps the readers). */
	readonly read?: Read;
};

/** A query being served: it ends at tick `end` (pushed back by a GC pause). */
export type Running = {readonly query: Query; readonly end: number};

export type DbNode = {
	/** One FIFO per lane (Cassandra one, ScyllaDB one per shard). */
	readonly queues: readonly Fifo<Query>[];
	readonly running: readonly Running[];
	/** A stop-the-world GC pause lasts while tick < this. */
	readonly pausedUntil: number;
	/** Per lane, core-ms of reads started, in all and the part of them inside the @everyone burst. */
	readonly busy: readonly number[];
	readonly burstBusy: readonly number[];
	readonly gcPauses: number;
};

/** A coalesced query in flight at an instance, with every read waiting for it (the first one included). */
export type InFlight = {readonly query: number; readonly key: string; readonly readers: readonly Read[]};

/** One read answered this tick: by which query, with which version of the row. */
export type Delivery = {
	readonly query: number;
	readonly instance: number;
	readonly key: string;
	readonly version: number;
	/** The version when the read arrived: an answer is never older. */
	readonly seen: number;
	readonly latency: number;
	/** false: the node's queue was full, or the query was dropped after the timeout. */
	readonly ok: boolean;
};

/** What this tick did, for the narration and the drawing. */
export type TickNews = {
	readonly arrived: number;
	readonly burstArrived: number;
	readonly queries: number;
	readonly joined: number;
	readonly answered: number;
	readonly failed: number;
	readonly gcStarted: readonly number[];
	readonly writes: number;
};

export type Counters = {
	readonly reads: number;
	readonly queries: number;
	readonly coalesced: number;
	readonly hotReads: number;
	readonly hotQueries: number;
	readonly burstReads: number;
	readonly answered: number;
	readonly failed: number;
};

export interface HotPartitionState {
	readonly params: HotPartitionParams;
	readonly tick: number;
	readonly random: RandomState;
	readonly nodeCount: number;
	readonly nodes: readonly DbNode[];
	/** Per instance: coalesced queries in flight (empty without coalescing). */
	readonly inflight: readonly (readonly InFlight[])[];
	/** Writes so far to the current bucket of each channel: the row version readers get. */
	readonly versions: ReadonlyMap<number, number>;
	readonly burstFrom: number;
	readonly burstUntil: number;
	/** Ticks during which a burst was on (for the hot node's utilisation then). */
	readonly burstTicks: number;
	readonly nextQuery: number;
	readonly nextRead: number;
	readonly counters: Counters;
	/** Reads answered or failed, by latency bucket (see latency.ts); a failed read counts as the timeout at least. */
	readonly latency: readonly number[];
	readonly delivered: readonly Delivery[];
	readonly news: TickNews;
	/** The last thing a live action did, for the narration. */
	readonly note: 'burst' | 'node-added' | 'gc' | null;
}
