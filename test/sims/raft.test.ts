import {describe, expect, it} from 'vitest';
import {Random} from '../../source/sims/random.js';
import {nextEventAt, type RaftAction, type RaftState, raft} from '../../source/sims/raft/engine.js';
import {openCtx, setNode} from '../../source/sims/raft/context.js';
import {observeCommit, recordLeader, recordVote} from '../../source/sims/raft/safety.js';
import {deepFreeze} from '../support/sims.js';

type Setup = Record<string, unknown>;
type Script = (state: RaftState) => RaftAction | null;

function run(setup: Setup = {}, seed = 1, script?: Script): RaftState {
	let s = raft.init(raft.params.parse(setup), seed);
	while (!raft.done(s)) {
		const action = script?.(s) ?? null;
		if (action !== null) s = raft.step(s, action);
		s = raft.step(s, {type: 'tick'});
	}
	return s;
}
const summaryOf = (setup: Setup = {}, seed = 1, script?: Script) => raft.summary(run(setup, seed, script));
const seeds = (count: number) => Array.from({length: count}, (_, i) => i);
/** The up leader with the highest term (a stale one may linger in a minority). */
const leaderOf = (s: RaftState) => s.nodes.filter((n) => n.up && n.role === 'leader').sort((a, b) => b.currentTerm - a.currentTerm)[0];

/** Every committed prefix agrees across nodes (State Machine Safety), checked from the outside. */
function committedLogsAgree(s: RaftState): boolean {
	return s.nodes.every((a) =>
		s.nodes.every((b) => {
			const upTo = Math.min(a.commitIndex, b.commitIndex);
			return a.log.slice(0, upTo).every((e, i) => e.term === b.log[i]?.term && e.command === b.log[i]?.command);
		}),
	);
}

describe('raft params', () => {
	it('parses {} into the documented defaults', () => {
		const p = raft.params.parse({});
		expect(p).toEqual({
			nodes: 5,
			durationMs: 3000,
			heartbeatMs: 50,
			electionMinMs: 150,
			electionMaxMs: 300,
			delayMinMs: 5,
			delayMaxMs: 15,
			dropRate: 0,
			clientIntervalMs: 200,
			faults: [],
		});
		expect(Object.keys(raft.paramHelp).sort()).toEqual(Object.keys(p).sort());
	});

	it('rejects setups that are out of range or inconsistent', () => {
		const bad: Setup[] = [
			{nodes: 0},
			{nodes: 10},
			{durationMs: 600_000},
			{electionMinMs: 300, electionMaxMs: 150},
			{delayMinMs: 20, delayMaxMs: 10},
			{delayMinMs: 0},
			{dropRate: 1},
			{clientIntervalMs: 5},
			{nodes: 3, faults: [{atMs: 10, type: 'crash', node: 3}]},
			{faults: [{atMs: 10, type: 'partition', groups: [[0, 1], [1]]}]},
			{faults: [{atMs: 0, type: 'heal'}]},
		];
		for (const setup of bad) expect(raft.params.safeParse(setup).success, JSON.stringify(setup)).toBe(false);
		expect(raft.params.safeParse({clientIntervalMs: 0}).success).toBe(true);
	});
});

