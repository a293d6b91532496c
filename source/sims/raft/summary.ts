import {countsAsOutage} from './book.js';
import type {RaftEvent, RaftState} from './types.js';

export interface RaftSummary {
	durationMs: number;
	nodes: number;
	events: RaftEvent[];
	/** term → the node that led it. */
	leadersByTerm: Record<string, number>;
	/** Must stay 0: two leaders in a term, two votes by one node in a term, conflicting commits, a leader missing a committed entry. */
	safetyViolations: number;
	violations: string[];
	firstLeaderAtMs: number | null;
	leadersElected: number;
	/** Election timeouts that started an election. */
	elections: number;
	maxTerm: number;
	/** The up leader with the highest term at the end, if any. */
	finalLeader: number | null;
	/** Most nodes acting as leader at once (in different terms, e.g. a stale leader cut off in a minority). */
	maxConcurrentLeaders: number;
	/** Entries committed by the cluster (the highest commitIndex reached). */
	committedEntries: number;
	requestsSent: number;
	/** Requests that found no leader at all. */
	requestsRejected: number;
	/** Time no leader could reach a majority, the wait for the first leader included. */
	unavailableMs: number;
	/** Longest stretch without a majority-backed leader after the first leader was elected. */
	maxOutageMs: number;
	/** Leader crash → a leader of a later term, in ms, one per failover. */
	failoverMs: number[];
	failovers: number;
	/**
	 * The longest a failover can take when no vote splits and no message is
	 * lost: a follower's longest election timeout, then a vote request and its
	 * reply at the longest delay. What a setting guarantees, not what one run drew.
	 */
	failoverBoundMs: number;
	messagesSent: number;
	messagesDropped: number;
}

export function summarize(state: RaftState): RaftSummary {
	const book = state.book;
	let unavailableMs = book.unavailableMs;
	let maxOutageMs = book.maxOutageMs;
	if (book.unavailableSince !== null) {
		unavailableMs += state.now - book.unavailableSince;
		if (countsAsOutage(book.unavailableSince, book.firstLeaderAtMs)) {
			maxOutageMs = Math.max(maxOutageMs, state.now - book.unavailableSince);
		}
	}
	let finalLeader: number | null = null;
	for (const n of state.nodes) {
		const best = finalLeader === null ? -1 : state.nodes[finalLeader]!.currentTerm;
		if (n.up && n.role === 'leader' && n.currentTerm > best) finalLeader = n.id;
	}
	return {
		durationMs: state.params.durationMs,
		nodes: state.params.nodes,
		events: state.events.map((e) => ({...e})),
		leadersByTerm: {...book.leadersByTerm},
		safetyViolations: book.violations.length,
		violations: [...book.violations],
		firstLeaderAtMs: book.firstLeaderAtMs,
		leadersElected: state.events.filter((e) => e.type === 'became-leader').length,
		elections: book.elections,
		maxTerm: Math.max(0, ...state.nodes.map((n) => n.currentTerm)),
		finalLeader,
		maxConcurrentLeaders: book.maxConcurrentLeaders,
		committedEntries: book.committed.length,
		requestsSent: book.requestsSent,
		requestsRejected: book.requestsRejected,
		unavailableMs,
		maxOutageMs,
		failoverMs: [...book.failoverMs],
		failovers: book.failoverMs.length,
		failoverBoundMs: state.params.electionMaxMs + 2 * state.params.delayMaxMs,
		messagesSent: book.messagesSent,
		messagesDropped: book.messagesDropped,
	};
}
