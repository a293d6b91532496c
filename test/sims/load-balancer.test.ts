import {describe, expect, it} from 'vitest';
import {type IPv4, NGINX_IP_HASH_START, nginxIpHash, nginxIpHashRound, nginxWeightedSlot} from '../../source/sims/hash/nginx-ip-hash.js';
import {loadBalancer, runBoth, runLoadBalancer} from '../../source/sims/load-balancer/engine.js';
import {initBalancer, type PickContext, pickers, smoothWeighted, updateSrtt} from '../../source/sims/load-balancer/algorithms.js';
import {ALGORITHMS, type Algorithm, type ServerSpec} from '../../source/sims/load-balancer/params.js';
import {advanceRun, initRun, nextEvent} from '../../source/sims/load-balancer/run.js';
import {generateStream, type RequestStream} from '../../source/sims/load-balancer/stream.js';
import {percentileNearestRank, summarizeRun} from '../../source/sims/load-balancer/summary.js';

const srv = (name: string, over: Partial<ServerSpec> = {}): ServerSpec => ({
	name,
	weight: 1,
	capacity: 100,
	speed: 1,
	down: false,
	...over,
});

/** A hand-made stream: [at, client, cost] per request; client c has address 10.0.c.1. */
function handStream(rows: [number, number, number][]): RequestStream {
	const clients = Math.max(...rows.map((r) => r[1])) + 1;
	return {
		ips: Array.from({length: clients}, (_, c): IPv4 => [10, 0, c, 1]),
		requests: rows.map(([at, client, cost], id) => ({id, at, client, cost})),
	};
}

function runStream(algorithm: Algorithm, specs: ServerSpec[], stream: RequestStream) {
	let run = initRun(algorithm, specs, stream.ips.length);
	for (let t = nextEvent(run, specs, stream); t !== null; t = nextEvent(run, specs, stream)) {
		run = advanceRun(run, specs, stream, t);
	}
	return summarizeRun(run, specs);
}

const ctx = (over: Partial<PickContext>): PickContext => ({
	weights: [1, 1, 1],
	capacity: [10, 10, 10],
	down: [false, false, false],
	active: [0, 0, 0],
	srtt: [null, null, null],
	client: 0,
	ip: [192, 168, 1, 10],
	lrtCountsOpen: false,
	...over,
});