describe('raft: hand-worked runs', () => {
	it('single node: leader at its first timeout, every later command commits at once', () => {
		// Timeout fixed at 100 ms: at t=100 the node starts term 1, votes for itself (1 of 1 = majority)
		// and leads. The client sends at t=10, 20, ..., 1000 (100 requests); the ones at 10..100 come
		// before the leader exists that tick (10 rejected), the other 90 commit on arrival.
		const s = summaryOf({nodes: 1, durationMs: 1000, electionMinMs: 100, electionMaxMs: 100, clientIntervalMs: 10}, 3);
		expect(s.firstLeaderAtMs).toBe(100);
		expect(s.leadersByTerm).toEqual({1: 0});
		expect(s.requestsSent).toBe(100);
		expect(s.requestsRejected).toBe(10);
		expect(s.committedEntries).toBe(90);
		expect(s.unavailableMs).toBe(100);
		expect(s.messagesSent).toBe(0);
	});

	it('equal timeouts never elect anyone: every election is a split vote', () => {
		// All 3 nodes time out together every 100 ms, each votes for itself and refuses the others.
		// 3000 ms / 100 ms = 30 rounds of 3 elections; each sends 2 RequestVotes and gets 2 replies.
		const s = summaryOf({nodes: 3, electionMinMs: 100, electionMaxMs: 100, delayMinMs: 10, delayMaxMs: 10}, 5);
		expect(s.leadersElected).toBe(0);
		expect(s.elections).toBe(90);
		expect(s.maxTerm).toBe(30);
		expect(s.requestsRejected).toBe(15);
		expect(s.unavailableMs).toBe(3000);
		// Each round: 3 * 2 RequestVotes and, 10 ms later, 3 * 2 replies; the round at t=3000 gets no
		// replies before the run ends: 29 * 12 + 6 = 354.
		expect(s.messagesSent).toBe(354);
	});

	it('a restart breaks the tie; election, heartbeats and commits happen on the predicted ticks', () => {
		// Timeouts fixed at 100 ms, every message takes 10 ms. Nodes 1 and 2 crash at t=1 and restart
		// at t=50, so their timers end at 150 while node 0's ends at 100:
		//   100 node 0 times out (term 1) → RequestVote arrives 110, both grant → replies at 120 → leader.
		//   heartbeats at 120, 170, 220, 270; the command at 300 goes out at once (heartbeat moves to 350);
		//   replies at 320 make index 1 a majority → committed at 320; likewise index 2 at 620.
		// Messages: 2 RequestVote + 2 replies + 13 AppendEntries rounds (120..700) of 2 + 12 rounds of
		// replies (the 700 round is still in flight) = 4 + 26 + 24 = 54.
		const s = summaryOf(
			{
				nodes: 3,
				durationMs: 700,
				electionMinMs: 100,
				electionMaxMs: 100,
				delayMinMs: 10,
				delayMaxMs: 10,
				clientIntervalMs: 300,
				faults: [
					{atMs: 1, type: 'crash', node: 1},
					{atMs: 1, type: 'crash', node: 2},
					{atMs: 50, type: 'restart', node: 1},
					{atMs: 50, type: 'restart', node: 2},
				],
			},
			7,
		);
		expect(s.events).toEqual([
			{t: 1, node: 1, type: 'crashed', term: 0},
			{t: 1, node: 2, type: 'crashed', term: 0},
			{t: 50, node: 1, type: 'restarted', term: 0},
			{t: 50, node: 2, type: 'restarted', term: 0},
			{t: 100, node: 0, type: 'timeout', term: 1},
			{t: 110, node: 1, type: 'vote-granted', term: 1, peer: 0},
			{t: 110, node: 2, type: 'vote-granted', term: 1, peer: 0},
			{t: 120, node: 0, type: 'became-leader', term: 1},
			{t: 320, node: 0, type: 'committed', term: 1, index: 1},
			{t: 620, node: 0, type: 'committed', term: 1, index: 2},
		]);
		expect(s.messagesSent).toBe(54);
		expect(s.committedEntries).toBe(2);
		expect(s.unavailableMs).toBe(120);
	});
});

