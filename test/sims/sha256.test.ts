import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {base64url, sha256, sha256String, toHex} from '../../source/sims/hash/sha256.js';
import {nextUint32, seedRandom} from '../../source/sims/random.js';

describe('SHA-256 (FIPS 180-2 Appendix B vectors)', () => {
	it('hashes "abc" (one block)', () => {
		expect(toHex(sha256String('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('hashes the empty string', () => {
		expect(toHex(sha256String(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	it('hashes the 448-bit message (two blocks: the length no longer fits the first)', () => {
		const message = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
		expect(message.length * 8).toBe(448);
		expect(toHex(sha256String(message))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
	});

	it('hashes one million "a" (FIPS 180-2 B.3)', () => {
		expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
	});

	it('agrees with an independent implementation at every length around the block and padding edges', () => {
		let random = seedRandom(7);
		for (let length = 0; length <= 130; length++) {
			const data = new Uint8Array(length);
			for (let i = 0; i < length; i++) {
				const [n, next] = nextUint32(random);
				random = next;
				data[i] = n & 0xff;
			}
			expect(toHex(sha256(data)), `length ${length}`).toBe(createHash('sha256').update(data).digest('hex'));
		}
	});
});

describe('base64url (RFC 4648 §5, no padding)', () => {
	it('encodes the RFC 4648 §10 vectors without padding', () => {
		const text = (s: string) => base64url(new TextEncoder().encode(s));
		expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(text)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
	});

	it('uses - and _ instead of + and /', () => {
		expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
	});

	it('reproduces RFC 7636 Appendix B: the octets of the verifier and S256 challenge', () => {
		const verifierOctets = [
			116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83,
			132, 141, 121,
		];
		const verifier = base64url(new Uint8Array(verifierOctets));
		expect(verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
		const digest = sha256String(verifier);
		expect([...digest]).toEqual([
			19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120, 173, 109, 241, 68, 86, 110, 225, 137, 74, 203,
			112, 249, 195,
		]);
		expect(base64url(digest)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
	});
});