describe('nginx ip_hash', () => {
	it('hashes 192.168.1.10 to 154, by hand', () => {
		// 89*113+192 = 10249 % 6271 = 3978; 3978*113+168 = 449682 % 6271 = 4441;
		// 4441*113+1 = 501834 % 6271 = 154.
		expect(nginxIpHash([192, 168, 1, 10])).toBe(154);
		// The fourth octet is never read: the whole /24 shares one server.
		expect(nginxIpHash([192, 168, 1, 99])).toBe(154);
		// 0.0.0.x: 89*113 = 10057 % 6271 = 3786; 3786*113 % 6271 = 1390; 1390*113 % 6271 = 295.
		expect(nginxIpHash([0, 0, 0, 5])).toBe(295);
	});

	it('rehashes from the previous hash', () => {
		// 154*113+192 = 17594 % 6271 = 5052; 5052*113+168 = 571044 % 6271 = 383;
		// 383*113+1 = 43280 % 6271 = 5654.
		expect(nginxIpHashRound(154, [192, 168, 1, 10])).toBe(5654);
		expect(nginxIpHashRound(NGINX_IP_HASH_START, [192, 168, 1, 10])).toBe(154);
	});

	it('maps a hash through the weights as nginx does', () => {
		expect(nginxWeightedSlot(154, [1, 1, 1])).toBe(1); // 154 % 3 = 1 -> b
		expect(nginxWeightedSlot(154, [5, 1, 1])).toBe(0); // 154 % 7 = 0 -> a
		expect(nginxWeightedSlot(154, [2, 3, 1])).toBe(1); // 154 % 6 = 4; 4-2 = 2 < 3 -> b
		expect(nginxWeightedSlot(5, [2, 3, 1])).toBe(2); // 5: 5-2 = 3, 3-3 = 0 < 1 -> c
	});

	it('sends 192.168.1.10 to b, and to c (the rehash) when b is down or full', () => {
		const b = initBalancer(3, 1);
		expect(pickers['ip-hash'](ctx({}), b).server).toBe(1);
		// Second round: 5654 % 3 = 2 -> c.
		expect(pickers['ip-hash'](ctx({down: [false, true, false]}), b).server).toBe(2);
		expect(pickers['ip-hash'](ctx({active: [0, 10, 0]}), b).server).toBe(2);
	});

	it('falls back to smooth weighted round robin after 21 failed candidates, not 20 or 22', () => {
		// Weights 100:1:1 with a full: find an address whose first 21 candidates are all a
		// and whose 22nd is not, so one more try would have found b or c by hash.
		const weights = [100, 1, 1];
		let found: IPv4 | null = null;
		let slot22 = -1;
		for (let x = 0; x < 256 * 256 && !found; x++) {
			const ip: IPv4 = [10, x >> 8, x & 255, 1];
			let h = NGINX_IP_HASH_START;
			const slots: number[] = [];
			for (let k = 0; k < 22; k++) {
				h = nginxIpHashRound(h, ip);
				slots.push(nginxWeightedSlot(h, weights));
			}
			if (slots.slice(0, 21).every((s) => s === 0) && slots[21] !== 0) {
				found = ip;
				slot22 = slots[21]!;
			}
		}
		expect(found).not.toBeNull();
		const c = ctx({weights, ip: found!, active: [10, 0, 0]});
		const first = pickers['ip-hash'](c, initBalancer(3, 1));
		// Round robin over b and c: current weights [0,1,1] -> b wins the tie -> [0,-1,1].
		expect(first.server).toBe(1);
		expect(first.balancer.currentWeights).toEqual([0, -1, 1]);
		// The next fallback: [0,0,2] -> c.
		expect(pickers['ip-hash'](c, first.balancer).server).toBe(2);
		// Sanity: had it tried a 22nd time it would have picked slot22 with no round robin.
		expect([1, 2]).toContain(slot22);
	});

	it('keeps the other clients in place when a server is marked down', () => {
		// Down servers still count in the total weight, as nginx documents for `down`.
		const stream = generateStream({...loadBalancer.params.parse({}), clients: 200, subnets: 200}, 3);
		const b = initBalancer(3, 200);
		for (const ip of stream.ips) {
			const normal = pickers['ip-hash'](ctx({ip}), b).server;
			const withCDown = pickers['ip-hash'](ctx({ip, down: [false, false, true]}), b).server;
			if (normal !== 2) expect(withCDown).toBe(normal);
			else expect(withCDown).not.toBe(2);
		}
	});

	it('with all servers full drops on the hashed server', () => {
		const r = pickers['ip-hash'](ctx({active: [10, 10, 10]}), initBalancer(3, 1));
		expect(r.server).toBe(1);
		expect(pickers['ip-hash'](ctx({active: [10, 10, 10], down: [false, true, false]}), initBalancer(3, 1)).server).toBe(null);
	});
});

