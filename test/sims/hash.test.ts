import {describe, expect, it} from 'vitest';
import {buildRing, ownerOf} from '../../source/sims/consistent-hashing/ring.js';
import {digestPoints, ketamaKeyHash, ketamaServerPoints, md5} from '../../source/sims/hash/md5-ketama.js';
import {murmur3String, murmur3x86_32, utf8} from '../../source/sims/hash/murmur3.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('MurmurHash3 x86_32', () => {
	// Published vectors (smhasher users' test lists; also checked against Appleby's C reference).
	it.each([
		['', 0, 0],
		['', 1, 0x514e28b7],
		['', 0xffffffff, 0x81f16f39],
		['Hello, world!', 1234, 0xfaf6cdb3],
		['Hello, world!', 4321, 0xbf505788],
		['Hello, world!', 0x9747b28c, 0x24884cba],
		['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
		['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
		['aaaa', 0x9747b28c, 0x5a97808a],
		['aaa', 0x9747b28c, 0x283e0130],
		['aa', 0x9747b28c, 0x5d211726],
		['a', 0x9747b28c, 0x7fa09ea6],
		['abcd', 0x9747b28c, 0xf0478627],
		['ππππππππ', 0x9747b28c, 0xd58063c1],
	])('%j with seed %d', (text, seed, expected) => {
		expect(murmur3String(text, seed)).toBe(expected);
	});

	it('hashes raw bytes', () => {
		expect(murmur3x86_32(new Uint8Array([0, 0, 0, 0]), 0)).toBe(0x2362f9de);
		expect(murmur3x86_32(new Uint8Array([0x21, 0x43, 0x65, 0x87]), 0)).toBe(0xf55b516b);
		expect(murmur3x86_32(new Uint8Array([0x21, 0x43, 0x65]), 0)).toBe(0x7e4a8634);
		expect(murmur3x86_32(new Uint8Array([0x21, 0x43]), 0)).toBe(0xa0f7b07a);
		expect(murmur3x86_32(new Uint8Array([0x21]), 0)).toBe(0x72661cf4);
		expect(utf8('π')).toEqual(new Uint8Array([0xcf, 0x80]));
	});

	it("passes SMHasher's verification test (0xB0F57EE3)", () => {
		// Keys {}, {0}, {0,1}, … {0..254} hashed with seed 256 − len; the 256
		// little-endian results hashed with seed 0 (smhasher, KeysetTest.cpp).
		const key = new Uint8Array(256);
		const hashes = new Uint8Array(1024);
		const view = new DataView(hashes.buffer);
		for (let i = 0; i < 256; i++) {
			key[i] = i;
			view.setUint32(i * 4, murmur3x86_32(key.subarray(0, i), 256 - i), true);
		}
		expect(murmur3x86_32(hashes, 0)).toBe(0xb0f57ee3);
	});
});

describe('MD5 (RFC 1321 appendix A.5) through the ketama code', () => {
	it.each([
		['', 'd41d8cd98f00b204e9800998ecf8427e'],
		['a', '0cc175b9c0f1b6a831c399e269772661'],
		['abc', '900150983cd24fb0d6963f7d28e17f72'],
		['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
		['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
		['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
		['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
	])('md5(%j)', (text, digest) => {
		expect(hex(md5(text))).toBe(digest);
	});

	it('reads the digest as four little-endian words', () => {
		// d41d8cd9 8f00b204 e9800998 ecf8427e, each word byte-reversed.
		expect(digestPoints(md5(''))).toEqual([0xd98c1dd4, 0x04b2008f, 0x980980e9, 0x7e42f8ec]);
		// md5("abc") starts 90 01 50 98: ketama_hashi takes 0x98500190.
		expect(ketamaKeyHash('abc')).toBe(0x98500190);
		expect(ketamaKeyHash('')).toBe(0xd98c1dd4);
	});

	it('makes 4 points per digest of "<server>-<i>"', () => {
		expect(ketamaServerPoints('x', 8)).toEqual([...digestPoints(md5('x-0')), ...digestPoints(md5('x-1'))]);
		expect(ketamaServerPoints('x', 160)).toHaveLength(160);
	});
});

describe('ketama ring against the Couchbase SDK RFC 26 dataset', () => {
	const hosts = ['192.168.1.101:11210', '192.168.1.102:11210', '192.168.1.103:11210', '192.168.1.104:11210'];
	const ring = buildRing(hosts.map((h, id) => ({id, points: ketamaServerPoints(h, 160)})));
	const entry = (i: number) => [ring.points[i], hosts[ring.ids[i]!]];

	it('has the published lowest and highest points', () => {
		expect(ring.points).toHaveLength(640);
		expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(entry)).toEqual([
			[19069626, '192.168.1.104:11210'],
			[28439255, '192.168.1.101:11210'],
			[36078660, '192.168.1.104:11210'],
			[46162273, '192.168.1.104:11210'],
			[54096687, '192.168.1.104:11210'],
			[73548791, '192.168.1.102:11210'],
			[78634244, '192.168.1.102:11210'],
			[80168850, '192.168.1.104:11210'],
			[89070946, '192.168.1.101:11210'],
			[106146674, '192.168.1.101:11210'],
		]);
		expect([637, 638, 639].map(entry)).toEqual([
			[4280309254, '192.168.1.102:11210'],
			[4281097143, '192.168.1.102:11210'],
			[4294628205, '192.168.1.102:11210'],
		]);
	});

	it('finds the first point at or after a hash, wrapping to the first', () => {
		expect(hosts[ownerOf(ring, 4294967295)]).toBe('192.168.1.104:11210');
		expect(hosts[ownerOf(ring, 0)]).toBe('192.168.1.104:11210');
		expect(hosts[ownerOf(ring, 19069626)]).toBe('192.168.1.104:11210');
		expect(hosts[ownerOf(ring, 19069627)]).toBe('192.168.1.101:11210');
		expect(hosts[ownerOf(ring, 4294628205)]).toBe('192.168.1.102:11210');
		expect(hosts[ownerOf(ring, 4294628206)]).toBe('192.168.1.104:11210');
	});

	it('reproduces the published collision', () => {
		// Both servers hash to 1723476360 (couchbase-jvm-clients KetamaRingTest).
		expect(ketamaServerPoints('example.com:11210', 160)).toContain(1723476360);
		expect(ketamaServerPoints('example137723.com:11210', 160)).toContain(1723476360);
	});
});
