import {describe, expect, it} from 'vitest';
import {murmur2String, toPositive} from '../../source/sims/hash/murmur2.js';
import {type KafkaAction, type KafkaState, kafka} from '../../source/sims/kafka/engine.js';
import {assignSingleTopic, rangeAssign, roundRobinAssign} from '../../source/sims/kafka/assignors.js';
import {placeReplicas} from '../../source/sims/kafka/cluster.js';
import {keyName, partitionForKey} from '../../source/sims/kafka/partitioner.js';
import {narrateKafka} from '../../source/sims/kafka/narrate.js';
import {Random, seedRandom} from '../../source/sims/random.js';
import {deepFreeze} from '../support/sims.js';

type Step = KafkaAction | {type: 'tick'};

function start(overrides: Record<string, unknown>, seed = 1): KafkaState {
	return kafka.init(kafka.params.parse(overrides), seed);
}

function run(state: KafkaState, steps: readonly Step[]): KafkaState {
	return steps.reduce((s, a) => kafka.step(s, a), state);
}

function ticks(n: number): Step[] {
	return Array.from({length: n}, () => ({type: 'tick'}) as const);
}

function runToEnd(overrides: Record<string, unknown>, seed = 1): KafkaState {
	let s = start(overrides, seed);
	while (!kafka.done(s)) s = kafka.step(s, {type: 'tick'});
	return s;
}

const quiet = {failBrokers: 0};

describe('assignors (Kafka RangeAssignor / RoundRobinAssignor)', () => {
	it('7 partitions over 3 consumers', () => {
		const members = ['c01', 'c02', 'c03'];
		expect(assignSingleTopic('range', members, 7)).toEqual({c01: [0, 1, 2], c02: [3, 4], c03: [5, 6]});
		expect(assignSingleTopic('round-robin', members, 7)).toEqual({c01: [0, 3, 6], c02: [1, 4], c03: [2, 5]});
	});

	it("matches the examples in Kafka's javadoc (two topics of 3 partitions, C0 and C1)", () => {
		const subs = {C0: ['t0', 't1'], C1: ['t0', 't1']};
		const tp = (topic: string, partition: number) => ({topic, partition});
		expect(rangeAssign({t0: 3, t1: 3}, subs)).toEqual({
			C0: [tp('t0', 0), tp('t0', 1), tp('t1', 0), tp('t1', 1)],
			C1: [tp('t0', 2), tp('t1', 2)],
		});
		expect(roundRobinAssign({t0: 3, t1: 3}, subs)).toEqual({
			C0: [tp('t0', 0), tp('t0', 2), tp('t1', 1)],
			C1: [tp('t0', 1), tp('t1', 0), tp('t1', 2)],
		});
		// Unequal subscriptions: round robin skips members not subscribed.
		expect(roundRobinAssign({t0: 1, t1: 2, t2: 3}, {C0: ['t0'], C1: ['t0', 't1'], C2: ['t0', 't1', 't2']})).toEqual({
			C0: [tp('t0', 0)],
			C1: [tp('t1', 0)],
			C2: [tp('t1', 1), tp('t2', 0), tp('t2', 1), tp('t2', 2)],
		});
	});

	it('orders members as strings, not numbers', () => {
		// "c10" < "c2" < "c9" as Java Strings compare.
		expect(assignSingleTopic('range', ['c9', 'c2', 'c10'], 4)).toEqual({c10: [0, 1], c2: [2], c9: [3]});
	});

	it('leaves consumers idle when there are more consumers than partitions', () => {
		const members = ['c01', 'c02', 'c03', 'c04', 'c05', 'c06'];
		const expected = {c01: [0], c02: [1], c03: [2], c04: [3], c05: [], c06: []};
		expect(assignSingleTopic('range', members, 4)).toEqual(expected);
		expect(assignSingleTopic('round-robin', members, 4)).toEqual(expected);
	});

	it('covers every partition once, balanced within one, for all sizes up to 40 × 12', () => {
		for (let p = 1; p <= 40; p++) {
			for (let c = 1; c <= 12; c++) {
				const members = Array.from({length: c}, (_, i) => `m${String(i).padStart(2, '0')}`);
				for (const assignor of ['range', 'round-robin'] as const) {
					const a = assignSingleTopic(assignor, members, p);
					const all = Object.values(a)
						.flat()
						.sort((x, y) => x - y);
					expect(all).toEqual(Array.from({length: p}, (_, i) => i));
					const counts = members.map((m) => a[m]!.length);
					// The first p % c members (in order) get the extra partition.
					expect(counts).toEqual(members.map((_, i) => Math.floor(p / c) + (i < p % c ? 1 : 0)));
				}
			}
		}
	});
});