describe('raft: election', () => {
	it('a healthy cluster elects exactly one leader and keeps it (200 seeds)', () => {
		for (const seed of seeds(200)) {
			const s = summaryOf({}, seed);
			expect(s.leadersElected, `seed ${seed}`).toBe(1);
			expect(s.maxConcurrentLeaders).toBe(1);
			expect(Object.keys(s.leadersByTerm)).toHaveLength(1);
			expect(s.finalLeader).toBe(Object.values(s.leadersByTerm)[0]);
			// No leader before the shortest timeout plus a round trip (150 + 2 * 5).
			expect(s.firstLeaderAtMs).toBeGreaterThanOrEqual(160);
			expect(s.maxOutageMs).toBe(0);
			expect(s.safetyViolations).toBe(0);
		}
	});

	it('after the leader crashes, another node leads in a higher term', () => {
		for (const seed of seeds(50)) {
			let crashed: {node: number; term: number} | null = null;
			const state = run({}, seed, (s) => {
				const leader = leaderOf(s);
				if (s.now !== 1000 || leader === undefined) return null;
				crashed = {node: leader.id, term: leader.currentTerm};
				return {type: 'crash', node: leader.id};
			});
			const s = raft.summary(state);
			expect(crashed).not.toBeNull();
			const {node, term} = crashed as unknown as {node: number; term: number};
			expect(s.finalLeader).not.toBeNull();
			expect(s.finalLeader).not.toBe(node);
			expect(state.nodes[s.finalLeader!]!.currentTerm).toBeGreaterThan(term);
			expect(s.failovers).toBe(1);
			// Followers notice within one election timeout of the last heartbeat, then win a round trip later
			// (a split vote can add another timeout).
			expect(s.failoverMs[0]).toBeGreaterThanOrEqual(150 - 50 + 10);
			expect(s.failoverMs[0]).toBeLessThanOrEqual(2 * 300 + 4 * 15);
			expect(s.safetyViolations).toBe(0);
		}
	});

	it('a minority partition cannot elect a leader while the majority can', () => {
		for (const seed of seeds(50)) {
			const s = summaryOf({faults: [{atMs: 1, type: 'partition', groups: [[0, 1]]}]}, seed);
			const leaders = Object.values(s.leadersByTerm);
			expect(leaders.length).toBeGreaterThanOrEqual(1);
			expect(leaders.every((n) => n >= 2)).toBe(true);
			// The minority keeps timing out in ever higher terms.
			expect(s.events.some((e) => e.type === 'timeout' && (e.node === 0 || e.node === 1))).toBe(true);
			expect(s.committedEntries).toBeGreaterThanOrEqual(12);
			expect(s.safetyViolations).toBe(0);
		}
	});

	it('a leader cut off in a minority stops committing; after the heal it steps down and logs agree', () => {
		for (const seed of seeds(30)) {
			let old = -1;
			let cut: RaftState | undefined;
			let mid: RaftState | undefined;
			const end = run({durationMs: 4000}, seed, (s) => {
				if (s.now === 1000) {
					cut = s;
					old = leaderOf(s)!.id;
					return {type: 'partition', groups: [[old, (old + 1) % 5]]};
				}
				if (s.now === 2500) {
					mid = s;
					return {type: 'heal'};
				}
				return null;
			});
			const stale = mid!.nodes[old]!;
			expect(stale.role).toBe('leader');
			expect(stale.currentTerm).toBe(cut!.nodes[old]!.currentTerm);
			// Cut off from the majority, the stale leader commits nothing more...
			expect(stale.commitIndex).toBe(cut!.nodes[old]!.commitIndex);
			// ...while the majority side elected a newer leader and went on committing.
			expect(leaderOf(mid!)!.currentTerm).toBeGreaterThan(stale.currentTerm);
			expect(leaderOf(mid!)!.commitIndex).toBeGreaterThan(stale.commitIndex);
			const s = raft.summary(end);
			expect(s.maxConcurrentLeaders).toBe(2);
			expect(end.nodes[old]!.role).not.toBe('leader');
			// Stepping down starts a fresh election timer, so no election follows at once (RaftScope's stepDown).
			const down = s.events.find((e) => e.node === old && e.type === 'stepped-down')!;
			const next = s.events.find((e) => e.node === old && e.type === 'timeout' && e.t >= down.t);
			expect(next === undefined || next.t - down.t >= 150).toBe(true);
			expect(committedLogsAgree(end)).toBe(true);
			expect(s.safetyViolations).toBe(0);
		}
	});
});