describe('smooth weighted round robin', () => {
	it('gives a a b a c a a for weights 5,1,1 (the nginx commit example)', () => {
		// current weights, +weights, pick, -7:
		// [5,1,1] a -> [-2,1,1]; [3,2,2] a -> [-4,2,2]; [1,3,3] b -> [1,-4,3]; [6,-3,4] a -> [-1,-3,4];
		// [4,-2,5] c -> [4,-2,-2]; [9,-1,-1] a -> [2,-1,-1]; [7,0,0] a -> [0,0,0].
		let cw = [0, 0, 0];
		const picks: number[] = [];
		for (let i = 0; i < 7; i++) {
			const r = smoothWeighted([5, 1, 1], cw, () => true);
			picks.push(r.pick!);
			cw = r.current;
		}
		expect(picks.map((p) => 'abc'[p])).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
		expect(cw).toEqual([0, 0, 0]);
	});

	it('gives the same sequence through the engine', () => {
		const servers = [srv('a', {weight: 5}), srv('b'), srv('c')];
		const s = runLoadBalancer({algorithm: 'weighted-round-robin', servers, requests: 14}, 7);
		expect(s.picks).toEqual('aabacaaaabacaa'.split(''));
		expect(s.servers.map((x) => x.requests)).toEqual([10, 2, 2]);
	});

	it('splits exactly by weight over whole cycles, for 200 seeds', () => {
		for (let seed = 0; seed < 200; seed++) {
			const weights = [1 + (seed % 4), 1 + ((seed >> 2) % 3), 1 + ((seed >> 4) % 5)];
			const total = weights[0]! + weights[1]! + weights[2]!;
			const servers = weights.map((w, i) => srv('xyz'[i]!, {weight: w, capacity: 1000}));
			const s = runLoadBalancer({algorithm: 'weighted-round-robin', servers, requests: total * 4}, seed);
			expect(s.servers.map((x) => x.requests)).toEqual(weights.map((w) => w * 4));
		}
	});

	it('with equal weights and room on every server picks exactly as round robin does', () => {
		const roomy = [srv('a', {capacity: 1000}), srv('b', {capacity: 1000}), srv('c', {capacity: 1000})];
		const s = runBoth({servers: roomy}, 11, 'weighted-round-robin', 'round-robin');
		expect(s.picks).toEqual(s.compare!.picks);
		const counts = s.servers.map((x) => x.requests);
		expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
	});
});

