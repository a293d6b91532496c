import {describe, expect, it} from 'vitest';
import {width as widthOf} from '../../source/content/text.js';
import {type RaftState, raft as engine} from '../../source/sims/raft/engine.js';
import {raftView} from '../../source/sims/raft/view.js';
import {expectFits, expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const SIZES: [number, number][] = [
	[56, 3],
	[56, 5],
	[56, 8],
	[60, 4],
	[64, 6],
	[76, 3],
	[76, 6],
	[76, 8],
];

const states = (params: object, seed = 1) => runStates<RaftState>(engine, params, seed);

// Three servers, every message takes exactly 5 ms, a client command every 100 ms.
const SMALL = {nodes: 3, durationMs: 400, delayMinMs: 5, delayMaxMs: 5, clientIntervalMs: 100};
const FAULTS = {
	faults: [
		{atMs: 1000, type: 'crash', node: 'leader'},
		{atMs: 1500, type: 'partition', groups: [[0, 1]]},
		{atMs: 2000, type: 'restart', node: 0},
		{atMs: 2200, type: 'heal'},
	],
};

describe('raft view', () => {
	const small = states(SMALL);

	it('draws the first election, its votes and the first commands', () => {
		// Seed 1 draws timeouts of 214, 269 and 254 ms: n0 times out first.
		expect(small[0]!.nodes.map((n) => n.electionDeadline)).toEqual([214, 269, 254]);
		expect(raftView(small[0]!, 56, 5, 'en')).toEqual([
			{text: '0ms · term 0 · no leader · commit 0', color: 'cyan'},
			{text: 'n0 F  t0 ████████ 0/0 │'},
			{text: 'n1 F  t0 ████████ 0/0 │'},
			{text: 'n2 F  t0 ████████ 0/0 │'},
			{text: 'msgs 0'},
		]);
		// At 214 n0 becomes a candidate for term 1 (its own vote, a fresh 229 ms timer) and asks the
		// others; at 216 the requests are 2/5 of the way (▄, the 4th of 8 levels). n1 has 53 of 269 ms
		// left (1.6 of 8 cells, so 2), n2 38 of 254 (1.2, so 2).
		const at216 = small[216]!;
		expect(at216.nodes[0]).toMatchObject({role: 'candidate', electionDeadline: 443, electionTimeoutMs: 229});
		expect(raftView(at216, 56, 5, 'en')).toEqual([
			{text: '216ms · term 1 · no leader · commit 0', color: 'cyan'},
			{text: 'n0 C1 t1 ████████ 0/0 │', color: 'yellow'},
			{text: 'n1 F  t0 ██░░░░░░ 0/0 │'},
			{text: 'n2 F  t0 ██░░░░░░ 0/0 │'},
			{text: 'msgs 2: RV 0→1▄ 0→2▄'},
		]);
		// Votes granted at 219 travel back; n0 still holds only its own until they land at 224.
		expect(raftView(small[221]!, 56, 5, 'en')[4]).toEqual({text: 'msgs 2: V 1→0▄ 2→0▄'});
		// Then its first heartbeats, empty AppendEntries.
		expect(raftView(small[226]!, 56, 5, 'en')[1]).toEqual({text: 'n0 L  t1 ▓▓▓▓▓▓▓▓ 0/0 │', color: 'green'});
		expect(raftView(small[226]!, 56, 5, 'en')[4]).toEqual({text: 'msgs 2: HB 0→1▄ 0→2▄'});
	});

	it('draws logs, commit indices and timers at the end', () => {
		const end = small[small.length - 1]!;
		// Commands at 300 and 400: the first is committed everywhere, the second only in the leader's log.
		// Timers: the leader's heartbeat is due at 450 (50 of 50 ms), n1 has 110 of 155 ms (5.7 → 6 cells),
		// n2 148 of 193 (6.1 → 7).
		expect(end.nodes.map((n) => [n.heartbeatDue, n.electionDeadline, n.electionTimeoutMs])).toEqual([
			[450, 443, 229],
			[0, 510, 155],
			[0, 548, 193],
		]);
		expect(raftView(end, 56, 5, 'en')).toEqual([
			{text: '400ms · term 1 · leader n0 · commit 1', color: 'cyan'},
			{text: 'n0 L  t1 ▓▓▓▓▓▓▓▓ 2/1 │11', color: 'green'},
			{text: 'n1 F  t1 ██████░░ 1/1 │1'},
			{text: 'n2 F  t1 ███████░ 1/1 │1'},
			{text: 'msgs 2: AE 0→1▁ 0→2▁'},
		]);
		expect(raftView(end, 56, 5, 'ko')[0]).toEqual({text: '400ms · 임기 1 · 리더 n0 · 커밋 1', color: 'cyan'});
		expect(raftView(end, 56, 5, 'ko')[4]).toEqual({text: '메시지 2: AE 0→1▁ 0→2▁'});
	});

	it('marks a crashed server and the partition groups', () => {
		const end = small[small.length - 1]!;
		const cut = engine.step(engine.step(end, {type: 'crash', node: 2}), {type: 'partition', groups: [[0]]});
		// n2 keeps its term and log but loses its commit index; n0 is alone in group 0.
		expect(raftView(cut, 56, 5, 'en').slice(1, 4)).toEqual([
			{text: 'n0 L  t1 ▓▓▓▓▓▓▓▓ 2/1 g0 │11', color: 'green'},
			{text: 'n1 F  t1 ██████░░ 1/1 g1 │1'},
			{text: `n2 ✗  t1 ${' '.repeat(8)} 1/0 g1 │1`, color: 'gray'},
		]);
	});

	it('merges the status and message lines, then folds servers into columns, when rows are short', () => {
		// Four rows for three servers: the status and the messages share the top line.
		expect(raftView(small[216]!, 56, 4, 'ko')).toEqual([
			{text: '216ms · 임기 1 · 리더 없음 │ 메시지 2: RV 0→1▄ 0→2▄', color: 'cyan'},
			{text: 'n0 C1 t1 ████████ 0/0 │', color: 'yellow'},
			{text: 'n1 F  t0 ██░░░░░░ 0/0 │'},
			{text: 'n2 F  t0 ██░░░░░░ 0/0 │'},
		]);
		// Three rows: two columns of 26, too narrow for the log tail.
		expect(raftView(small[216]!, 56, 3, 'en')).toEqual([
			{text: '216ms · term 1 · no leader │ msgs 2: RV 0→1▄ 0→2▄', color: 'cyan'},
			{text: `n0 C1 t1 ████████ 0/0      │ n2 F  t0 ██░░░░░░ 0/0`},
			{text: 'n1 F  t0 ██░░░░░░ 0/0'},
		]);
		// Nine servers: two columns under the status at 8 rows, three columns and nothing else at 3.
		const nine = states({nodes: 9, durationMs: 300})[0]!;
		const eight = raftView(nine, 76, 8, 'en');
		expect(eight).toHaveLength(7);
		expect(eight[0]!.text).toBe('0ms · term 0 · no leader · commit 0');
		expect(eight[1]!.text).toMatch(/^n0 F .* │ n5 F /);
		expect(eight[5]!.text).toMatch(/^n4 F [^│]*│$/);
		expect(eight[6]!.text).toBe('msgs 0');
		const three = raftView(nine, 56, 3, 'en');
		expect(three.map((l) => l.text)).toEqual([
			'n0 F  t0 ███ 0/0 │ n3 F  t0 ███ 0/0 │ n6 F  t0 ███ 0/0',
			'n1 F  t0 ███ 0/0 │ n4 F  t0 ███ 0/0 │ n7 F  t0 ███ 0/0',
			'n2 F  t0 ███ 0/0 │ n5 F  t0 ███ 0/0 │ n8 F  t0 ███ 0/0',
		]);
		// Fewer rows than the screen ever gives still draw something that fits.
		expect(raftView(nine, 56, 2, 'en')).toEqual([
			{text: 'n0 F  t0 ███ 0/0 │ n3 F  t0 ███ 0/0 │ n6 F  t0 ███ 0/0'},
			{text: '+6 more', color: 'gray'},
		]);
		expect(raftView(nine, 56, 1, 'ko')).toEqual([{text: '0ms · 임기 0 · 리더 없음', color: 'cyan'}]);
		expect(raftView(nine, 56, 0, 'en')).toEqual([]);
	});

	it('lists as many messages as fit and counts the rest', () => {
		// Slow links and frequent heartbeats keep many messages on the wire at once.
		const all = states({nodes: 9, heartbeatMs: 20, delayMinMs: 40, delayMaxMs: 60, durationMs: 1000});
		const busy = all.find((s) => s.inFlight.length >= 12)!;
		const line = raftView(busy, 56, 8, 'en').at(-1)!.text;
		expect(line).toMatch(new RegExp(`^msgs ${busy.inFlight.length}: [A-Z]+ \\d→\\d. .* \\+\\d+$`));
		expect(widthOf(line)).toBeLessThanOrEqual(56);
		// The arrows shown and the "+N" left over add up to all the messages on the wire.
		const arrows = line.match(/\d→\d/g)!.length;
		expect(arrows + Number(line.match(/\+(\d+)$/)![1])).toBe(busy.inFlight.length);
	});

	it('keeps the log tails lined up by index across servers', () => {
		const all = states(FAULTS);
		const end = all[all.length - 1]!;
		const lines = raftView(end, 76, 8, 'en').slice(1, 6);
		const bars = new Set(lines.map((l) => l.text.indexOf('│')));
		expect(bars.size).toBe(1);
		// Each tail is the server's log written as terms, one character per entry.
		for (const [i, l] of lines.entries()) {
			expect(l.text.split('│')[1]).toBe(end.nodes[i]!.log.map((e) => String(e.term)).join(''));
		}
	});

	for (const [name, params] of [
		['defaults', {}],
		['faults', FAULTS],
		['nine lossy servers', {nodes: 9, dropRate: 0.3, delayMaxMs: 120}],
		['one server', {nodes: 1, durationMs: 500}],
	] as const) {
		it(`fits every size on every step (${name})`, () => {
			const all = states(params);
			const picked = [0, 1, 2, Math.floor(all.length / 3), Math.floor(all.length / 2), all.length - 1].map((i) => all[i]!);
			expectViewFitsEverySize(raftView, picked, SIZES);
			// Every step at the size of the sample, so a transient state cannot overflow either.
			for (const state of all) expectFits(raftView(state, 56, 4, 'ko'), 56, 4);
		});
	}

	it('does not mutate the state', () => {
		const all = states(FAULTS);
		expectViewLeavesStateAlone(raftView, [all[0]!, all[1600]!, all[all.length - 1]!]);
	});
});
