/**
 * One tick of traffic: producers append keyed messages to partition leaders,
 * then the group's consumers read in offset order from the partitions
 * assigned to them and commit what they processed.
 */
import type {Message, PartitionState} from './cluster.js';
import {Random, type RandomState} from '../random.js';

export interface ProduceResult {
	partitions: PartitionState[];
	rng: RandomState;
	nextSeq: number[];
	sent: number[];
	produced: number;
	errors: number;
}

export function produce(
	partitions: readonly PartitionState[],
	keyPartition: readonly number[],
	state: {rng: RandomState; nextSeq: readonly number[]; sent: readonly number[]},
	rate: number,
	hotKeyShare: number,
): ProduceResult {
	const rand = new Random(state.rng);
	const nextSeq = [...state.nextSeq];
	const sent = [...state.sent];
	const appended: Message[][] = partitions.map(() => []);
	let errors = 0;
	for (let i = 0; i < rate; i++) {
		const key = rand.float() < hotKeyShare ? 0 : rand.int(0, keyPartition.length - 1);
		sent[key] = (sent[key] ?? 0) + 1;
		const p = keyPartition[key]!;
		// No leader: the send fails (after the producer's retries run out).
		if (partitions[p]!.leader === -1) {
			errors++;
			continue;
		}
		const seq = nextSeq[key] ?? 0;
		nextSeq[key] = seq + 1;
		appended[p]!.push([key, seq]);
	}
	const next = partitions.map((p, i) => {
		const add = appended[i]!;
		if (add.length === 0) return p;
		return {...p, logEndOffset: p.logEndOffset + add.length, pending: p.pending.concat(add)};
	});
	return {partitions: next, rng: rand.state, nextSeq, sent, produced: rate - errors, errors};
}

export interface ConsumeResult {
	partitions: PartitionState[];
	maxConsumedSeq: number[];
	consumed: number;
	/** Messages consumed after a later message of the same key had already been consumed. */
	violations: number;
}

/**
 * Consumers work side by side: in each round every consumer with budget left
 * takes one message, cycling over its partitions that have a leader and
 * something to read. The cycle starts at a partition that rotates with the
 * tick, so no partition is always served first.
 */
export function consume(
	partitions: readonly PartitionState[],
	assignment: Readonly<Record<string, readonly number[]>>,
	members: readonly string[],
	rate: number,
	maxConsumedSeq: readonly number[],
	tick: number,
): ConsumeResult {
	const taken = partitions.map(() => 0);
	const maxSeq = [...maxConsumedSeq];
	const owned = members.map((m) => assignment[m] ?? []);
	const budget = members.map(() => rate);
	const cursor = owned.map((parts) => (parts.length > 0 ? tick % parts.length : 0));
	let consumed = 0;
	let violations = 0;
	let progress = true;
	while (progress) {
		progress = false;
		owned.forEach((parts, c) => {
			if (budget[c] === 0) return;
			for (let tries = 0; tries < parts.length; tries++) {
				const at = (cursor[c]! + tries) % parts.length;
				const p = parts[at]!;
				const partition = partitions[p]!;
				if (partition.leader === -1 || taken[p]! >= partition.pending.length) continue;
				const [key, seq] = partition.pending[taken[p]!]!;
				taken[p]!++;
				if (seq < (maxSeq[key] ?? -1)) violations++;
				else maxSeq[key] = seq;
				consumed++;
				budget[c]!--;
				cursor[c] = (at + 1) % parts.length;
				progress = true;
				return;
			}
		});
	}
	const next = partitions.map((p, i) => {
		const n = taken[i]!;
		if (n === 0) return p;
		return {...p, committed: p.committed + n, pending: p.pending.slice(n)};
	});
	return {partitions: next, maxConsumedSeq: maxSeq, consumed, violations};
}
