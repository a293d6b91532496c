import {currentLeader, isAvailableLeader} from './book.js';
import {type Ctx, emit, resetElectionTimer, setNode} from './context.js';
import {groupsFor} from './network.js';
import type {RaftFault} from './params.js';

const maxTerm = (ctx: Ctx): number => Math.max(...ctx.nodes.map((n) => n.currentTerm));

/** A crash keeps the persistent state (currentTerm, votedFor, log) and loses the rest. */
export function crash(ctx: Ctx, id: number): void {
	const n = ctx.nodes[id];
	if (n === undefined || !n.up) return;
	if (isAvailableLeader(ctx, id) && ctx.book.failoverFrom === null) {
		ctx.book.failoverFrom = {at: ctx.now, term: n.currentTerm};
	}
	setNode(ctx, id, {
		up: false,
		role: 'follower',
		commitIndex: 0,
		leaderId: null,
		votesGranted: [],
		nextIndex: [],
		matchIndex: [],
	});
	emit(ctx, id, 'crashed', n.currentTerm);
}

/** A restarted server comes back as a follower with a fresh election timer. */
export function restart(ctx: Ctx, id: number): void {
	const n = ctx.nodes[id];
	if (n === undefined || n.up) return;
	setNode(ctx, id, {up: true});
	resetElectionTimer(ctx, id);
	emit(ctx, id, 'restarted', n.currentTerm);
}

/** Ignored unless every index is a node and no node is listed twice. */
export function partition(ctx: Ctx, groups: readonly (readonly number[])[]): void {
	const all = groups.flat();
	const valid = all.every((n) => Number.isInteger(n) && n >= 0 && n < ctx.params.nodes);
	if (!valid || new Set(all).size !== all.length) return;
	ctx.groups = groupsFor(ctx.params.nodes, groups);
	emit(ctx, null, 'partitioned', maxTerm(ctx));
}

export function heal(ctx: Ctx): void {
	ctx.groups = new Array<number>(ctx.params.nodes).fill(0);
	emit(ctx, null, 'healed', maxTerm(ctx));
}

/** Runs the scheduled faults that are due; "leader" means the current leader, if any. */
export function runScheduled(ctx: Ctx): void {
	const faults = ctx.params.faults;
	while (ctx.faultCursor < faults.length && faults[ctx.faultCursor]!.atMs <= ctx.now) {
		applyFault(ctx, faults[ctx.faultCursor]!);
		ctx.faultCursor += 1;
	}
}

function applyFault(ctx: Ctx, f: RaftFault): void {
	const leader = currentLeader(ctx);
	const resolve = (t: number | 'leader'): number | null => (t === 'leader' ? leader : t);
	if (f.type === 'crash') {
		const id = resolve(f.node);
		if (id !== null) crash(ctx, id);
	} else if (f.type === 'restart') restart(ctx, f.node);
	else if (f.type === 'heal') heal(ctx);
	else {
		// "leader" may name a node also listed by index; it stays in the first group naming it.
		const seen = new Set<number>();
		const groups = f.groups.map((g) => {
			const ids: number[] = [];
			for (const n of g.map(resolve)) {
				if (n !== null && !seen.has(n)) ids.push(n);
				if (n !== null) seen.add(n);
			}
			return ids;
		});
		partition(ctx, groups);
	}
}
