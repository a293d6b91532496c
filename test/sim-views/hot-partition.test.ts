import {describe, expect, it} from 'vitest';
import {type HotPartitionState, hotPartition as engine} from '../../source/sims/hot-partition/engine.js';
import {hotPartitionLegend} from '../../source/sims/hot-partition/legend.js';
import {hotPartitionView as view} from '../../source/sims/hot-partition/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const at = (params: object, tick: number) => {
	let s = engine.init(engine.params.parse(params), 1);
	for (let i = 0; i < tick; i++) s = engine.step(s, {type: 'tick'});
	return s;
};

// The default run 100 ms into @everyone (seed 1): no coalescing, random routing; the hot
// partition 0:0 lives on n6, n5 and n2, whose queues are at the limit; two nodes are in a GC pause.
const busy = at({}, 200);

const CASSANDRA_HEAD = {en: '200/1000 ms · Cassandra · coalescing off', ko: '200/1000 ms · Cassandra · 병합 끔'};
const NODES = {en: 'nodes  ▄▂█G·██▄▆·▂G', ko: '노드   ▄▂█G·██▄▆·▂G'};
const MARKS = '         *  **     ';

describe('hot-partition view', () => {
	it('80×24 (a 76-column box): the full drawing in English', () => {
		expect(view(busy, 76, 14, 'en')).toEqual([
			{text: `${CASSANDRA_HEAD.en} · random routing · @everyone!`, color: 'cyan'},
			{text: NODES.en, color: 'red'},
			{text: MARKS, color: 'gray'},
			{text: 'hot 0:0 on n6 n5 n2 · 2082 reads → 2082 DB queries'},
			{text: 'n6* ████ 4/4 cores busy · q 98', color: 'red'},
			{text: 'n5* ████ 4/4 cores busy · q 99', color: 'red'},
			{text: 'n2* ████ 4/4 cores busy · q 99', color: 'red'},
			{text: 'svc: 16 instances, each read sends its own DB query'},
			{text: 'p50 95 ms · p99 1000 ms · coalesced 0% · 1478 failed = 1000 ms each', color: 'red'},
			{text: 'reported: 177 Cassandra, p99 40–125 → 72 ScyllaDB, p99 15 ms', color: 'gray'},
		]);
	});

	it('80×24: the same in Korean, double-width text within the box', () => {
		expect(view(busy, 76, 14, 'ko')).toEqual([
			{text: `${CASSANDRA_HEAD.ko} · 무작위 라우팅 · @everyone!`, color: 'cyan'},
			{text: NODES.ko, color: 'red'},
			{text: MARKS, color: 'gray'},
			{text: '핫 0:0 위치 n6 n5 n2 · 읽기 2082 → DB 질의 2082'},
			{text: 'n6* ████ 4/4 코어 사용 · 대기 98', color: 'red'},
			{text: 'n5* ████ 4/4 코어 사용 · 대기 99', color: 'red'},
			{text: 'n2* ████ 4/4 코어 사용 · 대기 99', color: 'red'},
			{text: '서비스: 16개, 읽기마다 DB 질의를 따로 보낸다'},
			{text: 'p50 95 ms · p99 1000 ms · 병합 0% · 실패 1478건(각 1000ms로 셈)', color: 'red'},
			{text: 'Discord 보고: Cassandra 177대, p99 40–125ms → ScyllaDB 72대, p99 15ms', color: 'gray'},
		]);
	});

	it('60×16 (a 56-column box): nodes, the hot partition and latency come first', () => {
		expect(view(busy, 56, 6, 'en')).toEqual([
			{text: `${CASSANDRA_HEAD.en} · @everyone!`, color: 'cyan'},
			{text: NODES.en, color: 'red'},
			{text: MARKS, color: 'gray'},
			{text: 'hot 0:0 on n6 n5 n2 · 2082 reads → 2082 DB queries'},
			{text: 'n6* ████ 4/4 cores busy · q 98', color: 'red'},
			{text: 'p50 95 · p99 1000 ms · 1478 failed = 1000 ms each', color: 'red'},
		]);
		expect(view(busy, 56, 6, 'ko')).toEqual([
			{text: `${CASSANDRA_HEAD.ko} · @everyone!`, color: 'cyan'},
			{text: NODES.ko, color: 'red'},
			{text: MARKS, color: 'gray'},
			{text: '핫 0:0 위치 n6 n5 n2 · 읽기 2082 → DB 질의 2082'},
			{text: 'n6* ████ 4/4 코어 사용 · 대기 98', color: 'red'},
			{text: 'p50 95 · p99 1000 ms · 실패 1478건(각 1000ms로 셈)', color: 'red'},
		]);
		// Three rows: where the run is, the nodes, the latency.
		expect(view(busy, 56, 3, 'en').map((l) => l.text)).toEqual([
			`${CASSANDRA_HEAD.en} · @everyone!`,
			NODES.en,
			'p50 95 · p99 1000 ms · 1478 failed = 1000 ms each',
		]);
	});

	it('with coalescing by channel: the instances waiting on the hot partition, and a calm queue', () => {
		const calm = at({coalescing: true, routing: 'channel-hash', db: 'scylla'}, 160);
		const lines = view(calm, 76, 14, 'en').map((l) => l.text);
		expect(lines[0]).toBe('160/1000 ms · ScyllaDB · coalescing on · routed by channel · @everyone!');
		expect(lines.find((l) => l.startsWith('svc:'))).toMatch(/^svc: 0:0 in flight at [01]\/16 instances · \d+ reads waiting$/);
		for (const l of lines.filter((x) => /^n\d+\*/.test(x))) expect(l).toMatch(/ · q 0/);
	});

	it('shows nodes that do not fit as a count, and the hot replicas among them by name', () => {
		const many = at({nodes: 120}, 1);
		const [, nodes, marks] = view(many, 56, 6, 'en');
		expect(nodes!.text).toMatch(/^nodes {2}[·▁-█G]{43} \+77$/);
		expect(marks!.text).toContain('*');
	});

	it('fits every box in both languages, at every stage, and leaves the state alone', () => {
		const states = runStates<HotPartitionState>(engine, {durationMs: 400, burstAt: 100});
		const sample = states.filter((_, i) => i % 25 === 0);
		expectViewFitsEverySize(view, sample, [
			[56, 3],
			[56, 6],
			[76, 8],
			[76, 14],
			[116, 30],
			[20, 4],
		]);
		expectViewLeavesStateAlone(view, sample.slice(0, 6), {freeze: true});
	});

	it('has a legend line for line in both languages', () => {
		expect(hotPartitionLegend('ko').length).toBe(hotPartitionLegend('en').length);
	});
});
