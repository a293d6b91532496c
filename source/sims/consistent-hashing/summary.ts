/** The summary of a consistent-hashing run, and the moved keys a view highlights. */
import {loadSpread} from './ring.js';
import type {ConsistentHashingState} from './engine.js';

export interface ConsistentHashingSummary {
	nodesBefore: number;
	nodesAfter: number;
	vnodes: number;
	keys: number;
	changes: string[];
	movedKeys: number;
	movedFraction: number;
	moduloMovedKeys: number;
	moduloMovedFraction: number;
	keysPerNode: Record<string, number>;
	loadCv: number;
	maxLoadRatio: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Indexes of the keys whose owner differs from the first placement, or from before the last change. */
export function movedKeyIndexes(state: ConsistentHashingState, since: 'initial' | 'previous'): number[] {
	const base = since === 'initial' ? state.initialOwners : state.previousOwners;
	const moved: number[] = [];
	state.owners.forEach((owner, i) => {
		if (owner !== base[i]) moved.push(i);
	});
	return moved;
}

export function summarize(state: ConsistentHashingState): ConsistentHashingSummary {
	const {keyHashes, owners, initialOwners, names} = state;
	const before = state.initial.map((id) => names[id]!);
	const after = state.servers.map((s) => s.name);
	let moved = 0;
	let moduloMoved = 0;
	for (let i = 0; i < keyHashes.length; i++) {
		if (owners[i] !== initialOwners[i]) moved++;
		const h = keyHashes[i]!;
		if (before[h % before.length] !== after[h % after.length]) moduloMoved++;
	}
	const counts = new Map<number, number>(state.servers.map((s) => [s.id, 0]));
	for (const id of owners) counts.set(id, (counts.get(id) ?? 0) + 1);
	const keysPerNode: Record<string, number> = {};
	for (const s of state.servers) keysPerNode[s.name] = counts.get(s.id) ?? 0;
	const spread = loadSpread([...counts.values()]);
	const keys = keyHashes.length;
	return {
		nodesBefore: before.length,
		nodesAfter: after.length,
		vnodes: state.params.vnodes,
		keys,
		changes: state.applied.map((c) => `${c.kind === 'add' ? '+' : '-'}${c.name}`),
		movedKeys: moved,
		movedFraction: round4(moved / keys),
		moduloMovedKeys: moduloMoved,
		moduloMovedFraction: round4(moduloMoved / keys),
		keysPerNode,
		loadCv: round4(spread.cv),
		maxLoadRatio: round4(spread.maxRatio),
	};
}
