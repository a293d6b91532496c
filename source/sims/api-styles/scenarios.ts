/**
 * The five products the same API serves. Each is a kind of traffic (notify:
 * the source has news the receiver must learn; call: the client asks and
 * waits), who receives (a browser or phone has no public URL a webhook could
 * call), the resources one event carries (a screen needs three) with the
 * fields the receiver really uses (the rest is over-fetch), and the
 * receiver's outage. Field values are drawn from the seeded generator, so
 * every size below is a real encoding of a real record.
 */
import type {Random} from '../random.js';
import type {Scenario} from './params.js';

export type FieldValue = number | string;
export type Field = {
	readonly name: string;
	/** Its number in the .proto message (the protobuf key). */
	readonly no: number;
	readonly used: boolean;
	readonly draw: (r: Random, id: number) => FieldValue;
};
export type Resource = {readonly name: string; readonly fields: readonly Field[]};

export type ScenarioSpec = {
	readonly kind: 'notify' | 'call';
	/** The receiver has a public URL (a server), so a webhook can reach it. */
	readonly receiverIsServer: boolean;
	readonly needsSigning: boolean;
	readonly resources: readonly Resource[];
	/** The receiver is unreachable from this minute, for this many minutes (assumed). */
	readonly outage?: {readonly atMin: number; readonly forMin: number};
};

const pick = (xs: readonly string[]) => (r: Random) => xs[r.int(0, xs.length - 1)]!;
const int = (lo: number, hi: number) => (r: Random) => r.int(lo, hi);
const f = (name: string, no: number, used: boolean, draw: Field['draw']): Field => ({name, no, used, draw});
const TEAMS = ['Seoul', 'Busan', 'Daegu', 'Incheon', 'Gwangju', 'Daejeon', 'Ulsan', 'Suwon'];
const PLAYERS = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'];

export const SCENARIO_SPECS: Readonly<Record<Scenario, ScenarioSpec>> = {
	scoreboard: {
		kind: 'notify',
		receiverIsServer: false,
		needsSigning: false,
		resources: [
			{
				name: 'match',
				fields: [
					f('matchId', 1, true, int(1, 380)),
					f('home', 2, true, pick(TEAMS)),
					f('away', 3, true, pick(TEAMS)),
					f('homeGoals', 4, true, int(0, 5)),
					f('awayGoals', 5, true, int(0, 5)),
					f('minute', 6, true, int(1, 90)),
					f('scorer', 7, true, pick(PLAYERS)),
					f('venue', 8, false, (r) => `${pick(TEAMS)(r)} Stadium`),
					f('attendance', 9, false, int(5000, 60000)),
				],
			},
		],
	},
	payments: {
		kind: 'notify',
		receiverIsServer: true,
		needsSigning: false,
		outage: {atMin: 2, forMin: 180},
		resources: [
			{
				name: 'payment',
				fields: [
					f('id', 1, true, (_, id) => `pay_${(100000 + id).toString(36)}`),
					f('amount', 2, true, int(1000, 500000)),
					f('currency', 3, true, () => 'KRW'),
					f('status', 4, true, pick(['succeeded', 'failed', 'refunded'])),
					f('customer', 5, false, (r) => `cus_${r.int(10000, 99999)}`),
					f('description', 6, false, pick(['order', 'subscription', 'top-up'])),
				],
			},
		],
	},
	'mobile-screen': {
		kind: 'call',
		receiverIsServer: false,
		needsSigning: false,
		resources: [
			{
				name: 'user',
				fields: [
					f('id', 1, true, int(1, 1_000_000)),
					f('name', 2, true, pick(PLAYERS)),
					f('avatarUrl', 3, true, (r) => `https://img.example/a/${r.int(1000, 9999)}.png`),
					f('email', 4, false, (r) => `user${r.int(100, 999)}@example.com`),
					f('address', 5, false, (r) => `${r.int(1, 999)} Teheran-ro, Seoul`),
					f('createdAt', 6, false, int(1_500_000_000, 1_700_000_000)),
				],
			},
			{
				name: 'orders',
				fields: [
					f('count', 1, true, int(0, 40)),
					f('lastOrderId', 2, true, int(1, 9_999_999)),
					f('lastStatus', 3, false, pick(['shipped', 'delivered', 'packing'])),
					f('lastTotal', 4, false, int(1000, 300000)),
					f('lastItems', 5, false, (r) => `sku-${r.int(100, 999)},sku-${r.int(100, 999)}`),
				],
			},
			{
				name: 'recommendations',
				fields: [
					f('topSku', 1, true, (r) => `sku-${r.int(100, 999)}`),
					f('title', 2, true, pick(['Rain jacket', 'Desk lamp', 'Green tea'])),
					f('reason', 3, false, pick(['bought together', 'viewed recently', 'popular'])),
					f('score', 4, false, int(1, 1000)),
					f('imageUrl', 5, false, (r) => `https://img.example/p/${r.int(1000, 9999)}.jpg`),
				],
			},
		],
	},
	internal: {
		kind: 'call',
		receiverIsServer: true,
		needsSigning: false,
		resources: [
			{
				name: 'price',
				fields: [
					f('sku', 1, true, int(1, 99_999)),
					f('priceWon', 2, true, int(100, 900_000)),
					f('stock', 3, true, int(0, 500)),
					f('warehouse', 4, true, int(1, 40)),
					f('updatedAt', 5, true, int(1_700_000_000, 1_800_000_000)),
				],
			},
		],
	},
	ledger: {
		kind: 'notify',
		receiverIsServer: true,
		needsSigning: true,
		resources: [
			{
				name: 'entry',
				fields: [
					f('entryId', 1, true, (_, id) => 1_000_000 + id),
					f('account', 2, true, (r) => `110-${r.int(100, 999)}-${r.int(100000, 999999)}`),
					f('amount', 3, true, int(1000, 50_000_000)),
					f('direction', 4, true, pick(['debit', 'credit'])),
					f('postedAt', 5, true, int(1_700_000_000, 1_800_000_000)),
				],
			},
		],
	},
};

/** One event's records, one per resource of the scenario: field name → value, in field order. */
export type EventRecord = Record<string, FieldValue>[];

export function drawRecords(spec: ScenarioSpec, r: Random, id: number): EventRecord {
	// A plain loop (not Object.fromEntries): an hour of events draws some 170,000 fields.
	return spec.resources.map((res) => {
		const record: Record<string, FieldValue> = {};
		for (const field of res.fields) record[field.name] = field.draw(r, id);
		return record;
	});
}