describe('replica placement', () => {
	it('follows Kafka rack-unaware placement (hand-worked, start index 0)', () => {
		// shift = floor(p / brokers); follower j = (first + 1 + (shift + j) % (brokers - 1)) % brokers
		expect([0, 1, 2, 3, 4, 5].map((p) => placeReplicas(p, 3, 2))).toEqual([
			[0, 1],
			[1, 2],
			[2, 0],
			[0, 2],
			[1, 0],
			[2, 1],
		]);
		expect([0, 1, 2, 3, 4, 5].map((p) => placeReplicas(p, 3, 3))).toEqual([
			[0, 1, 2],
			[1, 2, 0],
			[2, 0, 1],
			[0, 2, 1],
			[1, 0, 2],
			[2, 1, 0],
		]);
		expect([0, 1, 2, 3, 4, 5, 6, 7].map((p) => placeReplicas(p, 4, 2))).toEqual([
			[0, 1],
			[1, 2],
			[2, 3],
			[3, 0],
			[0, 2],
			[1, 3],
			[2, 0],
			[3, 1],
		]);
		expect(placeReplicas(5, 1, 1)).toEqual([0]);
	});

	it('puts the copies of a partition on distinct brokers', () => {
		for (let brokers = 1; brokers <= 9; brokers++) {
			for (let rf = 1; rf <= brokers; rf++) {
				for (let p = 0; p < 128; p++) {
					const r = placeReplicas(p, brokers, rf);
					expect(r.length).toBe(rf);
					expect(new Set(r).size).toBe(rf);
					expect(r[0]).toBe(p % brokers);
					for (const b of r) expect(b >= 0 && b < brokers).toBe(true);
				}
			}
		}
	});
});

describe('default partitioner', () => {
	it('is toPositive(murmur2(key)) % partitions', () => {
		// toPositive(murmur2("kafka")) = 1348980580 (librdkafka): 1348980580 = 6·224830096 + 4
		expect(partitionForKey('kafka', 6)).toBe(4);
		// 257239820 = 6·42873303 + 2 = 10·25723982 + 0
		expect(partitionForKey('giberish123456789', 6)).toBe(2);
		expect(partitionForKey('giberish123456789', 10)).toBe(0);
		expect(partitionForKey('user-3', 7)).toBe(toPositive(murmur2String('user-3')) % 7);
	});

	it('reports the partition of every key used, and each partition holds only its keys', () => {
		const s = runToEnd({...quiet, consumeRate: 0, keys: 20, partitions: 5});
		const sum = kafka.summary(s);
		const used = s.sent.flatMap((n, k) => (n > 0 ? [keyName(k)] : []));
		expect(Object.keys(sum.partitionOfKey).sort()).toEqual(used.sort());
		for (const [key, p] of Object.entries(sum.partitionOfKey)) expect(p).toBe(partitionForKey(key, 5));
		s.partitions.forEach((p, i) => {
			for (const [key] of p.pending) expect(s.keyPartition[key]).toBe(i);
		});
	});
});

