/**
 * Raft leader election and log replication (chapter 58), after Figure 2 of
 * Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm".
 *
 * Time: one tick is 1 simulated ms. A tick where nothing is due (no message
 * arrives, no timer fires, no client request or scheduled fault) only bumps
 * `now`, so the default 3000-tick run replays in a few milliseconds and a
 * view steps back by replaying from the seed. `nextEventAt` lets a view jump
 * over idle ticks.
 *
 * A RaftScope-style view reads the state directly: per node `role`,
 * `currentTerm`, `up`, the timer (`electionDeadline - now` out of
 * `electionTimeoutMs`, or `heartbeatDue` for a leader), `log` and
 * `commitIndex`; `inFlight` messages travel from `sentAt` to `deliverAt`;
 * `groups` is the partition.
 */
import {seedRandom} from '../random.js';
import {currentLeader, updateAvailability} from './book.js';
import {type Ctx, closeCtx, openCtx, resetElectionTimer} from './context.js';
import {crash, heal, partition, restart, runScheduled} from './faults.js';
import {takeDue} from './network.js';
import {appendCommand, deliver, sendHeartbeats, startElection} from './node.js';
import {type RaftParams, raftParamHelp, raftParamsSchema} from './params.js';
import {type RaftSummary, summarize} from './summary.js';
import type {RaftAction, RaftNode, RaftState} from './types.js';
import type {SimEngine} from '../types.js';

export type {RaftParams} from './params.js';
export type {RaftSummary} from './summary.js';
export type * from './types.js';

function init(input: RaftParams, seed: number): RaftState {
	// Array.prototype.sort is stable, so faults at the same time keep their order.
	const params = {...input, faults: [...input.faults].sort((a, b) => a.atMs - b.atMs)};
	const blank = (id: number): RaftNode => ({
		id,
		up: true,
		currentTerm: 0,
		votedFor: null,
		log: [],
		role: 'follower',
		commitIndex: 0,
		leaderId: null,
		electionDeadline: 0,
		electionTimeoutMs: 0,
		heartbeatDue: 0,
		votesGranted: [],
		nextIndex: [],
		matchIndex: [],
	});
	const state: RaftState = {
		params,
		seed,
		now: 0,
		rng: seedRandom(seed),
		nodes: Array.from({length: params.nodes}, (_, id) => blank(id)),
		inFlight: [],
		nextMessageId: 0,
		groups: new Array<number>(params.nodes).fill(0),
		nextCommand: 1,
		faultCursor: 0,
		events: [],
		book: {
			leadersByTerm: {},
			lastVotes: new Array(params.nodes).fill(null),
			committed: [],
			violations: [],
			elections: 0,
			messagesSent: 0,
			messagesDropped: 0,
			requestsSent: 0,
			requestsRejected: 0,
			firstLeaderAtMs: null,
			unavailableSince: 0,
			unavailableMs: 0,
			maxOutageMs: 0,
			maxConcurrentLeaders: 0,
			failoverFrom: null,
			failoverMs: [],
		},
	};
	const ctx = openCtx(state, 0);
	for (const n of ctx.nodes) resetElectionTimer(ctx, n.id);
	return closeCtx(state, ctx);
}

const clientDue = (p: RaftParams, now: number): boolean => p.clientIntervalMs > 0 && now % p.clientIntervalMs === 0;
const timerDue = (n: RaftNode): number => (n.role === 'leader' ? n.heartbeatDue : n.electionDeadline);

/** The earliest time after `now` at which a tick will do something. */
export function nextEventAt(state: RaftState): number {
	const p = state.params;
	let next = state.inFlight[0]?.deliverAt ?? Number.POSITIVE_INFINITY;
	for (const n of state.nodes) if (n.up) next = Math.min(next, timerDue(n));
	next = Math.min(next, p.faults[state.faultCursor]?.atMs ?? Number.POSITIVE_INFINITY);
	if (p.clientIntervalMs > 0) next = Math.min(next, (Math.floor(state.now / p.clientIntervalMs) + 1) * p.clientIntervalMs);
	return Math.max(state.now + 1, next);
}

function clientRequest(ctx: Ctx): void {
	ctx.book.requestsSent += 1;
	const leader = currentLeader(ctx);
	if (leader === null) {
		ctx.book.requestsRejected += 1;
		return;
	}
	appendCommand(ctx, leader, ctx.nextCommand);
	ctx.nextCommand += 1;
}

function tick(state: RaftState): RaftState {
	const now = state.now + 1;
	if (nextEventAt(state) > now) return {...state, now};
	const ctx = openCtx(state, now);
	runScheduled(ctx);
	for (const m of takeDue(ctx)) deliver(ctx, m);
	// Before the timers: a command's AppendEntries doubles as the leader's heartbeat.
	if (clientDue(state.params, now)) clientRequest(ctx);
	for (const n of ctx.nodes) {
		const current = ctx.nodes[n.id]!;
		if (!current.up || timerDue(current) > now) continue;
		if (current.role === 'leader') sendHeartbeats(ctx, n.id);
		else startElection(ctx, n.id);
	}
	updateAvailability(ctx);
	return closeCtx(state, ctx);
}

function act(state: RaftState, action: RaftAction): RaftState {
	const ctx = openCtx(state, state.now);
	if (action.type === 'crash') crash(ctx, action.node);
	else if (action.type === 'restart') restart(ctx, action.node);
	else if (action.type === 'partition') partition(ctx, action.groups);
	else if (action.type === 'heal') heal(ctx);
	else clientRequest(ctx);
	updateAvailability(ctx);
	return closeCtx(state, ctx);
}

export const raft: SimEngine<RaftParams, RaftState, RaftAction, RaftSummary> = {
	id: 'raft',
	chapter: 58,
	params: raftParamsSchema,
	paramHelp: raftParamHelp,
	init,
	step: (state, action) => (action.type === 'tick' ? tick(state) : act(state, action)),
	done: (state) => state.now >= state.params.durationMs,
	summary: summarize,
};
