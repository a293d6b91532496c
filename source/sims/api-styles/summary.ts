/** The summary of an API-styles run: bytes on the wire, staleness, round trips, over-fetch, and every event's fate. */
import type {ApiStylesState} from './step.js';
import {SCENARIO_SPECS} from './scenarios.js';

export interface ApiStylesSummary {
	scenario: string;
	style: string;
	encoding: string;
	clients: number;
	requestHeaderBytes: number;
	emitted: number;
	/** Acted on exactly once. */
	delivered: number;
	/** Never acted on. */
	lost: number;
	/** Acted on twice or more. */
	duplicated: number;
	/** Not settled yet (0 when the run is done). */
	inFlight: number;
	/** Delivered events a ledger must have signed but the style did not sign. */
	unsigned: number;
	totalBytes: number;
	headerBytes: number;
	dataBytes: number;
	/** Header bytes over all bytes (0 when nothing was sent). */
	headerShare: number;
	bytesPerEvent: number;
	requests: number;
	/** Requests per event: a screen's round trips in the mobile scenario, polls per event in a pull notify one. */
	roundTripsPerEvent: number;
	/** Response data over the bytes of the fields the receiver uses. */
	overFetchRatio: number;
	meanStalenessS: number;
	maxStalenessS: number;
	receiverDownMinutes: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Whether this style signs each message itself: SOAP with WS-Security, a webhook with an HMAC header. */
export const signs = (style: string) => style === 'soap' || style === 'webhook';

export function summarize(s: ApiStylesState): ApiStylesSummary {
	const {params} = s;
	const emitted = s.emittedCount;
	let delivered = 0;
	let lost = 0;
	let duplicated = 0;
	let inFlight = 0;
	let staleSum = 0;
	let staleMax = 0;
	for (let id = 0; id < emitted; id++) {
		const n = s.processed[id]!;
		if (!s.settled[id]) inFlight++;
		else if (n === 0) lost++;
		else if (n === 1) delivered++;
		else duplicated++;
		if (n > 0) {
			const stale = s.firstAt[id]! - s.events[id]!.at;
			staleSum += stale;
			staleMax = Math.max(staleMax, stale);
		}
	}
	const reached = emitted - lost - inFlight;
	const perClient = s.bytes.header + s.bytes.data;
	const needsSigning = SCENARIO_SPECS[params.scenario].needsSigning;
	return {
		scenario: params.scenario,
		style: params.style,
		encoding: s.encoding,
		clients: params.clients,
		requestHeaderBytes: params.headerBytes,
		emitted,
		delivered,
		lost,
		duplicated,
		inFlight,
		unsigned: needsSigning && !signs(params.style) ? delivered + duplicated : 0,
		totalBytes: perClient * params.clients,
		headerBytes: s.bytes.header * params.clients,
		dataBytes: s.bytes.data * params.clients,
		headerShare: perClient > 0 ? round(s.bytes.header / perClient) : 0,
		bytesPerEvent: emitted > 0 ? round(perClient / emitted, 1) : 0,
		requests: s.requests * params.clients,
		roundTripsPerEvent: emitted > 0 ? round(s.requests / emitted, 2) : 0,
		overFetchRatio: s.bytes.needed > 0 ? round(s.bytes.response / s.bytes.needed, 2) : 0,
		meanStalenessS: reached > 0 ? round(staleSum / reached, 1) : 0,
		maxStalenessS: round(staleMax, 1),
		receiverDownMinutes: round(s.outages.reduce((a, o) => a + (o.to - o.from), 0) / 60, 1),
	};
}