describe('lag, rebalancing and idle consumers', () => {
	it('grows by produceRate − consumeRate per tick on one partition (closed form)', () => {
		// 5 in, 2 out per tick for 10 ticks: lag 30, consumed 20.
		const sum = kafka.summary(runToEnd({...quiet, partitions: 1, keys: 1, consumers: 1, produceRate: 5, consumeRate: 2, ticks: 10}));
		expect(sum.produced).toBe(50);
		expect(sum.consumed).toBe(20);
		expect(sum.lag).toEqual({perPartition: [30], total: 30, max: 30, peakTotal: 30});
		expect(sum.logEndOffset).toEqual([50]);
		expect(sum.committedOffset).toEqual([20]);
	});

	it('stops the group during a rebalance; the extra consumer sits idle', () => {
		// 4 ticks consume 8; add-consumer; ticks 5-6 paused; ticks 7-10 consume 8 → 16, lag 50 − 16 = 34.
		const s0 = start({...quiet, partitions: 1, keys: 1, consumers: 1, produceRate: 5, consumeRate: 2, rebalanceTicks: 2, ticks: 10});
		const s = run(s0, [...ticks(4), {type: 'add-consumer'}, ...ticks(6)]);
		const sum = kafka.summary(s);
		expect(sum.consumed).toBe(16);
		expect(sum.lag.total).toBe(34);
		expect(sum.assignment).toEqual({c01: [0], c02: []});
		expect(sum.idleConsumers).toEqual(['c02']);
		expect(sum.rebalances).toBe(1);
	});

	it('reassigns on add and remove', () => {
		const s0 = start({...quiet, partitions: 7, consumers: 3});
		const added = kafka.step(s0, {type: 'add-consumer'});
		expect(kafka.summary(added).assignment).toEqual({c01: [0, 1], c02: [2, 3], c03: [4, 5], c04: [6]});
		const removed = kafka.step(added, {type: 'remove-consumer', id: 'c02'});
		expect(kafka.summary(removed).assignment).toEqual({c01: [0, 1, 2], c03: [3, 4], c04: [5, 6]});
		const rr = kafka.step(start({...quiet, partitions: 7, consumers: 3, assignor: 'round-robin'}), {type: 'add-consumer'});
		expect(kafka.summary(rr).assignment).toEqual({c01: [0, 4], c02: [1, 5], c03: [2, 6], c04: [3]});
		// Without an id the newest member leaves; unknown ids change nothing.
		expect(kafka.summary(kafka.step(added, {type: 'remove-consumer'})).assignment).toEqual({c01: [0, 1, 2], c02: [3, 4], c03: [5, 6]});
		expect(kafka.step(added, {type: 'remove-consumer', id: 'nobody'})).toBe(added);
	});

	it('shows idle consumers when consumers outnumber partitions', () => {
		for (const assignor of ['range', 'round-robin'] as const) {
			const sum = kafka.summary(runToEnd({partitions: 4, consumers: 6, assignor}));
			expect(sum.idleConsumers).toEqual(['c05', 'c06']);
			expect(sum.idleCount).toBe(2);
		}
	});

	it('adding partitions rehashes keys and breaks per-key order when there is a backlog', () => {
		const s = runToEnd({addPartitions: 6, addPartitionsAt: 30});
		const sum = kafka.summary(s);
		expect(sum.partitions).toBe(12);
		expect(sum.rebalances).toBe(1);
		for (const [key, p] of Object.entries(sum.partitionOfKey)) expect(p).toBe(partitionForKey(key, 12));
		expect(sum.orderViolations).toBeGreaterThan(0);
	});
});

