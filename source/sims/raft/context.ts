import {Random} from '../random.js';
import type {RaftParams} from './params.js';
import type {InFlight, RaftBook, RaftEvent, RaftEventType, RaftNode, RaftState} from './types.js';

/**
 * The working copy one step edits. Arrays are copied before they change
 * (nodes and groups up front, inFlight on first send) and nodes are replaced,
 * never mutated, through `setNode`, so the state handed to `step` is never
 * touched.
 */
export interface Ctx {
	readonly params: RaftParams;
	readonly now: number;
	readonly rng: Random;
	readonly nodes: RaftNode[];
	/** Sorted by (deliverAt, id); copied on the first send of the step (see raft-network). */
	inFlight: readonly InFlight[];
	inFlightOwned: boolean;
	nextMessageId: number;
	groups: number[];
	nextCommand: number;
	faultCursor: number;
	readonly events: RaftEvent[];
	book: {-readonly [K in keyof RaftBook]: RaftBook[K]};
}

export function openCtx(state: RaftState, now: number): Ctx {
	return {
		params: state.params,
		now,
		rng: new Random(state.rng),
		nodes: state.nodes.slice(),
		inFlight: state.inFlight,
		inFlightOwned: false,
		nextMessageId: state.nextMessageId,
		groups: state.groups.slice(),
		nextCommand: state.nextCommand,
		faultCursor: state.faultCursor,
		events: [],
		book: {...state.book},
	};
}

export function closeCtx(state: RaftState, ctx: Ctx): RaftState {
	return {
		...state,
		now: ctx.now,
		rng: ctx.rng.state,
		nodes: ctx.nodes,
		inFlight: ctx.inFlight,
		nextMessageId: ctx.nextMessageId,
		groups: ctx.groups,
		nextCommand: ctx.nextCommand,
		faultCursor: ctx.faultCursor,
		events: ctx.events.length > 0 ? state.events.concat(ctx.events) : state.events,
		book: ctx.book,
	};
}

export function node(ctx: Ctx, id: number): RaftNode {
	return ctx.nodes[id]!;
}

export function setNode(ctx: Ctx, id: number, changes: Partial<RaftNode>): RaftNode {
	const next = {...node(ctx, id), ...changes};
	ctx.nodes[id] = next;
	return next;
}

export function emit(
	ctx: Ctx,
	nodeId: number | null,
	type: RaftEventType,
	term: number,
	extra: {peer?: number; index?: number} = {},
): void {
	ctx.events.push({t: ctx.now, node: nodeId, type, term, ...extra});
}

export function violation(ctx: Ctx, text: string): void {
	ctx.book.violations = [...ctx.book.violations, `t=${ctx.now}: ${text}`];
}

export function majority(ctx: Ctx): number {
	return Math.floor(ctx.params.nodes / 2) + 1;
}

/** A fresh randomized election timeout (Raft §5.2: re-drawn at every reset). */
export function resetElectionTimer(ctx: Ctx, id: number): void {
	const timeout = ctx.rng.int(ctx.params.electionMinMs, ctx.params.electionMaxMs);
	setNode(ctx, id, {electionDeadline: ctx.now + timeout, electionTimeoutMs: timeout});
}