describe('raft: safety', () => {
	it('stays safe across 200 seeds of random crashes, restarts, partitions and lost messages', () => {
		for (const seed of seeds(200)) {
			const chaos = new Random([seed, 7, 11, 13]);
			const setup = {durationMs: 4000, dropRate: seed % 2 === 0 ? 0 : 0.1, nodes: 3 + (seed % 3) * 2};
			const state = run(setup, seed, (s) => {
				if (s.now === 2800) return {type: 'heal'};
				if (s.now > 2800) {
					const down = s.nodes.find((n) => !n.up);
					return down === undefined ? null : {type: 'restart', node: down.id};
				}
				if (chaos.float() > 0.01) return null;
				const n = chaos.int(0, setup.nodes - 1);
				const pick = chaos.int(0, 3);
				if (pick === 0) return {type: 'crash', node: leaderOf(s)?.id ?? n};
				if (pick === 1) return {type: 'restart', node: n};
				if (pick === 2) return {type: 'heal'};
				return {type: 'partition', groups: [s.nodes.map((x) => x.id).filter(() => chaos.float() < 0.4)]};
			});
			const s = raft.summary(state);
			expect(s.violations, `seed ${seed}`).toEqual([]);
			expect(s.safetyViolations).toBe(0);
			expect(committedLogsAgree(state)).toBe(true);
			// With everyone back and connected for 1.2 s, the cluster has a leader again (liveness).
			if (setup.dropRate === 0) expect(s.finalLeader, `seed ${seed}`).not.toBeNull();
		}
	});

	it('Figure 8 of the paper: an old-term entry on a majority is not committed, so overwriting it is safe', () => {
		// L (term T) appends entry k but only A gets it; L crashes. M wins a later term T2, appends its own
		// entry k alone, crashes. L restarts and, with B and C, is the only one that can win; it copies
		// entry k (term T) onto B and C: a majority, yet not committed since it is not of L's term. L
		// crashes; M returns and, with B and C, is the only one that can win; it replaces entry k on B
		// and C with its term-T2 entry. A leader counting old-term replicas would have committed k here.
		for (const seed of seeds(10)) {
			const ids = {L: -1, A: -1, M: -1, B: -1, C: -1, k: 0, T: 0};
			let lCommitWhileLeading = 0;
			let waitUntil = 0;
			const wait = 'wait' as const;
			type Move = (s: RaftState) => RaftAction | null | typeof wait;
			const at = (s: RaftState, id: number) => s.nodes[id]!;
			const has = (s: RaftState, id: number, term: number) => at(s, id).log[ids.k - 1]?.term === term;
			const others = (s: RaftState, ...not: number[]) => s.nodes.map((n) => n.id).filter((n) => !not.includes(n));
			const moves: Move[] = [
				(s) => {
					const leader = leaderOf(s);
					if (s.now < 1000 || leader === undefined) return wait;
					[ids.L, ids.T, ids.k] = [leader.id, leader.currentTerm, leader.log.length + 1];
					ids.A = others(s, ids.L)[0]!;
					return {type: 'partition', groups: [[ids.L, ids.A], ...others(s, ids.L, ids.A).map((n) => [n])]};
				},
				() => ({type: 'request'}),
				(s) => (has(s, ids.A, ids.T) ? {type: 'crash', node: ids.L} : wait),
				(s) => ({type: 'partition', groups: [others(s, ids.L, ids.A)]}),
				(s) => {
					const leader = leaderOf(s);
					if (leader === undefined || leader.currentTerm <= ids.T) return wait;
					ids.M = leader.id;
					[ids.B, ids.C] = others(s, ids.L, ids.A, ids.M) as [number, number];
					return {type: 'partition', groups: [[ids.M], [ids.B], [ids.C]]};
				},
				() => ({type: 'request'}),
				() => ({type: 'crash', node: ids.M}),
				() => ({type: 'restart', node: ids.L}),
				() => ({type: 'partition', groups: [[ids.L, ids.B, ids.C]]}),
				(s) => {
					const copied = has(s, ids.B, ids.T) && has(s, ids.C, ids.T);
					if (!copied || at(s, ids.L).role !== 'leader') return wait;
					waitUntil = s.now + 300;
					return null;
				},
				(s) => {
					lCommitWhileLeading = Math.max(lCommitWhileLeading, at(s, ids.L).commitIndex);
					return s.now < waitUntil ? wait : {type: 'crash', node: ids.L};
				},
				() => ({type: 'restart', node: ids.M}),
				() => ({type: 'partition', groups: [[ids.M, ids.B, ids.C]]}),
			];
			let phase = 0;
			const end = run({clientIntervalMs: 0, durationMs: 8000}, seed, (s) => {
				const result = moves[phase]?.(s) ?? null;
				if (result === null && phase >= moves.length) return null;
				if (result === wait) return null;
				phase++;
				return result;
			});
			const mTerm = end.nodes[ids.M]!.log[ids.k - 1]!.term;
			expect(phase, `seed ${seed}`).toBe(moves.length);
			expect(mTerm).toBeGreaterThan(ids.T);
			expect(lCommitWhileLeading).toBe(ids.k - 1);
			expect(end.nodes[ids.B]!.log[ids.k - 1]!.term).toBe(mTerm);
			expect(end.nodes[ids.C]!.log[ids.k - 1]!.term).toBe(mTerm);
			expect(raft.summary(end).violations).toEqual([]);
		}
	});

	it('the safety records do catch violations', () => {
		const ctx = openCtx(raft.init(raft.params.parse({nodes: 3}), 1), 0);
		recordLeader(ctx, 1, 0);
		recordLeader(ctx, 1, 0);
		expect(ctx.book.violations).toHaveLength(0);
		recordLeader(ctx, 1, 2);
		expect(ctx.book.violations).toHaveLength(1);
		recordVote(ctx, 4, 1, 0);
		recordVote(ctx, 4, 1, 0);
		expect(ctx.book.violations).toHaveLength(1);
		recordVote(ctx, 4, 1, 2);
		expect(ctx.book.violations).toHaveLength(2);
		recordVote(ctx, 3, 1, 2);
		expect(ctx.book.violations).toHaveLength(3);
		setNode(ctx, 0, {log: [{term: 1, command: 1}], currentTerm: 1});
		setNode(ctx, 1, {log: [{term: 1, command: 9}], currentTerm: 1});
		observeCommit(ctx, 0, 0, 1);
		expect(ctx.book.committed).toEqual([{term: 1, command: 1, inTerm: 1}]);
		observeCommit(ctx, 1, 0, 1);
		expect(ctx.book.violations).toHaveLength(4);
		// Leader Completeness: a term-2 leader without the entry committed in term 1.
		setNode(ctx, 2, {log: [], currentTerm: 2});
		recordLeader(ctx, 2, 2);
		expect(ctx.book.violations).toHaveLength(5);
		expect(ctx.book.leadersByTerm).toEqual({1: 0, 2: 2});
	});
});