describe('broker failure', () => {
	// brokers 3, rf 2: replicas [0,1] [1,2] [2,0] [0,2] [1,0] [2,1]
	const base = {...quiet, brokers: 3, replicationFactor: 2};
	const lead = (s: KafkaState) => kafka.summary(s).leaders;

	it('fails over to the next in-sync replica, then goes offline when none is left', () => {
		const s1 = kafka.step(start(base), {type: 'fail-broker', broker: 0});
		expect(lead(s1)).toEqual([1, 1, 2, 2, 1, 2]);
		expect(kafka.summary(s1).isr).toEqual([[1], [1, 2], [2], [2], [1], [2, 1]]);
		expect(kafka.summary(s1).offlinePartitions).toEqual([]);

		const s2 = kafka.step(s1, {type: 'fail-broker', broker: 1});
		expect(lead(s2)).toEqual([-1, 2, 2, 2, -1, 2]);
		expect(kafka.summary(s2).offlinePartitions).toEqual([0, 4]);
		expect(kafka.summary(s2).offlineCount).toBe(2);

		// Broker 0 was not in the last ISR of partitions 0 and 4: they stay offline (no unclean election).
		const s3 = kafka.step(s2, {type: 'recover-broker', broker: 0});
		expect(lead(s3)).toEqual([-1, 2, 2, 2, -1, 2]);
		expect(kafka.summary(s3).isr).toEqual([[1], [2], [2, 0], [0, 2], [1], [2]]);

		// Broker 1 returns: it leads 0 and 4 again; partitions 1 and 5 keep leader 2.
		const s4 = kafka.step(s3, {type: 'recover-broker', broker: 1});
		expect(lead(s4)).toEqual([1, 2, 2, 2, 1, 2]);
		expect(kafka.summary(s4).isr).toEqual([
			[0, 1],
			[1, 2],
			[2, 0],
			[0, 2],
			[1, 0],
			[2, 1],
		]);
		expect(kafka.summary(s4).failedBrokers).toEqual([]);
	});

	it('brings a partition back when its last in-sync replica returns', () => {
		const s = run(start(base), [
			{type: 'fail-broker', broker: 1},
			{type: 'fail-broker', broker: 0},
			{type: 'recover-broker', broker: 0},
		]);
		// Partition 0 ([0,1]) lost 1 first, so 0 was its last ISR; partition 4 ([1,0]) likewise.
		// Partition 3 ([0,2]) failed over to 2 and keeps it: no preferred-leader election.
		expect(lead(s)).toEqual([0, 2, 2, 2, 0, 2]);
		expect(kafka.summary(s).offlineCount).toBe(0);
	});

	it('with one copy, a failed broker takes its partitions offline', () => {
		const s = kafka.step(start({...quiet, brokers: 3, replicationFactor: 1}), {type: 'fail-broker', broker: 0});
		expect(kafka.summary(s).offlinePartitions).toEqual([0, 3]);
	});

	it('fails exactly the sends to offline partitions and loses no acknowledged write', () => {
		const s = runToEnd({brokers: 3, replicationFactor: 2, failBrokers: 2, failAt: 1, keys: 30});
		const sum = kafka.summary(s);
		const toOffline = s.sent.reduce((n, count, k) => n + ([0, 4].includes(s.keyPartition[k]!) ? count : 0), 0);
		expect(sum.produceErrors).toBe(toOffline);
		expect(sum.produceErrors).toBeGreaterThan(0);
		expect(sum.logEndOffset[0]).toBe(0);
		expect(sum.logEndOffset[4]).toBe(0);
		expect(sum.produced + sum.produceErrors).toBe(60 * 10);
	});

	it('replicationFactor 3 survives two failed brokers over 200 seeds', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const sum = kafka.summary(runToEnd({replicationFactor: 3, failBrokers: 2}, seed));
			expect(sum.offlineCount).toBe(0);
			expect(sum.produceErrors).toBe(0);
			expect(sum.leaders.every((b) => b === 2)).toBe(true);
		}
	});

	it('ignores failing an unknown or already failed broker', () => {
		const s = kafka.step(start(base), {type: 'fail-broker', broker: 0});
		expect(kafka.step(s, {type: 'fail-broker', broker: 0})).toBe(s);
		expect(kafka.step(s, {type: 'fail-broker', broker: 7})).toBe(s);
		expect(kafka.step(s, {type: 'recover-broker', broker: 2})).toBe(s);
	});
});

function randomScenario(seed: number): {params: Record<string, unknown>; steps: Step[]} {
	const r = new Random(seedRandom(seed));
	const brokers = r.int(1, 5);
	const params = {
		partitions: r.int(1, 12),
		consumers: r.int(0, 8),
		assignor: r.float() < 0.5 ? 'range' : 'round-robin',
		brokers,
		replicationFactor: r.int(1, brokers),
		keys: r.int(1, 40),
		hotKeyShare: r.float() < 0.3 ? r.float() : 0,
		produceRate: r.int(0, 20),
		consumeRate: r.int(0, 8),
		rebalanceTicks: r.int(0, 3),
		failBrokers: r.int(0, brokers),
		failAt: r.int(1, 40),
		ticks: 40,
	};
	const kinds = ['add-consumer', 'remove-consumer', 'fail-broker', 'recover-broker'] as const;
	const steps: Step[] = [];
	for (let i = 0; i < 40; i++) {
		steps.push({type: 'tick'});
		if (r.float() < 0.15) {
			const kind = kinds[r.int(0, kinds.length - 1)]!;
			if (kind === 'fail-broker' || kind === 'recover-broker') steps.push({type: kind, broker: r.int(0, brokers - 1)});
			else steps.push({type: kind});
		}
	}
	return {params, steps};
}

