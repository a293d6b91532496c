import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../../source/content/load-packs.js';
import {varintBytes, recordBytes} from '../../source/sims/api-styles/encode.js';
import {apiStyles as engine, type ApiStylesState} from '../../source/sims/api-styles/engine.js';
import {narrateApiStyles} from '../../source/sims/api-styles/narrate.js';
import type {Resource} from '../../source/sims/api-styles/scenarios.js';
import {pollCost, wsFrame} from '../../source/sims/api-styles/wire.js';
import {meets} from '../../source/sims/run.js';

type Action = Parameters<typeof engine.step>[1];

function run(params: object, seed = 1, actions: [number, Action][] = []): ApiStylesState {
	let state = engine.init(engine.params.parse(params), seed);
	for (let tick = 0; !engine.done(state) && tick < 100_000; tick++) {
		for (const [at, action] of actions) if (at === tick) state = engine.step(state, action);
		state = engine.step(state, {type: 'tick'});
	}
	return state;
}
const summary = (params: object, seed = 1) => engine.summary(run(params, seed));

const res = (fields: [string, number][]): Resource => ({
	name: 'm',
	fields: fields.map(([name, no]) => ({name, no, used: true, draw: () => 0})),
});

describe('api-styles wire sizes', () => {
	it('encodes protobuf as the encoding guide shows', () => {
		// varints: 7 bits a byte.
		expect([1, 127, 128, 150, 300, 16_383, 16_384].map(varintBytes)).toEqual([1, 1, 2, 2, 2, 2, 3]);
		// Test1 {a = 150} is 08 96 01; Test2 {b = "testing"} is 12 07 74 65 73 74 69 6e 67.
		expect(recordBytes('protobuf', res([['a', 1]]), {a: 150}, false)).toBe(3);
		expect(recordBytes('protobuf', res([['b', 2]]), {b: 'testing'}, false)).toBe(9);
		// proto3 leaves a zero number out.
		expect(recordBytes('protobuf', res([['a', 1]]), {a: 0}, false)).toBe(0);
		// The same record as JSON text and as XML.
		expect(recordBytes('json', res([['a', 1]]), {a: 150}, false)).toBe('{"a":150}'.length);
		expect(recordBytes('xml', res([['a', 1]]), {a: 150}, false)).toBe('<m><a>150</a></m>'.length);
	});

	it('counts JSON and XML as long as the text JSON.stringify and the elements would be, for awkward values', () => {
		const values = [
			0,
			-0,
			7,
			-42,
			10,
			99,
			100,
			1_700_000_000,
			1.5,
			-0.25,
			1e21,
			2 ** 53,
			'',
			'Seoul',
			'a"b',
			'back\\slash',
			'tab\tnew\nline',
			'서울',
			'\u0001',
		];
		const r = res(values.map((_, i) => [`f${i}`, i + 1]));
		const record = Object.fromEntries(values.map((v, i) => [`f${i}`, v]));
		expect(recordBytes('json', r, record, false)).toBe(JSON.stringify(record).length);
		expect(recordBytes('json', res([]), {}, false)).toBe(2);
		const xml = `<m>${values.map((v, i) => `<f${i}>${v}</f${i}>`).join('')}</m>`;
		expect(recordBytes('xml', r, record, false)).toBe(xml.length);
	});

	it('frames WebSocket messages in 2 to 14 bytes (RFC 6455 §5.2)', () => {
		expect([wsFrame(0, false), wsFrame(125, false), wsFrame(126, false), wsFrame(65_535, false), wsFrame(65_536, false)]).toEqual([
			2, 2, 4, 4, 10,
		]);
		// A client's frame carries a 4-byte mask.
		expect([wsFrame(10, true), wsFrame(70_000, true)]).toEqual([6, 14]);
	});

	it('pays full headers for an empty REST poll, and HPACK shrinks gRPC after the first call', () => {
		const state = engine.init(engine.params.parse({}), 1);
		const w = {
			style: 'rest' as const,
			encoding: 'json' as const,
			params: state.params,
			spec: {kind: 'notify', receiverIsServer: false, needsSigning: false, resources: []} as const,
		};
		expect(pollCost(w, [], false)).toEqual({header: 700 + 300, data: '{"events":[]}'.length, response: 13, needed: 0});
		const g = {...w, style: 'grpc' as const, encoding: 'protobuf' as const};
		// 5 HTTP/2 frames of 9 bytes and two 5-byte message prefixes; then 5% of 1,000 header bytes.
		expect(pollCost(g, [], true).header).toBe(45 + 10 + 1000);
		expect(pollCost(g, [], false).header).toBe(45 + 10 + 50);
	});
});

