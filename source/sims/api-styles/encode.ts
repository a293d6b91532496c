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

const xmlField = (name: string, value: FieldValue) => `<${name}>${value}</${name}>`.length;

/** A record of this resource (only the fields used when `usedOnly`), encoded. */
export function recordBytes(encoding: Encoding, res: Resource, record: Record<string, FieldValue>, usedOnly: boolean): number {
	const fields = res.fields.filter((f) => !usedOnly || f.used);
	if (encoding === 'json') return JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, record[f.name]]))).length;
	if (encoding === 'protobuf') return fields.reduce((sum, f) => sum + protobufField(f.no, record[f.name]!), 0);
	return `<${res.name}>`.length * 2 + 1 + fields.reduce((sum, f) => sum + xmlField(f.name, record[f.name]!), 0);
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