describe('invariants over 200 seeds', () => {
	it('keeps offsets, lag, leadership and per-key order consistent', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const {params, steps} = randomScenario(seed);
			let s = start(params, seed);
			for (const step of steps) {
				s = kafka.step(s, step);
				const sum = kafka.summary(s);
				// Offsets and lag.
				expect(sum.logEndOffset.reduce((a, b) => a + b, 0)).toBe(sum.produced);
				expect(sum.lag.total).toBe(sum.produced - sum.consumed);
				expect(sum.lag.peakTotal).toBeGreaterThanOrEqual(sum.lag.total);
				expect(s.partitions.every((p) => p.pending.length === p.logEndOffset - p.committed)).toBe(true);
				// Assignment: each partition once when there are consumers; idle ones are those beyond the partitions.
				const owned = Object.values(sum.assignment)
					.flat()
					.sort((a, b) => a - b);
				expect(owned).toEqual(sum.consumers > 0 ? Array.from({length: sum.partitions}, (_, i) => i) : []);
				expect(sum.idleCount).toBe(Math.max(0, sum.consumers - sum.partitions));
				// Leadership: an online leader is alive and in the ISR, and the ISR is alive; offline means the whole ISR is down.
				const down = (b: number) => sum.failedBrokers.includes(b);
				const healthy = sum.leaders.map((leader, i) =>
					leader === -1 ? sum.isr[i]!.every(down) : sum.isr[i]!.includes(leader) && !sum.isr[i]!.some(down),
				);
				expect(healthy.every(Boolean)).toBe(true);
				// Per-key order: with a fixed partition count nothing is consumed out of order, and what was consumed is a prefix.
				expect(sum.orderViolations).toBe(0);
				const waiting = s.nextSeq.map(() => 0);
				for (const p of s.partitions) for (const [key] of p.pending) waiting[key]!++;
				expect(s.maxConsumedSeq.map((max) => max + 1)).toEqual(s.nextSeq.map((next, k) => next - waiting[k]!));
			}
		}
	});
});

describe('engine contract', () => {
	it('runs the defaults to done', () => {
		const s = runToEnd({});
		expect(kafka.done(s)).toBe(true);
		expect(s.tick).toBe(60);
		const sum = kafka.summary(s);
		expect(JSON.parse(JSON.stringify(sum))).toEqual(sum);
		// Defaults: brokers 0 and 1 fail at tick 30 with replication factor 2.
		expect(sum.offlinePartitions).toEqual([0, 4]);
		expect(sum.leaders).toEqual([-1, 2, 2, 2, -1, 2]);
	});

	it('is deterministic per seed', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const {params, steps} = randomScenario(seed);
			expect(kafka.summary(run(start(params, seed), steps))).toEqual(kafka.summary(run(start(params, seed), steps)));
		}
		expect(kafka.summary(runToEnd({}, 1))).not.toEqual(kafka.summary(runToEnd({}, 2)));
	});

	it('never mutates the state it is given', () => {
		const actions: Step[] = [
			{type: 'tick'},
			{type: 'add-consumer'},
			{type: 'remove-consumer'},
			{type: 'fail-broker', broker: 1},
			{type: 'recover-broker', broker: 0},
			{type: 'add-partitions', count: 3},
		];
		let s = run(start({addPartitions: 2, addPartitionsAt: 12}), ticks(31));
		for (let i = 0; i < 30; i++) {
			const before = structuredClone(s);
			deepFreeze(s);
			for (const a of actions) kafka.step(s, a);
			expect(s).toEqual(before);
			s = kafka.step(s, actions[i % actions.length]!);
		}
	});

	it('validates params', () => {
		expect(kafka.params.parse({})).toMatchObject({partitions: 6, consumers: 3, assignor: 'range', brokers: 3, replicationFactor: 2});
		for (const bad of [
			{replicationFactor: 4},
			{failBrokers: 4},
			{ticks: 0},
			{ticks: 1001},
			{partitions: 65},
			{consumers: 33},
			{hotKeyShare: 1.5},
			{produceRate: 2.5},
			{assignor: 'sticky'},
		]) {
			expect(kafka.params.safeParse(bad).success).toBe(false);
		}
		for (const key of Object.keys(kafka.params.parse({}))) expect(kafka.paramHelp[key]).toBeTypeOf('string');
	});

	it('runs the largest setup to done (its speed: npm run bench:sims)', () => {
		const s = runToEnd({ticks: 1000, produceRate: 50, consumeRate: 0, partitions: 1, keys: 200});
		expect(kafka.done(s)).toBe(true);
		expect(s.tick).toBe(1000);
	});
});

