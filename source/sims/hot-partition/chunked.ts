/**
 * Immutable containers that copy a little per change instead of everything:
 * a run keeps thousands of queued queries and counters, and a step must
 * return a new state without touching the old one. Both split their items
 * into chunks of CHUNK; a change copies the chunk list and one chunk.
 */
const CHUNK = 256;

/** A FIFO: chunks of items, and how many of the first chunk are already taken. */
export type Fifo<T> = {readonly chunks: readonly (readonly T[])[]; readonly head: number; readonly size: number};

export const emptyFifo = <T>(): Fifo<T> => ({chunks: [], head: 0, size: 0});

export function pushAll<T>(q: Fifo<T>, items: readonly T[]): Fifo<T> {
	if (items.length === 0) return q;
	const chunks = q.chunks.slice();
	let rest = items;
	const last = chunks.at(-1);
	if (last && last.length < CHUNK) {
		const room = CHUNK - last.length;
		chunks[chunks.length - 1] = [...last, ...rest.slice(0, room)];
		rest = rest.slice(room);
	}
	for (let i = 0; i < rest.length; i += CHUNK) chunks.push(rest.slice(i, i + CHUNK));
	return {chunks, head: q.head, size: q.size + items.length};
}

export const peek = <T>(q: Fifo<T>): T | undefined => (q.size > 0 ? q.chunks[0]![q.head] : undefined);

/** The queue without its first `n` items. */
export function drop<T>(q: Fifo<T>, n: number): Fifo<T> {
	if (n === 0) return q;
	let head = q.head + n;
	let skip = 0;
	while (skip < q.chunks.length && head >= q.chunks[skip]!.length) head -= q.chunks[skip++]!.length;
	return {chunks: skip > 0 ? q.chunks.slice(skip) : q.chunks, head, size: q.size - n};
}

/** Every item, oldest first. */
export function* items<T>(q: Fifo<T>): Generator<T> {
	for (let c = 0; c < q.chunks.length; c++) {
		const chunk = q.chunks[c]!;
		for (let i = c === 0 ? q.head : 0; i < chunk.length; i++) yield chunk[i]!;
	}
}

/** A fixed-length array of counts. */
export type Counts = {readonly chunks: readonly Uint32Array[]; readonly length: number};

export function zeroCounts(length: number): Counts {
	return {chunks: Array.from({length: Math.ceil(length / CHUNK)}, (_, i) => new Uint32Array(Math.min(CHUNK, length - i * CHUNK))), length};
}

export const countAt = (c: Counts, i: number): number => c.chunks[Math.floor(i / CHUNK)]?.[i % CHUNK] ?? 0;

/** The counts with `by` added at each index given (an index past the end counts at the last one). */
export function addAt(c: Counts, indices: readonly number[], by = 1): Counts {
	if (indices.length === 0) return c;
	const chunks = c.chunks.slice();
	const copied = new Set<number>();
	for (const raw of indices) {
		const i = Math.min(raw, c.length - 1);
		const k = Math.floor(i / CHUNK);
		if (!copied.has(k)) {
			chunks[k] = chunks[k]!.slice();
			copied.add(k);
		}
		chunks[k]![i % CHUNK]! += by;
	}
	return {chunks, length: c.length};
}

/** All counts in order, as one array (a copy). */
export function flat(c: Counts): Uint32Array {
	const out = new Uint32Array(c.length);
	c.chunks.forEach((chunk, k) => {
		out.set(chunk, k * CHUNK);
	});
	return out;
}