describe('hand-worked runs', () => {
	it('round robin cycles, skips a down server, and drops at a full one', () => {
		const rr = runStream('round-robin', [srv('a'), srv('b'), srv('c')], handStream([0, 0, 0, 0, 0].map(() => [0, 0, 5])));
		expect(rr.picks).toEqual(['a', 'b', 'c', 'a', 'b']);
		const down = runStream('round-robin', [srv('a'), srv('b', {down: true}), srv('c')], handStream([0, 0, 0, 0].map(() => [0, 0, 5])));
		expect(down.picks).toEqual(['a', 'c', 'a', 'c']);
		// Capacity 1: r0 -> a, r1 -> b, r2 at t=5 -> a, which is still busy (until 100): dropped.
		const full = runStream(
			'round-robin',
			[srv('a', {capacity: 1}), srv('b', {capacity: 1})],
			handStream([
				[0, 0, 100],
				[0, 0, 100],
				[5, 0, 10],
			]),
		);
		expect(full.servers.map((s) => [s.requests, s.dropped, s.overloaded])).toEqual([
			[2, 1, true],
			[1, 0, false],
		]);
		expect([full.served, full.dropped, full.droppedFraction]).toEqual([2, 1, 0.3333]);
	});

	it('round robin skips a full server while another has room (nginx max_conns), and drops only when all are full', () => {
		// Capacity a 1, b 2: r0 -> a, r1 -> b, r2 at t=5: a is next in turn but full, so b (one open of two).
		const s = runStream(
			'round-robin',
			[srv('a', {capacity: 1}), srv('b', {capacity: 2})],
			handStream([
				[0, 0, 100],
				[0, 0, 100],
				[5, 0, 10],
			]),
		);
		expect(s.picks).toEqual(['a', 'b', 'b']);
		expect(s.dropped).toBe(0);
	});

	it('says which turn passed a full server over', () => {
		const ctx = {
			weights: [1, 1, 1],
			capacity: [1, 1, 1],
			down: [false, false, false],
			active: [1, 0, 0],
			srtt: [null, null, null],
			client: 0,
			ip: [10, 0, 0, 1] as IPv4,
			lrtCountsOpen: false,
		};
		const pick = pickers['round-robin'](ctx, initBalancer(3, 1));
		expect([pick.server, pick.why]).toEqual([1, {kind: 'turn', skipped: 1}]);
	});

	it('least connections divides by weight: b of weight 3 takes three for a’s one', () => {
		// t=0, four long requests. r0: tie 0/1 = 0/3, first in turn a. r1: a 1/1, b 0/3 -> b. r2: a 1/1 vs b 1/3 -> b. r3: 1/1 vs 2/3 -> b.
		const s = runStream('least-connections', [srv('a'), srv('b', {weight: 3})], handStream([0, 0, 0, 0].map(() => [0, 0, 100])));
		expect(s.picks).toEqual(['a', 'b', 'b', 'b']);
	});

	it('least connections breaks a tie round robin, so idle equal servers share the work', () => {
		// Each request ends before the next: every pick is a tie at 0 open, taken in turn.
		const s = runStream('least-connections', [srv('a'), srv('b'), srv('c')], handStream([0, 20, 40, 60].map((t) => [t, 0, 10])));
		expect(s.picks).toEqual(['a', 'b', 'c', 'a']);
	});

	it('least connections breaks ties in turn and frees slots before admitting', () => {
		// t=0: r0 -> a (0,0,0 tie), r1 -> b (1,0,0), r2 -> c (1,1,0). r2 ends at 10, r0 and r1 at 100.
		// t=20: open 1,1,0 -> r3 -> c, ends at 30. t=30: r3 finishes first, so r4 -> c again.
		const s = runStream(
			'least-connections',
			[srv('a'), srv('b'), srv('c')],
			handStream([
				[0, 0, 100],
				[0, 0, 100],
				[0, 0, 10],
				[20, 0, 10],
				[30, 0, 10],
			]),
		);
		expect(s.picks).toEqual(['a', 'b', 'c', 'c', 'c']);
		// Responses 10,10,10,100,100: mean 46, nearest-rank p95 = 5th of 5 = 100.
		expect([s.meanResponseMs, s.p95ResponseMs, s.maxResponseMs, s.timeMs]).toEqual([46, 100, 100, 100]);
		expect(s.servers.map((x) => x.maxConcurrent)).toEqual([1, 1, 1]);
	});

	it('shares a server between open connections (processor sharing)', () => {
		// r0 (100) alone 0..50 gets 50; from 50 r0 and r1 (50) get 0.5/ms each, both need 50 more: both end at 150.
		const s = runStream(
			'round-robin',
			[srv('a')],
			handStream([
				[0, 0, 100],
				[50, 0, 50],
			]),
		);
		expect([s.meanResponseMs, s.maxResponseMs, s.timeMs]).toEqual([125, 150, 150]);
		// Three of cost 10 at once on speed 1: 1/3 per ms each, all end at 30.
		const three = runStream('round-robin', [srv('a')], handStream([0, 0, 0].map(() => [0, 0, 10])));
		expect([three.meanResponseMs, three.timeMs]).toEqual([30, 30]);
		// Speed 2, cost 30: 15 ms. Speed 0.3, cost 10: 33.3 ms, rounded up to the next whole ms: 34.
		expect(runStream('round-robin', [srv('a', {speed: 2})], handStream([[0, 0, 30]])).timeMs).toBe(15);
		expect(runStream('round-robin', [srv('a', {speed: 0.3})], handStream([[0, 0, 10]])).meanResponseMs).toBe(34);
	});

	it('sticky round robin keeps a client on its server and re-sticks it when that server goes down', () => {
		const specs = [srv('a'), srv('b'), srv('c')];
		const s = runStream(
			'sticky-round-robin',
			specs,
			handStream([
				[0, 0, 5],
				[0, 1, 5],
				[0, 0, 5],
				[0, 2, 5],
				[0, 1, 5],
			]),
		);
		expect(s.picks).toEqual(['a', 'b', 'a', 'c', 'b']);
		// After c, the round-robin pointer is at a; client 1's server b is down -> a.
		let b = initBalancer(3, 3);
		for (const client of [0, 1, 2]) b = pickers['sticky-round-robin'](ctx({client}), b).balancer;
		const moved = pickers['sticky-round-robin'](ctx({client: 1, down: [false, true, false]}), b);
		expect(moved.server).toBe(0);
		expect(moved.balancer.sticky).toEqual([0, 0, 2]);
	});

	it('least response time uses RFC 6298 smoothing and tries unmeasured servers first', () => {
		expect(updateSrtt(null, 100)).toBe(100);
		expect(updateSrtt(100, 20)).toBe(90); // 100*7/8 + 20/8 = 87.5 + 2.5
		const b = initBalancer(3, 1);
		expect(pickers['least-response-time'](ctx({srtt: [90, null, 10]}), b).server).toBe(1);
		expect(pickers['least-response-time'](ctx({srtt: [90, 50, 50]}), b).server).toBe(1);
		// Open connections only count with lrtCountsOpen: 10*(5+1) = 60 > 30*(0+1) = 30.
		const busy = {srtt: [10, 30, 90], active: [5, 0, 0]};
		expect(pickers['least-response-time'](ctx(busy), b).server).toBe(0);
		expect(pickers['least-response-time'](ctx({...busy, lrtCountsOpen: true}), b).server).toBe(1);
	});

	it('nearest-rank percentile', () => {
		const xs = Array.from({length: 20}, (_, i) => 20 - i);
		expect(percentileNearestRank(xs, 95)).toBe(19);
		expect(percentileNearestRank(xs, 100)).toBe(20);
		expect(percentileNearestRank([7], 95)).toBe(7);
		expect(percentileNearestRank([], 95)).toBe(0);
	});
});

