/**
 * MurmurHash3_x86_32, as in Austin Appleby's reference implementation
 * (smhasher, src/MurmurHash3.cpp): 4-byte little-endian blocks, a 1–3 byte
 * tail, then the fmix32 finaliser. Strings are hashed over their UTF-8 bytes.
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const encoder = new TextEncoder();

function mixK1(k: number): number {
	let k1 = Math.imul(k, C1);
	k1 = (k1 << 15) | (k1 >>> 17);
	return Math.imul(k1, C2);
}

function fmix32(hash: number): number {
	let h = hash;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** The 32-bit hash of `data` with `seed`, as an unsigned integer. */
export function murmur3x86_32(data: Uint8Array, seed = 0): number {
	const len = data.length;
	const blockEnd = len & ~3;
	let h1 = seed | 0;
	for (let i = 0; i < blockEnd; i += 4) {
		h1 ^= mixK1(data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
		h1 = (h1 << 13) | (h1 >>> 19);
		h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
	}
	// The tail, as the reference's fall-through switch over len & 3.
	const tail = len & 3;
	if (tail > 0) {
		let k1 = data[blockEnd]!;
		if (tail >= 2) k1 ^= data[blockEnd + 1]! << 8;
		if (tail === 3) k1 ^= data[blockEnd + 2]! << 16;
		h1 ^= mixK1(k1);
	}
	h1 ^= len;
	return fmix32(h1);
}

/** UTF-8 bytes of a string, for hashing it more than once. */
export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

export function murmur3String(text: string, seed = 0): number {
	return murmur3x86_32(encoder.encode(text), seed);
}
