import {describe, expect, it} from 'vitest';
import {kafka as engine, type KafkaState} from '../../source/sims/kafka/engine.js';
import {kafkaView} from '../../source/sims/kafka/view.js';
import {expectFits, expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const SIZES: [number, number][] = [
	[56, 3],
	[56, 4],
	[56, 5],
	[56, 8],
	[60, 4],
	[64, 6],
	[76, 3],
	[76, 6],
	[76, 8],
];

const states = (params: object, seed = 1) => runStates<KafkaState>(engine, params, seed);

// Two partitions on two brokers (each on both), three consumers for two partitions, two keys,
// four messages a tick against one read per consumer; broker 0 fails at tick 3.
const SMALL = {
	partitions: 2,
	consumers: 3,
	brokers: 2,
	replicationFactor: 2,
	keys: 2,
	produceRate: 4,
	consumeRate: 1,
	failBrokers: 1,
	failAt: 3,
	rebalanceTicks: 1,
	ticks: 4,
};

describe('kafka view', () => {
	const small = states(SMALL);

	it('draws partitions, leaders, replicas and the group from the start', () => {
		// Range assignor: c01 gets p0, c02 p1, c03 nothing. Nothing written yet: empty bars.
		expect(kafkaView(small[0]!, 56, 8, 'en')).toEqual([
			{text: 'tick 0/4 · prod 0 cons 0 · err 0', color: 'cyan'},
			{text: `p0 lead b0 isr 0,1 ${' '.repeat(23)} 0/0 lag 0 c01`},
			{text: `p1 lead b1 isr 1,0 ${' '.repeat(23)} 0/0 lag 0 c02`},
			{text: 'c01 p0  lag 0'},
			{text: 'c02 p1  lag 0'},
			{text: 'c03 idle', color: 'yellow'},
		]);
		// Three rows: the partitions fold into two columns (short leader, ISR digits, the lag
		// alone), the members share one line in three columns of 16.
		expect(kafkaView(small[0]!, 56, 3, 'en')).toEqual([
			{text: 'tick 0/4 · prod 0 cons 0 · err 0', color: 'cyan'},
			{text: `p0 b0  {01} ${' '.repeat(8)} 0 c01 │ p1 b1  {10} ${' '.repeat(8)} 0 c02`},
			{text: `c01 p0${' '.repeat(10)} │ c02 p1${' '.repeat(10)} │ c03 idle`, color: 'yellow'},
		]);
		expect(kafkaView(small[0]!, 56, 3, 'ko')[0]).toEqual({text: '틱 0/4 · 생산 0 소비 0 · 오류 0', color: 'cyan'});
	});

	it('draws the lag bar on a scale shared by the partitions', () => {
		// Tick 1: all four messages hash to p0 and c01 read one of them.
		const t1 = small[1]!;
		expect(t1.partitions.map((p) => [p.logEndOffset, p.committed])).toEqual([
			[4, 1],
			[0, 0],
		]);
		// A bar of 23 for the longest log (4): 1 committed is 5.75 → 6 █, the other 17 cells the lag.
		expect(kafkaView(t1, 56, 8, 'en').slice(0, 4)).toEqual([
			{text: 'tick 1/4 · prod 4 cons 1 · err 0', color: 'cyan'},
			{text: `p0 lead b0 isr 0,1 ${'█'.repeat(6)}${'▒'.repeat(17)} 1/4 lag 3 c01`},
			{text: `p1 lead b1 isr 1,0 ${' '.repeat(23)} 0/0 lag 0 c02`},
			{text: 'c01 p0  lag 3'},
		]);
		// Tick 2: p0 5 written, 2 read; p1 3 and 1. Scale 5: p1 ends at 23·3/5 = 13.8 → 14, read 4.6 → 5.
		const t2 = small[2]!;
		expect(t2.partitions.map((p) => [p.logEndOffset, p.committed])).toEqual([
			[5, 2],
			[3, 1],
		]);
		expect(kafkaView(t2, 56, 8, 'en')[2]).toEqual({
			text: `p1 lead b1 isr 1,0 ${'█'.repeat(5)}${'▒'.repeat(9)}${' '.repeat(9)} 1/3 lag 2 c02`,
		});
		// A partition all read has no ▒ even when its end rounds up further than its committed offset.
		const caughtUp = {...t2, partitions: t2.partitions.map((p, i) => (i === 1 ? {...p, committed: 3, pending: []} : p))};
		expect(kafkaView(caughtUp, 56, 8, 'en')[2]!.text).toBe(`p1 lead b1 isr 1,0 ${'█'.repeat(14)}${' '.repeat(9)} 3/3 lag 0 c02`);
	});

	it('shows a failed broker, an offline partition and a rebalance', () => {
		// Tick 3: broker 0 fails; b1 leads both partitions, each down to one in-sync replica.
		// Bars of 8 on a scale of 7: p0 3/7 read (3.4 → 3 █, to 8), p1 2/5 (2.3 → 2, to 5.7 → 6).
		expect(kafkaView(small[3]!, 56, 3, 'en')).toEqual([
			{text: 'tick 3/4 · prod 12 cons 5 · err 0 · down b0', color: 'yellow'},
			{text: `p0 b1  {1}  ███▒▒▒▒▒ 4 c01 │ p1 b1  {1}  ██▒▒▒▒${'  '} 3 c02`, color: 'yellow'},
			{text: `c01 p0${' '.repeat(10)} │ c02 p1${' '.repeat(10)} │ c03 idle`, color: 'yellow'},
		]);
		// Then b1 fails too (both partitions offline) and a fourth consumer joins: a rebalance
		// pauses the group through tick 5, and the sends of tick 5 all fail.
		const end = small[small.length - 1]!;
		const cut = engine.step(engine.step(end, {type: 'fail-broker', broker: 1}), {type: 'add-consumer'});
		const next = engine.step(cut, {type: 'tick'});
		expect(next.produceErrors).toBe(4);
		expect(kafkaView(next, 56, 8, 'en')).toEqual([
			// Too long in words at 56 columns: the short form.
			{text: 'tick 5 · 16→7 · err 4 · ✗b0,b1 · rebal', color: 'red'},
			{text: `p0 OFFLINE isr 1   ${'█'.repeat(12)}${'▒'.repeat(11)} 4/8 lag 4 c01`, color: 'red'},
			{text: `p1 OFFLINE isr 1   ${'█'.repeat(9)}${'▒'.repeat(14)} 3/8 lag 5 c02`, color: 'red'},
			{text: 'c01 p0  lag 4'},
			{text: 'c02 p1  lag 5'},
			{text: 'c03 idle', color: 'yellow'},
			{text: 'c04 idle', color: 'yellow'},
		]);
		// Before the failed sends the status fits in words, leaving out the zero error count.
		expect(kafkaView(cut, 56, 8, 'en')[0]).toEqual({text: 'tick 4/4 · prod 16 cons 7 · down b0,b1 · rebalancing', color: 'red'});
		expect(kafkaView(next, 76, 8, 'ko')[0]).toEqual({text: '틱 5/4 · 생산 16 소비 7 · 오류 4 · 장애 b0,b1 · 리밸런싱', color: 'red'});
		expect(kafkaView(next, 76, 8, 'ko')[1]!.text).toMatch(/^p0 오프라인 isr 1 {3}█+▒+ 4\/8 지연 4 c01$/);
		// The rebalance is over once the group consumes again.
		expect(kafkaView(engine.step(next, {type: 'tick'}), 76, 8, 'en')[0]!.text).not.toContain('rebalancing');
	});

	it('lists many members side by side, the idle ones as a count', () => {
		const crowd = states({partitions: 8, consumers: 32, ticks: 2});
		// Eight partitions in three columns over three rows, one line left for 32 members.
		const lines = kafkaView(crowd[0]!, 56, 5, 'en');
		expect(lines).toHaveLength(5);
		expect(lines[4]).toEqual({text: 'c01 p0  c02 p1  c03 p2  c04 p3  c05 p4  c06 p5  +26 more'});
		// More rows: every busy member, then the 24 idle ones as one count.
		expect(kafkaView(crowd[0]!, 56, 8, 'en').slice(5)).toEqual([
			{text: 'c01 p0  c02 p1  c03 p2  c04 p3  c05 p4  c06 p5  c07 p6'},
			{text: 'c08 p7  24 idle', color: 'yellow'},
		]);
		expect(kafkaView(crowd[0]!, 56, 8, 'ko')[6]).toEqual({text: 'c08 p7  유휴 24명', color: 'yellow'});
		// Runs of partitions are written as ranges.
		const wide = states({partitions: 12, consumers: 2, ticks: 1})[0]!;
		expect(kafkaView(wide, 76, 8, 'en').at(-1)!.text).toMatch(/^c01 p0-5 +│ c02 p6-11$/);
		const rr = states({partitions: 6, consumers: 2, assignor: 'round-robin', ticks: 1})[0]!;
		expect(kafkaView(rr, 76, 8, 'en').at(-1)!.text).toMatch(/^c01 p0,2,4 +│ c02 p1,3,5$/);
		expect(kafkaView(states({consumers: 0, ticks: 1})[0]!, 76, 6, 'en').at(-1)).toEqual({
			text: 'no consumers in the group',
			color: 'yellow',
		});
	});

	it('counts the partitions that do not fit', () => {
		const big = states({partitions: 64, ticks: 1})[0]!;
		// Four columns of 11 at width 56, two rows of them, then the rest counted.
		const lines = kafkaView(big, 56, 4, 'en');
		expect(lines.map((l) => l.text)).toEqual([
			'tick 0/1 · prod 0 cons 0 · err 0',
			'p0  b0  0   │ p2  b2  0   │ p4  b1  0   │ p6  b0  0',
			'p1  b1  0   │ p3  b0  0   │ p5  b2  0   │ p7  b1  0',
			'+56 more partitions',
		]);
		expect(kafkaView(big, 56, 4, 'ko')[3]).toEqual({text: '파티션 +56개 더', color: 'gray'});
		// Fewer rows than the screen ever gives still draw something that fits.
		expect(kafkaView(big, 56, 2, 'en').map((l) => l.text)).toEqual(['tick 0/1 · prod 0 cons 0 · err 0', '+64 more partitions']);
		expect(kafkaView(big, 56, 1, 'en')).toEqual([{text: 'tick 0/1 · prod 0 cons 0 · err 0', color: 'cyan'}]);
		expect(kafkaView(big, 56, 0, 'en')).toEqual([]);
	});

	for (const [name, params] of [
		['defaults', {}],
		['small', SMALL],
		['hot key, added partitions', {hotKeyShare: 0.6, addPartitions: 5, addPartitionsAt: 20, rebalanceTicks: 3}],
		[
			'many of everything',
			{
				partitions: 64,
				consumers: 32,
				brokers: 9,
				replicationFactor: 9,
				failBrokers: 8,
				produceRate: 50,
				addPartitions: 64,
				addPartitionsAt: 10,
			},
		],
		['more consumers than partitions', {partitions: 3, consumers: 7, assignor: 'round-robin'}],
	] as const) {
		it(`fits every size on every step (${name})`, () => {
			const all = states(params);
			const picked = [0, 1, 2, Math.floor(all.length / 3), Math.floor(all.length / 2), all.length - 1].map((i) => all[i]!);
			expectViewFitsEverySize(kafkaView, picked, SIZES);
			for (const state of all) expectFits(kafkaView(state, 56, 4, 'ko'), 56, 4);
		});
	}

	it('does not mutate the state', () => {
		const all = states({failAt: 10, addPartitions: 3, addPartitionsAt: 20});
		expectViewLeavesStateAlone(kafkaView, [all[0]!, all[25]!, all[all.length - 1]!]);
	});
});
