import {describe, expect, it} from 'vitest';
import {type ConsistentHashingState, consistentHashing as engine} from '../../source/sims/consistent-hashing/engine.js';
import {arcEndingAt, indexKeys, reassign} from '../../source/sims/consistent-hashing/placement.js';
import {assignAll, buildRing} from '../../source/sims/consistent-hashing/ring.js';
import {Random, seedRandom} from '../../source/sims/random.js';

type Action = Parameters<typeof engine.step>[1];

/** Everything the engine keeps up to date, recomputed from scratch over every key. */
function recompute(s: ConsistentHashingState) {
	const owners = assignAll(s.ring, s.keyHashes);
	const keyCounts = s.names.map((_, id) => owners.filter((o) => o === id).length);
	const before = s.initial.map((id) => s.names[id]);
	const after = s.servers.map((x) => x.name);
	return {
		owners,
		keyCounts,
		lastMoved: owners.flatMap((o, i) => (o === s.previousOwners[i] ? [] : [i])),
		movedFromInitial: owners.filter((o, i) => o !== s.initialOwners[i]).length,
		moduloMoved: s.keyHashes.filter((h) => before[h % before.length] !== after[h % after.length]).length,
	};
}

const kept = (s: ConsistentHashingState) => ({
	owners: s.owners,
	keyCounts: s.names.map((_, id) => s.keyCounts[id] ?? 0),
	lastMoved: s.lastMoved,
	movedFromInitial: s.movedFromInitial,
	moduloMoved: s.moduloMoved,
});

describe('consistent hashing: incremental ticks', () => {
	it('equal a full recompute after every change, on random runs of adds and removes', () => {
		for (let seed = 1; seed <= 12; seed++) {
			const r = new Random(seedRandom(seed));
			const params = {nodes: r.int(1, 12), vnodes: 4 * r.int(1, 10), keys: r.int(1, 3000), add: r.int(0, 3), remove: 0};
			let s = engine.init(engine.params.parse(params), seed);
			expect(kept(s)).toEqual(recompute(s));
			for (let i = 0; i < 25; i++) {
				const names = s.servers.map((x) => x.name);
				const roll = r.int(0, 3);
				const action: Action =
					roll === 0
						? {type: 'tick'}
						: roll === 1
							? {type: 'add-server'}
							: // Sometimes a server that left comes back under its old name (same points).
								roll === 2 && s.names.length > names.length
								? {type: 'add-server', name: s.names.find((n) => !names.includes(n))!}
								: {type: 'remove-server', name: names[r.int(0, names.length - 1)]!};
				s = engine.step(s, action);
				expect(kept(s), `seed ${seed}, step ${i} (${action.type})`).toEqual(recompute(s));
			}
		}
	});

	it('at 100,000 keys, a change looks up only the keys in the arcs it touched', () => {
		let s = engine.init(engine.params.parse({keys: 100_000, nodes: 10, vnodes: 40, add: 2, remove: 1}), 3);
		while (!engine.done(s)) {
			s = engine.step(s, {type: 'tick'});
			expect(kept(s)).toEqual(recompute(s));
		}
		expect(engine.summary(s).changes).toHaveLength(3);
	});

	it('handles points shared by two servers (the earlier server keeps the point)', () => {
		// Hand-made rings: servers 0 and 1 both have a point at 100; server 2 joins with a point at 100 and at 300.
		const hashes = [50, 100, 101, 250, 300, 301, 4_000_000_000];
		const index = indexKeys(hashes);
		const before = buildRing([
			{id: 0, points: [100, 1000]},
			{id: 1, points: [100, 200]},
		]);
		const owners = assignAll(before, hashes);
		expect(owners).toEqual([0, 0, 1, 0, 0, 0, 0]);
		const joined = [...[0, 1].map((id) => ({id, points: id === 0 ? [100, 1000] : [100, 200]})), {id: 2, points: [100, 300]}];
		const after = buildRing(joined);
		const added = reassign(
			after,
			[100, 300].map((p) => arcEndingAt(after, p)),
			index,
			owners,
		);
		expect(added.owners).toEqual(assignAll(after, hashes));
		expect(added.moved).toEqual([3, 4]);
		// Server 0 leaves: its arcs end at its points on the ring before.
		const left = buildRing(joined.slice(1));
		const removed = reassign(
			left,
			[100, 1000].map((p) => arcEndingAt(after, p)),
			index,
			added.owners,
		);
		expect(removed.owners).toEqual(assignAll(left, hashes));
	});

	it('indexes keys by position, ties by key index', () => {
		expect(indexKeys([5, 2 ** 32 - 1, 0, 5])).toEqual({order: [2, 0, 3, 1], hashes: [0, 5, 5, 2 ** 32 - 1]});
	});
});
