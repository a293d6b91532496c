/** An append-only persistent list, so a step never copies the whole history. */
export type Log<T> = {readonly last: T; readonly before: Log<T>; readonly size: number} | null;

export function append<T>(log: Log<T>, value: T): Log<T> {
	return {last: value, before: log, size: (log?.size ?? 0) + 1};
}

export function toArray<T>(log: Log<T>): T[] {
	const out: T[] = new Array(log?.size ?? 0);
	let node = log;
	while (node) {
		out[node.size - 1] = node.last;
		node = node.before;
	}
	return out;
}