describe('closed form: one processor-sharing server (M/G/1-PS)', () => {
	it('mean response time is close to E[S] / (1 - rho)', () => {
		// lambda = 25/s, S = 20 ms fixed: rho = 0.5, E[T] = 20 / 0.5 = 40 ms. PS is insensitive
		// to the service distribution. Whole-ms arrivals and completions add under 1 ms.
		const servers = [srv('a', {capacity: 1000})];
		let sum = 0;
		const seeds = 8;
		for (let seed = 0; seed < seeds; seed++) {
			const s = runLoadBalancer({servers, requests: 5000, ratePerSec: 25, heavyFraction: 0, costMs: 20}, seed);
			sum += s.meanResponseMs;
		}
		expect(sum / seeds).toBeGreaterThan(38.5);
		expect(sum / seeds).toBeLessThan(42.5);
	});
});

describe('engine contract', () => {
	it('runs the defaults to done', () => {
		const s = runLoadBalancer({}, 1);
		expect(s.requests).toBe(600);
		expect(s.served + s.dropped).toBe(600);
		expect(s.compare).toBeNull();
	});

	it('runs the largest allowed setup to done (its speed: npm run bench:sims)', () => {
		const servers = Array.from({length: 12}, (_, i) => srv(`s${i}`, {capacity: 1000, speed: 0.1}));
		const s = runLoadBalancer({servers, requests: 5000, ratePerSec: 10_000, costMs: 5000, heavyCostMs: 5000, compareWith: 'ip-hash'}, 1);
		expect(s.served).toBe(5000);
	});

	it('is deterministic, and the stream depends only on the seed and traffic params', () => {
		for (const algorithm of ALGORITHMS) {
			expect(runLoadBalancer({algorithm}, 5)).toEqual(runLoadBalancer({algorithm}, 5));
		}
		expect(runLoadBalancer({}, 5)).not.toEqual(runLoadBalancer({}, 6));
		const p = loadBalancer.params.parse({});
		expect(generateStream(p, 9)).toEqual(generateStream({...p}, 9));
		// Changing the address layout keeps the arrivals, clients and costs.
		expect(generateStream({...p, subnets: 1}, 9).requests).toEqual(generateStream(p, 9).requests);
	});

	it('compareWith runs the second algorithm on the very same stream', () => {
		for (const [a, b] of [
			['least-connections', 'round-robin'],
			['ip-hash', 'sticky-round-robin'],
		] as [Algorithm, Algorithm][]) {
			const both = runBoth({}, 4, a, b);
			const {compare: _c, vsCompare: _v, ...alone} = runLoadBalancer({algorithm: b}, 4);
			expect(both.compare).toEqual(alone);
			const {compare: _c2, vsCompare: _v2, ...main} = runLoadBalancer({algorithm: a}, 4);
			const {compare: _c3, vsCompare: _v3, ...mainBoth} = both;
			expect(mainBoth).toEqual(main);
			expect(both.vsCompare!.droppedDiff).toBe(main.dropped - alone.dropped);
		}
	});

	it('never mutates the state it is given', () => {
		const deepFreeze = (o: unknown): void => {
			if (o === null || typeof o !== 'object' || Object.isFrozen(o)) return;
			Object.freeze(o);
			for (const v of Object.values(o)) deepFreeze(v);
		};
		const params = loadBalancer.params.parse({compareWith: 'sticky-round-robin', requests: 200});
		let state = loadBalancer.init(params, 2);
		let steps = 0;
		while (!loadBalancer.done(state)) {
			deepFreeze(state);
			if (steps === 50) state = loadBalancer.step(state, {type: 'setDown', server: 'b', down: true});
			state = loadBalancer.step(state, {type: 'tick'});
			steps++;
		}
		deepFreeze(state);
		const before = structuredClone(state);
		loadBalancer.summary(state);
		expect(state).toEqual(before);
		expect(loadBalancer.step(state, {type: 'tick'})).toBe(state);
	});

	it('setDown stops new traffic to a server and ignores unknown names', () => {
		const params = loadBalancer.params.parse({requests: 300});
		let state = loadBalancer.init(params, 3);
		expect(loadBalancer.step(state, {type: 'setDown', server: 'zz', down: true})).toBe(state);
		while (state.main.next < 100) state = loadBalancer.step(state, {type: 'tick'});
		const before = loadBalancer.summary(state).servers[1]!.requests;
		state = loadBalancer.step(state, {type: 'setDown', server: 'b', down: true});
		while (!loadBalancer.done(state)) state = loadBalancer.step(state, {type: 'tick'});
		const s = loadBalancer.summary(state);
		expect(s.servers[1]!.requests).toBe(before);
		expect(s.servers[1]!.down).toBe(true);
		expect(s.picks.slice(100).includes('b')).toBe(false);
		expect(s.served + s.dropped).toBe(300);
	});

	it('validates params', () => {
		const p = loadBalancer.params;
		expect(p.parse({}).servers.map((s) => s.name)).toEqual(['a', 'b', 'c']);
		expect(p.safeParse({servers: [srv('a'), srv('a')]}).success).toBe(false);
		expect(p.safeParse({servers: []}).success).toBe(false);
		expect(p.safeParse({requests: 5001}).success).toBe(false);
		expect(p.safeParse({servers: [{name: 'a', capacity: 0}]}).success).toBe(false);
		expect(p.safeParse({algorithm: 'random'}).success).toBe(false);
		expect(p.safeParse({servers: [{name: 'x'}]}).success).toBe(true);
		for (const key of Object.keys(p.parse({}))) expect(loadBalancer.paramHelp[key]).toBeTruthy();
	});
});

