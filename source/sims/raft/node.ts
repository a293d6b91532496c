/**
 * Leader election and log replication as in Figure 2 of Ongaro & Ousterhout,
 * "In Search of an Understandable Consensus Algorithm" (USENIX ATC 2014).
 * Where the paper leaves a detail open, this follows the authors' RaftScope
 * visualization (github.com/ongardie/raftscope, raft.js).
 */
import {type Ctx, emit, majority, node, resetElectionTimer, setNode, violation} from './context.js';
import {send} from './network.js';
import {observeCommit, recordLeader, recordVote} from './safety.js';
import {onBecameLeader} from './book.js';
import type {InFlight, RaftMessage, RaftNode} from './types.js';

type Msg<K extends RaftMessage['kind']> = Extract<RaftMessage, {kind: K}>;

const lastLogTerm = (n: RaftNode): number => n.log.at(-1)?.term ?? 0;

function peers(ctx: Ctx, id: number): number[] {
	return ctx.nodes.map((n) => n.id).filter((p) => p !== id);
}

/** Election timeout elapsed: become candidate, vote for self, ask everyone else (§5.2). */
export function startElection(ctx: Ctx, id: number): void {
	const n = node(ctx, id);
	const term = n.currentTerm + 1;
	setNode(ctx, id, {currentTerm: term, role: 'candidate', votedFor: id, votesGranted: [id], leaderId: null});
	recordVote(ctx, term, id, id);
	ctx.book.elections += 1;
	emit(ctx, id, 'timeout', term);
	resetElectionTimer(ctx, id);
	if (majority(ctx) <= 1) {
		becomeLeader(ctx, id);
		return;
	}
	for (const p of peers(ctx, id)) {
		send(ctx, id, p, {kind: 'request-vote', term, candidateId: id, lastLogIndex: n.log.length, lastLogTerm: lastLogTerm(n)});
	}
}

function becomeLeader(ctx: Ctx, id: number): void {
	const n = node(ctx, id);
	const size = ctx.params.nodes;
	setNode(ctx, id, {
		role: 'leader',
		leaderId: id,
		votesGranted: [],
		nextIndex: new Array<number>(size).fill(n.log.length + 1),
		matchIndex: new Array<number>(size).fill(0),
	});
	emit(ctx, id, 'became-leader', n.currentTerm);
	recordLeader(ctx, n.currentTerm, id);
	onBecameLeader(ctx, n.currentTerm);
	sendHeartbeats(ctx, id);
}

/** AppendEntries to every peer, carrying whatever each one still lacks. */
export function sendHeartbeats(ctx: Ctx, id: number): void {
	for (const p of peers(ctx, id)) sendAppend(ctx, id, p);
	setNode(ctx, id, {heartbeatDue: ctx.now + ctx.params.heartbeatMs});
}

function sendAppend(ctx: Ctx, id: number, peer: number): void {
	const n = node(ctx, id);
	const prevLogIndex = n.nextIndex[peer]! - 1;
	send(ctx, id, peer, {
		kind: 'append-entries',
		term: n.currentTerm,
		leaderId: id,
		prevLogIndex,
		prevLogTerm: prevLogIndex > 0 ? n.log[prevLogIndex - 1]!.term : 0,
		entries: n.log.slice(prevLogIndex),
		leaderCommit: n.commitIndex,
	});
}

/** A client command reaches the leader: append it and replicate at once. */
export function appendCommand(ctx: Ctx, id: number, command: number): void {
	const n = node(ctx, id);
	setNode(ctx, id, {log: [...n.log, {term: n.currentTerm, command}]});
	advanceCommit(ctx, id);
	sendHeartbeats(ctx, id);
}

/** "All servers" rule: a higher term in any RPC makes the receiver a follower of that term. */
function observeTerm(ctx: Ctx, id: number, term: number): void {
	const n = node(ctx, id);
	if (term <= n.currentTerm) return;
	if (n.role !== 'follower') emit(ctx, id, 'stepped-down', term);
	setNode(ctx, id, {currentTerm: term, votedFor: null, role: 'follower', votesGranted: [], leaderId: null});
	// A leader had no election timer running; RaftScope's stepDown starts one.
	if (n.role === 'leader') resetElectionTimer(ctx, id);
}

export function deliver(ctx: Ctx, m: InFlight): void {
	observeTerm(ctx, m.to, m.msg.term);
	const msg = m.msg;
	if (msg.kind === 'request-vote') onRequestVote(ctx, m.to, msg);
	else if (msg.kind === 'vote-reply') onVoteReply(ctx, m.to, m.from, msg);
	else if (msg.kind === 'append-entries') onAppendEntries(ctx, m.to, msg);
	else onAppendReply(ctx, m.to, m.from, msg);
}

