import {describe, expect, it} from 'vitest';
import {murmur2, murmur2String, toPositive} from '../../source/sims/hash/murmur2.js';
import {nextUint32, type RandomState, seedRandom} from '../../source/sims/random.js';

/**
 * A second, independent transcription of Kafka's Utils.murmur2 in BigInt
 * with explicit 2^32 wrap-around, to cross-check the Math.imul version on
 * inputs with no published vector (high bytes, every tail length).
 */
function referenceMurmur2(data: Uint8Array): number {
	const mask = (1n << 32n) - 1n;
	const m = 0x5bd1e995n;
	const mul = (a: bigint, b: bigint) => (a * b) & mask;
	const byte = (i: number) => BigInt(data[i] ?? 0);
	let h = (0x9747b28cn ^ BigInt(data.length)) & mask;
	const length4 = Math.floor(data.length / 4);
	for (let i = 0; i < length4; i++) {
		let k = byte(4 * i) + (byte(4 * i + 1) << 8n) + (byte(4 * i + 2) << 16n) + (byte(4 * i + 3) << 24n);
		k = mul(k, m);
		k ^= k >> 24n;
		k = mul(k, m);
		h = mul(h, m);
		h ^= k;
	}
	const tail = length4 * 4;
	const rest = data.length % 4;
	if (rest === 3) h ^= byte(tail + 2) << 16n;
	if (rest >= 2) h ^= byte(tail + 1) << 8n;
	if (rest >= 1) h = mul(h ^ byte(tail), m);
	h ^= h >> 13n;
	h = mul(h, m);
	h ^= h >> 15n;
	return Number(BigInt.asIntN(32, h));
}

describe('murmur2 (Kafka Utils.murmur2)', () => {
	// org.apache.kafka.common.utils.UtilsTest#testMurmur2
	it.each([
		['21', -973932308],
		['foobar', -790332482],
		['a-little-bit-long-string', -985981536],
		['a-little-bit-longer-string', -1486304829],
		['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
		['abc', 479470107],
	])('Kafka UtilsTest: %s → %i', (text, expected) => {
		expect(murmur2String(text)).toBe(expected);
		expect(murmur2(new TextEncoder().encode(text))).toBe(expected);
	});

	it('Kafka UtilsTest: the bytes {a, b, c}', () => {
		expect(murmur2(new Uint8Array([0x61, 0x62, 0x63]))).toBe(479470107);
	});

	// librdkafka src/rdmurmur2.c unittest_murmur2, java_murmur2_results (covers tails of 1 and 3 bytes and empty input)
	it.each([
		['kafka', 0xd067cf64],
		['giberish123456789', 0x8f552b0c],
		['1234', 0x9fc97b14],
		['234', 0xe7c009ca],
		['34', 0x873930da],
		['4', 0x5a4b5ca1],
		['PreAmbleWillBeRemoved,ThePrePartThatIs', 0x78424f1c],
		['reAmbleWillBeRemoved,ThePrePartThatIs', 0x4a62b377],
		['eAmbleWillBeRemoved,ThePrePartThatIs', 0xe0e4e09e],
		['AmbleWillBeRemoved,ThePrePartThatIs', 0x62b8b43f],
		['', 0x106e08d9],
	])('librdkafka vector: "%s"', (text, expected) => {
		expect(murmur2String(text)).toBe(expected | 0);
	});

	it('returns signed 32-bit ints', () => {
		expect(murmur2String('kafka')).toBe(-798503068);
		expect(murmur2String('4')).toBe(1514888353);
	});

	it('hashes a string by its UTF-8 bytes', () => {
		const text = '카프카-키-ü-😀';
		expect(murmur2String(text)).toBe(murmur2(new Uint8Array(Buffer.from(text, 'utf8'))));
		expect(murmur2String(text)).toBe(referenceMurmur2(new Uint8Array(Buffer.from(text, 'utf8'))));
	});

	it('agrees with the BigInt transcription on 500 random byte strings (all tail lengths, high bytes)', () => {
		let rng: RandomState = seedRandom(2024);
		for (let n = 0; n < 500; n++) {
			const bytes = new Uint8Array(n % 41);
			for (let i = 0; i < bytes.length; i++) {
				const [v, next] = nextUint32(rng);
				rng = next;
				bytes[i] = v & 0xff;
			}
			expect(murmur2(bytes)).toBe(referenceMurmur2(bytes));
		}
	});
});

describe('toPositive (Kafka Utils.toPositive)', () => {
	it('clears the sign bit rather than taking the absolute value', () => {
		expect(toPositive(0)).toBe(0);
		expect(toPositive(1)).toBe(1);
		expect(toPositive(2147483647)).toBe(2147483647);
		expect(toPositive(-1)).toBe(2147483647);
		expect(toPositive(-2147483648)).toBe(0);
		expect(toPositive(-2147483647)).toBe(1);
		// librdkafka's murmurhashneutral2 test: "kafka" → 1348980580, "giberish123456789" → 257239820
		expect(toPositive(murmur2String('kafka'))).toBe(1348980580);
		expect(toPositive(murmur2String('giberish123456789'))).toBe(257239820);
	});
});