describe('invariants over 200 seeds', () => {
	it('counts add up, capacity holds, hash and sticky routing stay put', () => {
		for (let seed = 0; seed < 200; seed++) {
			const algorithm = ALGORITHMS[seed % ALGORITHMS.length]!;
			const servers = [
				srv('a', {capacity: 3 + (seed % 5), weight: 1 + (seed % 3)}),
				srv('b', {capacity: 4, speed: 2}),
				srv('c', {capacity: 6, speed: 0.5, weight: 2}),
			];
			const input = {algorithm, servers, requests: 150, ratePerSec: 40 + (seed % 60), clientSkew: (seed % 4) / 2};
			const s = runLoadBalancer(input, seed);
			expect(s.requests).toBe(150);
			expect(s.served + s.dropped).toBe(150);
			expect(s.servers.reduce((a, x) => a + x.requests, 0) + s.unrouted).toBe(150);
			expect(s.picks).toHaveLength(150);
			s.servers.forEach((x, i) => {
				expect(x.maxConcurrent).toBeLessThanOrEqual(servers[i]!.capacity);
				expect(x.served + x.dropped).toBe(x.requests);
				expect(x.open).toBe(0);
				expect(s.picks.filter((p) => p === x.name)).toHaveLength(x.requests);
				expect(x.overloaded).toBe(x.dropped > 0);
			});
			// Nothing beats the fastest server running a light request alone: 20 ms / speed 2.
			expect(s.meanResponseMs).toBeGreaterThanOrEqual(10);
			expect(s.p95ResponseMs).toBeGreaterThanOrEqual(s.meanResponseMs > 0 ? 10 : 0);
			expect(s.p95ResponseMs).toBeLessThanOrEqual(s.maxResponseMs);
			if (algorithm === 'ip-hash') expect(s.unrouted).toBe(0);
			if (algorithm !== 'ip-hash') expect(s.dropped).toBe(s.servers.reduce((a, x) => a + x.dropped, 0));
		}
	});

	it('roomy servers: ip-hash follows the hash and sticky clients never move', () => {
		for (let seed = 0; seed < 200; seed++) {
			const servers = [srv('a', {capacity: 1000}), srv('b', {capacity: 1000, weight: 3}), srv('c', {capacity: 1000})];
			const input = {servers, requests: 100, clients: 30, subnets: 1 + (seed % 30)};
			const stream = generateStream(loadBalancer.params.parse(input), seed);
			const hashed = runLoadBalancer({...input, algorithm: 'ip-hash'}, seed);
			stream.requests.forEach((r, i) => {
				const expected = nginxWeightedSlot(nginxIpHash(stream.ips[r.client]!), [1, 3, 1]);
				expect(hashed.picks[i]).toBe('abc'[expected]);
			});
			const sticky = runLoadBalancer({...input, algorithm: 'sticky-round-robin'}, seed);
			const home = new Map<number, string>();
			stream.requests.forEach((r, i) => {
				const p = sticky.picks[i]!;
				expect(home.get(r.client) ?? p).toBe(p);
				home.set(r.client, p);
			});
		}
	});
});