function onRequestVote(ctx: Ctx, id: number, msg: Msg<'request-vote'>): void {
	const n = node(ctx, id);
	// §5.4.1: grant only to a candidate whose log is at least as up-to-date.
	const upToDate = msg.lastLogTerm > lastLogTerm(n) || (msg.lastLogTerm === lastLogTerm(n) && msg.lastLogIndex >= n.log.length);
	const free = n.votedFor === null || n.votedFor === msg.candidateId;
	const granted = msg.term === n.currentTerm && free && upToDate;
	if (granted) {
		if (n.votedFor === null) emit(ctx, id, 'vote-granted', n.currentTerm, {peer: msg.candidateId});
		setNode(ctx, id, {votedFor: msg.candidateId});
		recordVote(ctx, n.currentTerm, id, msg.candidateId);
		resetElectionTimer(ctx, id);
	}
	send(ctx, id, msg.candidateId, {kind: 'vote-reply', term: n.currentTerm, granted});
}

function onVoteReply(ctx: Ctx, id: number, from: number, msg: Msg<'vote-reply'>): void {
	const n = node(ctx, id);
	if (n.role !== 'candidate' || msg.term !== n.currentTerm || !msg.granted || n.votesGranted.includes(from)) return;
	const votes = [...n.votesGranted, from];
	setNode(ctx, id, {votesGranted: votes});
	if (votes.length >= majority(ctx)) becomeLeader(ctx, id);
}

function onAppendEntries(ctx: Ctx, id: number, msg: Msg<'append-entries'>): void {
	const before = node(ctx, id);
	const reply = (success: boolean, matchIndex: number) =>
		send(ctx, id, msg.leaderId, {kind: 'append-reply', term: node(ctx, id).currentTerm, success, matchIndex});
	if (msg.term < before.currentTerm) {
		reply(false, 0);
		return;
	}
	// Same term: msg comes from this term's leader, so follow it.
	if (before.role === 'candidate') emit(ctx, id, 'stepped-down', msg.term);
	if (before.role === 'leader') violation(ctx, `leader ${id} got AppendEntries from ${msg.leaderId} in its own term`);
	setNode(ctx, id, {role: 'follower', leaderId: msg.leaderId, votesGranted: []});
	resetElectionTimer(ctx, id);
	const n = node(ctx, id);
	const prev = msg.prevLogIndex;
	if (prev > n.log.length || (prev > 0 && n.log[prev - 1]!.term !== msg.prevLogTerm)) {
		reply(false, 0);
		return;
	}
	let log = n.log;
	for (let i = 0; i < msg.entries.length; i++) {
		const index = prev + 1 + i;
		const entry = msg.entries[i]!;
		const existing = log[index - 1];
		if (existing !== undefined && existing.term !== entry.term) {
			if (index <= n.commitIndex) violation(ctx, `node ${id} truncated committed index ${index}`);
			log = log.slice(0, index - 1);
		}
		if (log.length < index) {
			log = log.concat(msg.entries.slice(i));
			break;
		}
	}
	const lastNew = prev + msg.entries.length;
	const commit = Math.max(n.commitIndex, Math.min(msg.leaderCommit, lastNew));
	setNode(ctx, id, {log, commitIndex: commit});
	observeCommit(ctx, id, n.commitIndex, commit);
	reply(true, lastNew);
}

function onAppendReply(ctx: Ctx, id: number, from: number, msg: Msg<'append-reply'>): void {
	const n = node(ctx, id);
	if (n.role !== 'leader' || msg.term !== n.currentTerm) return;
	if (msg.success) {
		const match = Math.max(n.matchIndex[from]!, msg.matchIndex);
		setNode(ctx, id, {matchIndex: withAt(n.matchIndex, from, match), nextIndex: withAt(n.nextIndex, from, match + 1)});
		advanceCommit(ctx, id);
	} else {
		setNode(ctx, id, {nextIndex: withAt(n.nextIndex, from, Math.max(1, n.nextIndex[from]! - 1))});
		sendAppend(ctx, id, from);
	}
}

/** Commit the highest index of the current term that a majority stores (§5.3, §5.4.2). */
function advanceCommit(ctx: Ctx, id: number): void {
	const n = node(ctx, id);
	for (let index = n.log.length; index > n.commitIndex; index--) {
		if (n.log[index - 1]!.term !== n.currentTerm) return;
		const stored = 1 + n.matchIndex.filter((m, p) => p !== id && m >= index).length;
		if (stored >= majority(ctx)) {
			setNode(ctx, id, {commitIndex: index});
			observeCommit(ctx, id, n.commitIndex, index);
			emit(ctx, id, 'committed', n.currentTerm, {index});
			return;
		}
	}
}

function withAt(values: readonly number[], at: number, value: number): number[] {
	const copy = values.slice();
	copy[at] = value;
	return copy;
}