describe('api-styles runs', () => {
	it('polling 10,000 clients every 5 s spends more on headers than on data', () => {
		const s = summary({});
		expect(s).toMatchObject({scenario: 'scoreboard', style: 'rest', emitted: 112, delivered: 112, lost: 0, duplicated: 0, inFlight: 0});
		// 121 polls of 1,000 header bytes each, for each of 10,000 clients.
		expect(s.headerBytes).toBe(121 * 1000 * 10_000);
		expect(s.headerBytes).toBeGreaterThan(6 * s.dataBytes);
		expect(s.headerShare).toBe(0.871);
		// Staleness is half the interval on average, never more than one interval.
		expect(s.meanStalenessS).toBeGreaterThan(1.5);
		expect(s.maxStalenessS).toBeLessThanOrEqual(5);
		// The same stream over WebSocket: one handshake, then a frame per event (a match update is
		// 126–65,535 bytes of JSON, so its frame header is 2 + 2 bytes of extended length).
		const ws = summary({style: 'websocket'});
		expect(ws.headerBytes).toBe((1000 + 112 * 4) * 10_000);
		expect(ws.meanStalenessS).toBe(0);
	});

	it('loses every notice sent while the receiver is down when nothing retries (GitHub)', () => {
		const state = run({scenario: 'payments', style: 'webhook'}, 3);
		const s = engine.summary(state);
		// Down from minute 2 for 180 minutes: every event after 120 s is gone, and those before arrive.
		const during = state.events.filter((e) => e.at >= 120).length;
		expect(during).toBeGreaterThan(50);
		expect(s.lost).toBe(during);
		expect(s.delivered + s.duplicated).toBe(s.emitted - during);
		expect(s.receiverDownMinutes).toBe(180);
	});

	it('reaches every notice by retrying for days (Stripe), twice without an idempotency key', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const keyed = summary({scenario: 'payments', style: 'webhook', retries: 12, idempotencyKey: true}, seed);
			expect(keyed).toMatchObject({lost: 0, duplicated: 0, inFlight: 0});
			// Twelve retries from 60 s, doubling: 60 × (2^12 − 1) s = 2.84 days at most.
			expect(keyed.maxStalenessS).toBeLessThanOrEqual(60 * 4095);
			expect(keyed.maxStalenessS).toBeGreaterThan(180 * 60 - 600);
			const twice = summary({scenario: 'payments', style: 'webhook', retries: 12}, seed);
			expect(twice.lost).toBe(0);
			expect(twice.duplicated).toBeGreaterThan(0);
			// Seven retries do not outlast three hours for the first notices of the outage.
			expect(summary({scenario: 'payments', style: 'webhook', retries: 7, idempotencyKey: true}, seed).lost).toBeGreaterThan(0);
		}
	});

	it('needs three round trips for a REST screen and one for GraphQL, which fetches only the fields used', () => {
		const rest = summary({scenario: 'mobile-screen'});
		const graphql = summary({scenario: 'mobile-screen', style: 'graphql'});
		expect(rest.roundTripsPerEvent).toBe(3);
		expect(graphql.roundTripsPerEvent).toBe(1);
		expect(rest.overFetchRatio).toBeGreaterThan(2);
		expect(graphql.overFetchRatio).toBeLessThan(1.5);
		// A phone has no URL a webhook could call.
		expect(summary({scenario: 'mobile-screen', style: 'webhook'})).toMatchObject({delivered: 0, lost: 122});
	});

	it('settles every emitted event as delivered, lost or duplicated, over many seeds and setups', () => {
		const styles = ['soap', 'rest', 'graphql', 'grpc', 'websocket', 'webhook'] as const;
		const scenarios = ['scoreboard', 'payments', 'mobile-screen', 'internal', 'ledger'] as const;
		for (let seed = 1; seed <= 120; seed++) {
			const params = {
				scenario: scenarios[seed % 5],
				style: styles[seed % 6],
				eventsPerMinute: (seed * 7) % 40,
				minutes: 1 + (seed % 4),
				pollIntervalS: 1 + ((seed * 13) % 90),
				retries: seed % 9,
				retryBaseS: 1 + ((seed * 17) % 120),
				idempotencyKey: seed % 2 === 0,
				slowAckShare: (seed % 5) / 10,
			};
			const actions: [number, Action][] = [
				[seed % 7, {type: 'receiver-down', minutes: 1 + (seed % 3)}],
				[(seed * 3) % 11, {type: 'burst', events: seed % 20}],
			];
			const state = run(params, seed, actions);
			const s = engine.summary(state);
			expect(engine.done(state)).toBe(true);
			expect(s.inFlight).toBe(0);
			expect(s.delivered + s.lost + s.duplicated).toBe(s.emitted);
			expect(s.emitted).toBe(state.events.length);
		}
	});

	it('narrates the first step of the default run', () => {
		const start = engine.init(engine.params.parse({}), 1);
		const next = engine.step(start, {type: 'tick'});
		expect(narrateApiStyles(start, next, {type: 'tick'})).toEqual([
			{en: '0:01 poll: nothing new, 1000 B of headers for 13 B of data', ko: '0:01 폴링: 새 소식이 없다. 데이터 13 B에 헤더 1000 B를 쓴다'},
			{en: '0:06 poll: 4 new events, 1000 B headers + 600 B data', ko: '0:06 폴링: 새 이벤트 4개, 헤더 1000 B + 데이터 600 B'},
		]);
	});
});