describe('raft: engine contract', () => {
	it('is deterministic per seed and differs across seeds', () => {
		const setup = {dropRate: 0.1, faults: [{atMs: 900, type: 'crash', node: 'leader'}]};
		expect(summaryOf(setup, 42)).toEqual(summaryOf(setup, 42));
		expect(run(setup, 42)).toEqual(run(setup, 42));
		expect(summaryOf(setup, 42)).not.toEqual(summaryOf(setup, 43));
	});

	it('never mutates the state it is given', () => {
		let s = deepFreeze(raft.init(raft.params.parse({dropRate: 0.1}), 9));
		const actions: Record<number, RaftAction> = {
			400: {type: 'partition', groups: [[0, 1]]},
			700: {type: 'crash', node: 2},
			900: {type: 'heal'},
			1000: {type: 'request'},
			1200: {type: 'restart', node: 2},
		};
		while (!raft.done(s)) {
			const action = actions[s.now];
			if (action !== undefined) s = deepFreeze(raft.step(s, action));
			s = deepFreeze(raft.step(s, {type: 'tick'}));
		}
		const before = structuredClone(s);
		raft.step(s, {type: 'crash', node: 0});
		expect(s).toEqual(before);
		expect(raft.summary(s).safetyViolations).toBe(0);
	});

	it('ignores actions that name no node', () => {
		const s = run({durationMs: 500});
		for (const action of [
			{type: 'crash', node: 7},
			{type: 'restart', node: -1},
			{type: 'partition', groups: [[0, 9]]},
			{type: 'partition', groups: [[0], [0]]},
		] as RaftAction[]) {
			expect(raft.step(s, action)).toEqual(s);
		}
	});

	it('jumping to nextEventAt gives the same run as ticking every ms', () => {
		const init = raft.init(raft.params.parse({faults: [{atMs: 1234, type: 'crash', node: 'leader'}]}), 4);
		let jumped = init;
		let jumps = 0;
		while (!raft.done(jumped)) {
			const target = Math.min(nextEventAt(jumped), jumped.params.durationMs);
			jumped = {...jumped, now: target - 1};
			jumped = raft.step(jumped, {type: 'tick'});
			jumps++;
		}
		expect(raft.summary(jumped)).toEqual(raft.summary(run({faults: [{atMs: 1234, type: 'crash', node: 'leader'}]}, 4)));
		expect(jumps).toBeLessThan(1000);
	});

	it('runs the default setup to done and returns plain JSON', () => {
		const s = run();
		expect(s.now).toBe(3000);
		const summary = raft.summary(s);
		expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
		expect(summary.safetyViolations).toBe(0);
	});

	it('runs the heaviest allowed setup to done, safely (its speed: npm run bench:sims)', () => {
		// Longest run, most nodes, equal tiny timeouts (an election storm), slow and busy network.
		const heavy = {nodes: 9, durationMs: 30_000, heartbeatMs: 10, electionMinMs: 20, electionMaxMs: 20};
		const s = summaryOf({...heavy, delayMinMs: 1, delayMaxMs: 500, clientIntervalMs: 10});
		expect(s.elections).toBe(9 * 1500);
		expect(s.safetyViolations).toBe(0);
	});
});

describe('raft: proposed challenges are reachable', () => {
	const challenges: {setup: Setup; check: (s: ReturnType<typeof summaryOf>) => boolean}[] = [
		{setup: {electionMinMs: 200, electionMaxMs: 200}, check: (s) => s.leadersElected === 0},
		{setup: {heartbeatMs: 400}, check: (s) => s.leadersElected >= 5},
		{setup: {faults: [{atMs: 1000, type: 'crash', node: 'leader'}]}, check: (s) => s.failovers >= 1},
		{setup: {faults: [{atMs: 1000, type: 'partition', groups: [['leader']]}]}, check: (s) => s.maxConcurrentLeaders >= 2},
	];
	it('each goal holds for its setup on 50 seeds and not for the defaults', () => {
		for (const {setup, check} of challenges) {
			for (const seed of seeds(50)) expect(check(summaryOf(setup, seed)), `${JSON.stringify(setup)} seed ${seed}`).toBe(true);
			for (const seed of seeds(10)) expect(check(summaryOf({}, seed))).toBe(false);
		}
	});
});