// The challenges proposed for the game : each setup reaches its goal, the defaults do not.
const challenges = [
	{id: 'drain-the-lag', metric: (s: ReturnType<typeof kafka.summary>) => s.lag.total < 20, params: {consumers: 6, consumeRate: 4}},
	{id: 'no-lost-writes', metric: (s: ReturnType<typeof kafka.summary>) => s.produceErrors === 0, params: {replicationFactor: 3}},
	{id: 'see-an-idle-consumer', metric: (s: ReturnType<typeof kafka.summary>) => s.idleCount > 0, params: {consumers: 7}},
	{
		id: 'break-key-order',
		metric: (s: ReturnType<typeof kafka.summary>) => s.orderViolations > 0,
		params: {addPartitions: 6, addPartitionsAt: 30},
	},
];

describe('challenges', () => {
	it.each(challenges)('$id is reachable and not met by the defaults', ({metric, params}) => {
		for (let seed = 1; seed <= 50; seed++) {
			expect(metric(kafka.summary(runToEnd(params, seed)))).toBe(true);
			expect(metric(kafka.summary(runToEnd({}, seed)))).toBe(false);
		}
	});
});

describe('narration', () => {
	/** Every sentence of a run with the defaults, in one language. */
	function narrated(seed: number, lang: 'en' | 'ko'): string[] {
		let s = start({}, seed);
		const said: string[] = [];
		while (!kafka.done(s)) {
			const next = kafka.step(s, {type: 'tick'});
			said.push(...narrateKafka(s, next, {type: 'tick'}).map((line) => line[lang]));
			s = next;
		}
		return said;
	}

	it('names the partition of user-1 for seed 1: murmur2 % 6, computed here from the hash', () => {
		const p = toPositive(murmur2String('user-1')) % 6;
		expect(p).toBe(2);
		expect(narrated(1, 'en')).toContain(`key user-1 → p${p} (murmur2 % 6)`);
		expect(narrated(1, 'ko')).toContain(`키 user-1 → p${p}(murmur2 % 6)`);
	});

	it("tells the first tick's traffic and the failover at tick 30, in both languages", () => {
		const en = narrated(1, 'en');
		const ko = narrated(1, 'ko');
		expect(en.length).toBe(ko.length);
		expect(en).toContain('tick 1: 10 sent; 8 consumed; lag 2');
		expect(ko).toContain('틱 1: 10개를 보낸다. 8개를 소비한다. 지연 2');
		expect(en).toContain('broker b0 fails');
		expect(en).toContain('p0 goes offline: no in-sync replica is up, sends to it fail');
		expect(en).toContain('p1 leader moves b1 → b2 (an in-sync replica takes over)');
		expect(en).toContain('tick 30: 7 sent, 3 failed (no leader); 8 consumed; lag 68');
		expect(ko).toContain('틱 30: 7개를 보내고 3개는 리더가 없어 실패한다. 8개를 소비한다. 지연 68');
	});

	it('tells a rebalance: the keys that move, the pause and what each member reads', () => {
		let s = start({addPartitions: 3, addPartitionsAt: 5, ticks: 6});
		for (let i = 0; i < 4; i++) s = kafka.step(s, {type: 'tick'});
		const next = kafka.step(s, {type: 'tick'});
		const en = narrateKafka(s, next, {type: 'tick'}).map((l) => l.en);
		expect(en).toContain('3 partitions added: now 9');
		expect(en).toContain(
			`key user-1 moves p2 → p${toPositive(murmur2String('user-1')) % 9} (murmur2 % 9): its order across the move is lost`,
		);
		expect(en).toContain('the group rebalances (range): every consumer stops for 2 ticks');
		expect(en).toContain('c03 reads p6,p7,p8');
		const joined = kafka.step(next, {type: 'add-consumer'});
		expect(narrateKafka(next, joined, {type: 'add-consumer'}).map((l) => l.en)).toEqual([
			'consumer c04 joins the group',
			'the group rebalances (range): every consumer stops for 2 ticks',
			'c01 reads p0,p1,p2',
			'c02 reads p3,p4',
			'c03 reads p5,p6',
			'c04 reads p7,p8',
		]);
	});
});
