import type {RandomState} from '../random.js';
import type {RaftParams} from './params.js';

export type Role = 'follower' | 'candidate' | 'leader';

export interface LogEntry {
	readonly term: number;
	/** The client's command number (1, 2, 3, ...). */
	readonly command: number;
}

/**
 * One server, with the fields of Figure 2 of the Raft paper. Log indices are
 * 1-based as in the paper: entry i is `log[i - 1]`. Timers are absolute times
 * in ms, so "time left" is `electionDeadline - now`.
 */
export interface RaftNode {
	readonly id: number;
	readonly up: boolean;
	// Persistent state: kept across a crash.
	readonly currentTerm: number;
	readonly votedFor: number | null;
	readonly log: readonly LogEntry[];
	// Volatile state: lost on a crash.
	readonly role: Role;
	readonly commitIndex: number;
	readonly leaderId: number | null;
	/** When a follower or candidate starts an election (unused while leading). */
	readonly electionDeadline: number;
	/** The timeout last drawn, so a view can draw the timer as a fraction. */
	readonly electionTimeoutMs: number;
	/** When a leader sends its next heartbeat (unused otherwise). */
	readonly heartbeatDue: number;
	/** Candidate: the servers that granted a vote this term (self included). */
	readonly votesGranted: readonly number[];
	/** Leader: per server, the next log index to send and the highest one known replicated. */
	readonly nextIndex: readonly number[];
	readonly matchIndex: readonly number[];
}

export type RaftMessage =
	| {
			readonly kind: 'request-vote';
			readonly term: number;
			readonly candidateId: number;
			readonly lastLogIndex: number;
			readonly lastLogTerm: number;
	  }
	| {readonly kind: 'vote-reply'; readonly term: number; readonly granted: boolean}
	| {
			readonly kind: 'append-entries';
			readonly term: number;
			readonly leaderId: number;
			readonly prevLogIndex: number;
			readonly prevLogTerm: number;
			readonly entries: readonly LogEntry[];
			readonly leaderCommit: number;
	  }
	/** matchIndex in the reply follows RaftScope: the last index the follower now matches. */
	| {readonly kind: 'append-reply'; readonly term: number; readonly success: boolean; readonly matchIndex: number};

export interface InFlight {
	readonly id: number;
	readonly from: number;
	readonly to: number;
	readonly sentAt: number;
	readonly deliverAt: number;
	readonly msg: RaftMessage;
}

export type RaftEventType =
	| 'timeout'
	| 'vote-granted'
	| 'became-leader'
	| 'stepped-down'
	| 'crashed'
	| 'restarted'
	| 'committed'
	| 'partitioned'
	| 'healed';

export interface RaftEvent {
	readonly t: number;
	/** null for cluster-wide events (partitioned, healed). */
	readonly node: number | null;
	readonly type: RaftEventType;
	readonly term: number;
	/** vote-granted: the candidate voted for. */
	readonly peer?: number;
	/** committed: the leader's new commitIndex. */
	readonly index?: number;
}

/** Counters and the independent records the safety checks compare against. */
export interface RaftBook {
	readonly leadersByTerm: Readonly<Record<string, number>>;
	/** Per voter, the latest vote it granted. Terms only grow, so this is enough to catch a second vote. */
	readonly lastVotes: readonly ({readonly term: number; readonly candidate: number} | null)[];
	/** The cluster's committed log as first committed, with the term of the leader that committed it. */
	readonly committed: readonly (LogEntry & {readonly inTerm: number})[];
	readonly violations: readonly string[];
	readonly elections: number;
	readonly messagesSent: number;
	readonly messagesDropped: number;
	readonly requestsSent: number;
	readonly requestsRejected: number;
	readonly firstLeaderAtMs: number | null;
	/** null while some leader can reach a majority; otherwise when that stopped. */
	readonly unavailableSince: number | null;
	readonly unavailableMs: number;
	readonly maxOutageMs: number;
	readonly maxConcurrentLeaders: number;
	/** Set when an available leader crashes; cleared when a later-term leader is elected. */
	readonly failoverFrom: {readonly at: number; readonly term: number} | null;
	readonly failoverMs: readonly number[];
}

export interface RaftState {
	readonly params: RaftParams;
	readonly seed: number;
	/** Simulated time in ms; every tick adds 1. */
	readonly now: number;
	readonly rng: RandomState;
	readonly nodes: readonly RaftNode[];
	/** Messages on the wire, sorted by (deliverAt, id). */
	readonly inFlight: readonly InFlight[];
	readonly nextMessageId: number;
	/** Partition group of each node; messages between different groups are dropped. */
	readonly groups: readonly number[];
	readonly nextCommand: number;
	/** Index of the next scheduled fault (params.faults sorted by atMs). */
	readonly faultCursor: number;
	readonly events: readonly RaftEvent[];
	readonly book: RaftBook;
}

export type RaftAction =
	| {type: 'crash'; node: number}
	| {type: 'restart'; node: number}
	/** Nodes left out of every group form one more group together. */
	| {type: 'partition'; groups: number[][]}
	| {type: 'heal'}
	/** The client sends one command now. */
	| {type: 'request'};
