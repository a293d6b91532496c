/**
 * MurmurHash2 (32-bit) exactly as Apache Kafka computes it for the default
 * partitioner: org.apache.kafka.common.utils.Utils.murmur2 (seed 0x9747b28c,
 * m 0x5bd1e995, r 24), a port of Austin Appleby's MurmurHash2. It returns a
 * signed 32-bit int, as Java's `int` does.
 */
const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

export function murmur2(data: Uint8Array): number {
	const length = data.length;
	let h = (SEED ^ length) | 0;
	const length4 = length >>> 2;

	for (let i = 0; i < length4; i++) {
		const i4 = i * 4;
		// Little-endian 4-byte word; the bytes do not overlap, so | equals Java's +.
		let k = data[i4]! | (data[i4 + 1]! << 8) | (data[i4 + 2]! << 16) | (data[i4 + 3]! << 24);
		k = Math.imul(k, M);
		k ^= k >>> R;
		k = Math.imul(k, M);
		h = Math.imul(h, M);
		h ^= k;
	}

	// The tail: Java's switch falls through from case 3 to case 1.
	const rest = length % 4;
	const tail = length & ~3;
	if (rest >= 3) h ^= data[tail + 2]! << 16;
	if (rest >= 2) h ^= data[tail + 1]! << 8;
	if (rest >= 1) {
		h ^= data[tail]!;
		h = Math.imul(h, M);
	}

	h ^= h >>> 13;
	h = Math.imul(h, M);
	h ^= h >>> 15;
	return h | 0;
}

/** Kafka's Utils.toPositive: clears the sign bit (not Math.abs). */
export function toPositive(n: number): number {
	return n & 0x7fffffff;
}

const encoder = new TextEncoder();

/** murmur2 over the UTF-8 bytes of a string, as Kafka's StringSerializer sends a key. */
export function murmur2String(text: string): number {
	return murmur2(encoder.encode(text));
}
