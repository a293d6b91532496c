import {type Ctx, majority, node} from './context.js';

/** The leader a client would end up talking to: the up leader with the highest term. */
export function currentLeader(ctx: Ctx): number | null {
	let best: number | null = null;
	for (const n of ctx.nodes) {
		if (n.up && n.role === 'leader' && (best === null || n.currentTerm > node(ctx, best).currentTerm)) best = n.id;
	}
	return best;
}

/** A leader is available when its side of the partition holds a majority of up servers. */
export function isAvailableLeader(ctx: Ctx, id: number): boolean {
	const n = node(ctx, id);
	if (!n.up || n.role !== 'leader') return false;
	const reachable = ctx.nodes.filter((m) => m.up && ctx.groups[m.id] === ctx.groups[id]).length;
	return reachable >= majority(ctx);
}

export function onBecameLeader(ctx: Ctx, term: number): void {
	const book = ctx.book;
	if (book.firstLeaderAtMs === null) book.firstLeaderAtMs = ctx.now;
	if (book.failoverFrom !== null && term > book.failoverFrom.term) {
		book.failoverMs = [...book.failoverMs, ctx.now - book.failoverFrom.at];
		book.failoverFrom = null;
	}
}

/** Re-checked after every step that changed something: outage clock and leader count. */
export function updateAvailability(ctx: Ctx): void {
	const book = ctx.book;
	const leaders = ctx.nodes.filter((n) => n.up && n.role === 'leader');
	book.maxConcurrentLeaders = Math.max(book.maxConcurrentLeaders, leaders.length);
	const available = leaders.some((n) => isAvailableLeader(ctx, n.id));
	if (available && book.unavailableSince !== null) {
		book.unavailableMs += ctx.now - book.unavailableSince;
		if (countsAsOutage(book.unavailableSince, book.firstLeaderAtMs)) {
			book.maxOutageMs = Math.max(book.maxOutageMs, ctx.now - book.unavailableSince);
		}
		book.unavailableSince = null;
	} else if (!available && book.unavailableSince === null) {
		book.unavailableSince = ctx.now;
	}
}

/** The wait for the very first leader is not an outage (it has its own metric, firstLeaderAtMs). */
export function countsAsOutage(since: number, firstLeaderAtMs: number | null): boolean {
	return firstLeaderAtMs !== null && since >= firstLeaderAtMs;
}