describe('api-styles challenges', () => {
	const {packs} = loadPackDir('lessons');
	const sim = packs.flatMap((p) => p.simulations).find((s) => s.engine === 'api-styles')!;
	const passes = (params: object, goal: (typeof sim.challenges)[number]['goal']) =>
		Array.from({length: 20}, (_, i) => meets(summary({...sim.params, ...params}, i + 1), goal));

	// Settings that must not meet a challenge on any seed: the degenerate ones, and the near misses.
	const fails: Record<string, object[]> = {
		'no-header-tax': [
			{eventsPerMinute: 0},
			{clients: 1},
			{headerBytes: 0},
			{style: 'rest', pollIntervalS: 1},
			{style: 'rest', pollIntervalS: 3600},
			{style: 'webhook'},
			{style: 'grpc'},
		],
		'partner-down': [{eventsPerMinute: 0}, {retries: 0}, {idempotencyKey: false}, {retries: 7}, {style: 'websocket'}],
		'one-trip-screen': [{eventsPerMinute: 0}, {style: 'rest'}, {style: 'webhook'}, {style: 'grpc'}, {style: 'websocket'}, {style: 'soap'}],
		'lean-internal-calls': [
			{eventsPerMinute: 0},
			{headerBytes: 0},
			{style: 'rest'},
			{style: 'rest', encoding: 'protobuf'},
			{encoding: 'json'},
			{style: 'webhook'},
		],
		'signed-ledger': [{eventsPerMinute: 0}, {style: 'rest'}, {style: 'grpc'}, {style: 'graphql'}, {style: 'websocket'}],
	};

	it('offers the five challenges, the first one predicted', () => {
		expect(sim.challenges.map((c) => c.id)).toEqual(Object.keys(fails));
	});

	it.each(Object.entries(fails))('%s: the pack params fail, the solution passes, the near misses fail (seeds 1–20)', (id, misses) => {
		const c = sim.challenges.find((x) => x.id === id)!;
		expect(passes({}, c.goal).filter(Boolean)).toEqual([]);
		expect(passes(c.solution!, c.goal).every(Boolean)).toBe(true);
		for (const miss of misses) expect(passes({...c.solution, ...miss}, c.goal).filter(Boolean), JSON.stringify(miss)).toEqual([]);
	});
});
