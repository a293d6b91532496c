/**
 * An immutable FIFO that copies a little per change instead of everything:
 * a node can hold hundreds of queued queries, and a step must return a new
 * state without touching the old one. Items sit in chunks of CHUNK; a change
 * copies the chunk list and one chunk.
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
