/**
 * What each exchange puts on the wire, split into headers (HTTP headers,
 * HTTP/2 and WebSocket framing, signatures) and data (bodies). `needed` is
 * the bytes of the fields the receiver uses, in the same encoding: the
 * response data over it is the over-fetch ratio.
 *
 * HTTP/1.1 (SOAP, REST, GraphQL, webhook) sends full headers on every
 * request and response. gRPC runs on HTTP/2: every frame has a 9-byte header
 * (RFC 9113 §4.1), every message a 5-byte length prefix (gRPC over HTTP/2),
 * and HPACK (RFC 7541) sends only `hpackShare` of the header bytes once the
 * first call on the connection has indexed them. A WebSocket frame from the
 * server carries a 2-byte header (4 from 126 bytes, 10 from 64 KiB); a
 * client's frame adds a 4-byte mask (RFC 6455 §5.2).
 */
import {type Encoding, jsonList, protobufEmbedded, recordBytes, soapEnvelope} from './encode.js';
import type {ApiStylesParams, Style} from './params.js';
import type {EventRecord, ScenarioSpec} from './scenarios.js';

export type Cost = {header: number; data: number; response: number; needed: number};
export const NO_COST: Cost = {header: 0, data: 0, response: 0, needed: 0};
export const addCost = (a: Cost, b: Cost): Cost => ({
	header: a.header + b.header,
	data: a.data + b.data,
	response: a.response + b.response,
	needed: a.needed + b.needed,
});

/** A WS-Security signature block (XML Signature with a key reference) in a SOAP header: an estimate. */
export const WS_SECURITY_BYTES = 1200;
/** `X-Signature-256: sha256=<64 hex>` and its line end, as GitHub and Stripe sign webhooks (HMAC-SHA256). */
export const HMAC_HEADER_BYTES = 'X-Signature-256: sha256='.length + 64 + 2;
const H2_FRAME = 9;
const GRPC_PREFIX = 5;

export type Wire = {style: Style; encoding: Encoding; params: ApiStylesParams; spec: ScenarioSpec};

/** The encoding a style really sends: SOAP is XML, GraphQL answers JSON; the others as chosen (native: gRPC protobuf, the rest JSON). */
export function encodingOf(style: Style, chosen: ApiStylesParams['encoding']): Encoding {
	if (style === 'soap') return 'xml';
	if (style === 'graphql') return 'json';
	if (chosen === 'native') return style === 'grpc' ? 'protobuf' : 'json';
	return chosen;
}

export const wsFrame = (payload: number, fromClient: boolean) => (payload < 126 ? 2 : payload < 65536 ? 4 : 10) + (fromClient ? 4 : 0);

/** Header bytes of one request and its response, by transport. */
function headers(w: Wire, firstOnConnection: boolean): number {
	const full = w.params.headerBytes + w.params.responseHeaderBytes;
	if (w.style !== 'grpc') return full;
	// HEADERS + DATA each way, and the trailers (grpc-status) in one more HEADERS frame.
	const framing = 5 * H2_FRAME + 2 * GRPC_PREFIX;
	return framing + (firstOnConnection ? full : Math.round(full * w.params.hpackShare));
}

/** The records of one event, each resource encoded in full and as used. */
function sizes(w: Wire, records: EventRecord, usedOnly: boolean): number[] {
	return w.spec.resources.map((res, i) => recordBytes(w.encoding, res, records[i]!, usedOnly));
}
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const graphqlQuery = (w: Wire, wrap: (fields: string) => string) =>
	`{"query":"${wrap(
		w.spec.resources
			.map(
				(r) =>
					`${r.name}{${r.fields
						.filter((f) => f.used)
						.map((f) => f.name)
						.join(' ')}}`,
			)
			.join(' '),
	)}"}`.length;

/** One poll by a pull style: the request (with its cursor) and the events that came since. */
export function pollCost(w: Wire, events: readonly EventRecord[], firstOnConnection: boolean): Cost {
	const needed = sum(events.map((e) => sum(sizes(w, e, true))));
	const full = events.map((e) => sum(sizes(w, e, w.style === 'graphql')));
	let request = 0;
	let response = 0;
	if (w.style === 'soap') {
		request = soapEnvelope('GetEvents', '<after>1000</after>'.length);
		response = soapEnvelope('GetEventsResponse', sum(full)) + (w.spec.needsSigning ? WS_SECURITY_BYTES : 0);
	} else if (w.style === 'graphql') {
		request = graphqlQuery(w, (fields) => `{events(after:1000){${fields}}}`);
		response = '{"data":{"events":[]}}'.length + jsonList(full);
	} else if (w.encoding === 'protobuf') {
		request = w.style === 'grpc' ? protobufEmbedded(2) : 0; // gRPC: the cursor in a message; REST: in the URL
		response = sum(full.map(protobufEmbedded));
	} else {
		request = w.style === 'grpc' ? '{"after":1000}'.length : 0;
		response = '{"events":[]}'.length + jsonList(full);
	}
	return {header: headers(w, firstOnConnection), data: request + response, response, needed};
}

/** One event of a call scenario (a screen, a lookup): a request per resource, or one GraphQL query for all. */
export function callCost(w: Wire, records: EventRecord, firstOnConnection: boolean): Cost {
	const used = sizes(w, records, true);
	const needed = sum(used);
	if (w.style === 'graphql') {
		const request = graphqlQuery(w, (fields) => `{${fields}}`);
		const names = w.spec.resources.map((r) => `"${r.name}":`.length);
		const response = '{"data":{}}'.length + jsonList(used.map((u, i) => u + names[i]!));
		return {header: headers(w, firstOnConnection), data: request + response, response, needed};
	}
	const full = sizes(w, records, false);
	let cost = NO_COST;
	w.spec.resources.forEach((res, i) => {
		const body = full[i]!;
		let request = 0;
		let response = body;
		if (w.style === 'soap') {
			request = soapEnvelope(`Get${res.name}`, '<id>1000</id>'.length);
			response = soapEnvelope(`Get${res.name}Response`, body);
		} else if (w.style === 'grpc') request = w.encoding === 'protobuf' ? 4 : '{"id":1000}'.length;
		else if (w.style === 'websocket') {
			request = w.encoding === 'protobuf' ? 4 : `{"get":"${res.name}","id":1000}`.length;
			const header = wsFrame(request, true) + wsFrame(response, false);
			cost = addCost(cost, {header, data: request + response, response, needed: used[i]!});
			return;
		}
		const header = headers(w, firstOnConnection && i === 0);
		cost = addCost(cost, {header, data: request + response, response, needed: used[i]!});
	});
	return cost;
}

/** One event pushed: a WebSocket frame, or a webhook POST and its empty 2xx answer. */
export function pushCost(w: Wire, records: EventRecord): Cost {
	const full = sum(sizes(w, records, false));
	const needed = sum(sizes(w, records, true));
	if (w.style === 'websocket') return {header: wsFrame(full, false), data: full, response: full, needed};
	const signature = w.spec.needsSigning ? HMAC_HEADER_BYTES : 0;
	return {header: headers(w, false) + signature, data: full, response: full, needed};
}

/** The WebSocket opening handshake: an HTTP Upgrade request and its 101 answer. */
export function handshakeCost(w: Wire): Cost {
	return {header: w.params.headerBytes + w.params.responseHeaderBytes, data: 0, response: 0, needed: 0};
}
