import {type Ctx, node} from './context.js';
import type {InFlight, RaftMessage} from './types.js';

/**
 * Puts a message on the wire with a seeded delay in [delayMinMs, delayMaxMs].
 * A message across a partition, or lost to dropRate, never enters the wire.
 */
export function send(ctx: Ctx, from: number, to: number, msg: RaftMessage): void {
	ctx.book.messagesSent += 1;
	const delay = ctx.rng.int(ctx.params.delayMinMs, ctx.params.delayMaxMs);
	const lost = ctx.params.dropRate > 0 && ctx.rng.float() < ctx.params.dropRate;
	if (lost || !connected(ctx, from, to)) {
		ctx.book.messagesDropped += 1;
		return;
	}
	const id = ctx.nextMessageId;
	ctx.nextMessageId += 1;
	if (!ctx.inFlightOwned) {
		ctx.inFlight = ctx.inFlight.slice();
		ctx.inFlightOwned = true;
	}
	const list = ctx.inFlight as InFlight[];
	const deliverAt = ctx.now + delay;
	// Upper bound: after every message due at the same time, so ties keep sending order.
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (list[mid]!.deliverAt <= deliverAt) lo = mid + 1;
		else hi = mid;
	}
	list.splice(lo, 0, {id, from, to, sentAt: ctx.now, deliverAt, msg});
}

export function connected(ctx: Ctx, a: number, b: number): boolean {
	return ctx.groups[a] === ctx.groups[b];
}

/**
 * Removes and returns the messages due now (a prefix of the sorted list), in order. A message whose
 * receiver is down, or was cut off while it travelled, is dropped here.
 */
export function takeDue(ctx: Ctx): InFlight[] {
	let count = 0;
	while (count < ctx.inFlight.length && ctx.inFlight[count]!.deliverAt <= ctx.now) count++;
	if (count === 0) return [];
	const due = ctx.inFlight.slice(0, count);
	ctx.inFlight = ctx.inFlight.slice(count);
	ctx.inFlightOwned = true;
	return due.filter((m) => {
		const ok = node(ctx, m.to).up && connected(ctx, m.from, m.to);
		if (!ok) ctx.book.messagesDropped += 1;
		return ok;
	});
}

/** Group number per node: listed groups are 0, 1, ...; unlisted nodes share the next number. */
export function groupsFor(nodes: number, groups: readonly (readonly number[])[]): number[] {
	const result = new Array<number>(nodes).fill(groups.length);
	groups.forEach((g, i) => {
		for (const n of g) result[n] = i;
	});
	return result;
}
