import type {Localized} from '../../content/schema.js';
import type {ConsistentHashingAction, ConsistentHashingState} from './types.js';

/** At most this many servers are named in one sentence; the rest are counted. */
const NAMED = 2;

/** "node-3 (120), node-7 (98)" and how many more servers, the most keys first. */
function servers(state: ConsistentHashingState, keys: readonly number[], owners: readonly number[]): {list: string; more: number} {
	const counts = new Map<number, number>();
	for (const key of keys) {
		const id = owners[key]!;
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	const list = ranked
		.slice(0, NAMED)
		.map(([id, n]) => `${state.names[id] ?? '?'} (${n})`)
		.join(', ');
	return {list, more: Math.max(0, ranked.length - NAMED)};
}

const share = (part: number, whole: number): string => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;

// Two short sentences a change (what happened, then which servers gave or took the keys), so each fits a line of the screen.
function joined(next: ConsistentHashingState, name: string): Localized[] {
	const moved = next.lastMoved;
	if (moved.length === 0)
		return [
			{
				en: `${name} joins the ring; no key falls in its arcs, none moves`,
				ko: `${name} 서버가 링에 합류한다. 그 구간에 키가 없어 옮길 키가 없다`,
			},
		];
	const pct = share(moved.length, next.keyHashes.length);
	const {list, more} = servers(next, moved, next.previousOwners);
	return [
		{
			en: `${name} joins the ring and takes ${moved.length} keys (${pct})`,
			ko: `${name} 서버가 링에 합류해 키 ${moved.length}개(${pct})를 가져온다`,
		},
		{
			en: `the keys came from ${list}${more ? ` and ${more} more` : ''}`,
			ko: `키는 ${list}${more ? ` 외 ${more}대` : ''}에서 왔다`,
		},
	];
}

function left(next: ConsistentHashingState, name: string): Localized[] {
	const moved = next.lastMoved;
	if (moved.length === 0)
		return [{en: `${name} leaves the ring; it held no key, none moves`, ko: `${name} 서버가 링을 떠난다. 가진 키가 없어 옮길 키가 없다`}];
	const pct = share(moved.length, next.keyHashes.length);
	const {list, more} = servers(next, moved, next.owners);
	return [
		{
			en: `${name} leaves the ring; its ${moved.length} keys (${pct}) pass to the next points`,
			ko: `${name} 서버가 링을 떠나 그 키 ${moved.length}개(${pct})가 다음 점으로 간다`,
		},
		{
			en: `the keys went to ${list}${more ? ` and ${more} more` : ''}`,
			ko: `키는 ${list}${more ? ` 외 ${more}대` : ''}에 갔다`,
		},
	];
}

/** Why a change did not happen, from the engine's note. */
function refused(note: string): Localized {
	const name = /^(\S+) is already on the ring$/.exec(note)?.[1];
	if (name) return {en: `${name} is already on the ring: nothing changes`, ko: `${name} 서버는 이미 링에 있다. 바뀐 것이 없다`};
	const absent = /^(\S+) is not on the ring$/.exec(note)?.[1];
	if (absent) return {en: `${absent} is not on the ring: nothing changes`, ko: `${absent} 서버는 링에 없다. 바뀐 것이 없다`};
	if (note.startsWith('the last server'))
		return {en: 'the last server cannot be removed: keys need a home', ko: '마지막 서버는 뺄 수 없다. 키가 갈 곳이 없어진다'};
	return {en: `refused: ${note}`, ko: `거절: ${note}`};
}

/** Per change to the ring: who joined or left and how many keys moved, then from or to which servers. */
export function narrateConsistentHashing(
	prev: ConsistentHashingState,
	next: ConsistentHashingState,
	_action: ConsistentHashingAction | {type: 'tick'},
): Localized[] {
	if (next.note !== null && next.note !== prev.note) return [refused(next.note)];
	if (next.applied.length === prev.applied.length) return [];
	const change = next.applied[next.applied.length - 1]!;
	return change.kind === 'add' ? joined(next, change.name) : left(next, change.name);
}