describe('challenges', () => {
	const S = [
		{name: 'a', weight: 2, capacity: 8, speed: 1},
		{name: 'b', weight: 2, capacity: 8, speed: 1},
		{name: 'c', weight: 1, capacity: 8, speed: 0.5},
	];
	const cases: [string, Record<string, unknown>, (s: ReturnType<typeof runLoadBalancer>) => boolean][] = [
		[
			'weights-for-slow-server',
			{algorithm: 'weighted-round-robin', compareWith: 'round-robin', servers: S},
			(s) => s.servers[2]!.requests < 150 && s.vsCompare!.meanResponseRatio < 0.9,
		],
		['beat-round-robin', {algorithm: 'least-connections', compareWith: 'round-robin'}, (s) => s.vsCompare!.meanResponseRatio < 0.75],
		['stop-the-herd', {algorithm: 'least-response-time', lrtCountsOpen: true}, (s) => s.droppedFraction < 0.06],
	];
	for (const [id, params, goal] of cases) {
		it(`${id} is reachable on 30 seeds and not met by the defaults`, () => {
			for (let seed = 1; seed <= 30; seed++) expect(goal(runLoadBalancer(params, seed))).toBe(true);
			// The same goal with round robin (least-response-time alone for the herd) on default servers.
			const compareWith = params.compareWith as Algorithm | undefined;
			const start: Algorithm = id === 'stop-the-herd' ? 'least-response-time' : 'round-robin';
			expect(goal(runLoadBalancer({algorithm: start, ...(compareWith ? {compareWith} : {})}, 1))).toBe(false);
		});
	}
});

describe('load balancer: narration', () => {
	it('says where each request went and why, for each algorithm', async () => {
		const {narrateRun} = await import('../../source/commands/sim.js');
		const {loadBalancerSim} = await import('../../source/sims/load-balancer/index.js');
		const said = (params: object) =>
			narrateRun(loadBalancerSim, loadBalancerSim.engine.params.parse({requests: 4, ...params}), 1, 'en').map((l) =>
				l.replace(/^\d+: /, ''),
			);
		expect(said({})).toEqual([
			'req #1 → a: next in turn',
			'req #2 → b: next in turn',
			'req #3 → c: next in turn',
			'req #4 → a: next in turn',
		]);
		expect(said({algorithm: 'least-connections'})[0]).toBe('req #1 → a: fewest open connections (0)');
		expect(said({algorithm: 'least-response-time'})[0]).toBe('req #1 → a: not tried yet');
		expect(said({algorithm: 'ip-hash'})[0]).toMatch(/^req #1 → [abc]: hash of \d+\.\d+\.\d+\.x$/);
		const full = said({servers: [{name: 'a', capacity: 1}], requests: 40, ratePerSec: 1000});
		expect(full.some((l) => /^req #\d+ → a \(next in turn\), but a is full: dropped$/.test(l))).toBe(true);
	});
});
