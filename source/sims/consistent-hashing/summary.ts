/** The summary of a consistent-hashing run, and the moved keys a view highlights. */
import {loadSpread} from './ring.js';
import type {ConsistentHashingState} from './types.js';

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

/** Indexes of the keys whose owner differs from the first placement, or from before the last change (ascending). */
export function movedKeyIndexes(state: ConsistentHashingState, since: 'initial' | 'previous'): number[] {
	if (since === 'previous') return [...state.lastMoved];
	const moved: number[] = [];
	state.owners.forEach((owner, i) => {
		if (owner !== state.initialOwners[i]) moved.push(i);
	});
	return moved;
}

/** Reads the figures the engine keeps up to date: no pass over the keys. */
export function summarize(state: ConsistentHashingState): ConsistentHashingSummary {
	const {keyCounts} = state;
	const keys = state.keyHashes.length;
	const counts = state.servers.map((s) => keyCounts[s.id] ?? 0);
	const keysPerNode: Record<string, number> = {};
	state.servers.forEach((s, i) => {
		keysPerNode[s.name] = counts[i]!;
	});
	const spread = loadSpread(counts);
	return {
		nodesBefore: state.initial.length,
		nodesAfter: state.servers.length,
		vnodes: state.params.vnodes,
		keys,
		changes: state.applied.map((c) => `${c.kind === 'add' ? '+' : '-'}${c.name}`),
		movedKeys: state.movedFromInitial,
		movedFraction: round4(state.movedFromInitial / keys),
		moduloMovedKeys: state.moduloMoved,
		moduloMovedFraction: round4(state.moduloMoved / keys),
		keysPerNode,
		loadCv: round4(spread.cv),
		maxLoadRatio: round4(spread.maxRatio),
	};
}
