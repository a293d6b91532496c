/**
 * Real sizes of a record in the three encodings the styles use: JSON text
 * (JSON.stringify; every value here is ASCII, so characters are bytes),
 * protobuf's wire format (a varint key of field number and wire type, then a
 * varint or a length-prefixed string; proto3 leaves a zero number out) and
 * SOAP's XML (an element per field).
 */
import type {FieldValue, Resource} from './scenarios.js';

export type Encoding = 'json' | 'protobuf' | 'xml';

/** Bytes of a base-128 varint: 7 bits per byte. */
export function varintBytes(n: number): number {
	let bytes = 1;
	for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) bytes++;
	return bytes;
}

function protobufField(no: number, value: FieldValue): number {
	if (typeof value === 'number') return value === 0 ? 0 : varintBytes(no * 8) + varintBytes(value); // wire type 0
	return varintBytes(no * 8 + 2) + varintBytes(value.length) + value.length; // wire type 2 (LEN)
}

/** Characters of String(n) for a finite n, counted without writing it when n is a whole number below 1e21. */
function numberBytes(n: number): number {
	if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return String(n).length;
	let digits = n < 0 ? 2 : 1;
	for (let a = Math.abs(n); a >= 10; a = Math.floor(a / 10)) digits++;
	return digits;
}

/** Characters JSON.stringify escapes in a string. */
function needsEscape(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) return true;
	}
	return false;
}

/** Bytes of a value as JSON.stringify writes it; a plain ASCII string is its quotes and its characters. */
function jsonValueBytes(value: FieldValue): number {
	if (typeof value === 'number') return Number.isFinite(value) ? numberBytes(value) : 4; // "null"
	if (!needsEscape(value)) return value.length + 2;
	return JSON.stringify(value).length;
}

/** `<name>value</name>`, counted without writing it. */
const xmlField = (name: string, value: FieldValue) =>
	2 * name.length + 5 + (typeof value === 'number' && Number.isFinite(value) ? numberBytes(value) : String(value).length);

/** A record of this resource (only the fields used when `usedOnly`), encoded. */
export function recordBytes(encoding: Encoding, res: Resource, record: Record<string, FieldValue>, usedOnly: boolean): number {
	// Summed field by field without building the text: a long run measures thousands of records a step.
	let bytes = 0;
	let members = 0;
	for (const f of res.fields) {
		if (usedOnly && !f.used) continue;
		const value = record[f.name];
		if (encoding === 'json') {
			// `"name":value`, as JSON.stringify writes an object (a missing value is left out).
			if (value === undefined) continue;
			bytes += f.name.length + 3 + jsonValueBytes(value);
			members++;
		} else if (encoding === 'protobuf') bytes += protobufField(f.no, value!);
		else bytes += xmlField(f.name, value!);
	}
	if (encoding === 'json') return 2 + bytes + Math.max(0, members - 1); // the braces and the commas
	if (encoding === 'protobuf') return bytes;
	return `<${res.name}>`.length * 2 + 1 + bytes;
}

/** An embedded message in a repeated field (field 1): key, length, message. */
export const protobufEmbedded = (bytes: number) => 1 + varintBytes(bytes) + bytes;

/** JSON items joined in an array: the commas between them. */
export const jsonList = (sizes: readonly number[]) => sizes.reduce((a, b) => a + b, 0) + Math.max(0, sizes.length - 1);

const SOAP_OPEN = '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body>';
const SOAP_CLOSE = '</soap:Body></soap:Envelope>';

/** A SOAP 1.2 envelope around an operation element holding `inner` bytes. */
export function soapEnvelope(operation: string, inner: number): number {
	return SOAP_OPEN.length + `<m:${operation} xmlns:m="urn:api">`.length + inner + `</m:${operation}>`.length + SOAP_CLOSE.length;
}
