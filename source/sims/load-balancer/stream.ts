import type {IPv4} from '../hash/nginx-ip-hash.js';
import type {Params} from './params.js';
import {Random, seedRandom} from '../random.js';

export interface LbRequest {
	readonly id: number;
	/** Arrival time, integer ms. */
	readonly at: number;
	readonly client: number;
	/** Work in ms on a speed-1 server. */
	readonly cost: number;
}

export interface RequestStream {
	readonly ips: readonly IPv4[];
	readonly requests: readonly LbRequest[];
}

type StreamParams = Pick<
	Params,
	'requests' | 'ratePerSec' | 'clients' | 'subnets' | 'clientSkew' | 'costMs' | 'heavyCostMs' | 'heavyFraction'
>;

/** Cumulative Zipf weights 1/(k+1)^s, normalised to end at 1. */
function zipfCdf(n: number, s: number): number[] {
	const w = Array.from({length: n}, (_, k) => 1 / (k + 1) ** s);
	const total = w.reduce((a, b) => a + b, 0);
	let acc = 0;
	return w.map((x) => {
		acc += x;
		return acc / total;
	});
}

function pickFromCdf(cdf: readonly number[], u: number): number {
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (u < cdf[mid]!) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * The request stream depends only on these params and the seed, never on
 * the algorithm, so two algorithms can be compared on the same traffic.
 */
export function generateStream(p: StreamParams, seed: number): RequestStream {
	// Addresses draw from their own generator, so changing `subnets` leaves the traffic as it was.
	const addr = new Random(seedRandom((seed ^ 0x5bd1e995) >>> 0));
	const prefixes = Array.from({length: p.subnets}, () => [addr.int(1, 223), addr.int(0, 255), addr.int(0, 255)] as const);
	const ips: IPv4[] = Array.from({length: p.clients}, (_, c) => {
		const [a, b, d] = prefixes[c % p.subnets]!;
		return [a, b, d, addr.int(1, 254)];
	});
	const rng = new Random(seedRandom(seed));
	const cdf = zipfCdf(p.clients, p.clientSkew);
	const meanGapMs = 1000 / p.ratePerSec;
	const requests: LbRequest[] = [];
	let clock = 0;
	for (let id = 0; id < p.requests; id++) {
		// Exponential gaps make a Poisson arrival process.
		clock += -Math.log(1 - rng.float()) * meanGapMs;
		const client = pickFromCdf(cdf, rng.float());
		const cost = rng.float() < p.heavyFraction ? p.heavyCostMs : p.costMs;
		requests.push({id, at: Math.floor(clock), client, cost});
	}
	return {ips, requests};
}
