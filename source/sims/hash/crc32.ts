/**
 * CRC-32 as zlib, PNG and Ethernet compute it (IEEE 802.3: polynomial
 * 0x04C11DB7 reflected to 0xEDB88320, initial value and final xor 0xFFFFFFFF).
 * Check value: crc32("123456789") = 0xCBF43926. It catches every error of up
 * to 32 bits in a row, which covers a mistyped or lost character in a code.
 */
const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** The CRC-32 of some bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
