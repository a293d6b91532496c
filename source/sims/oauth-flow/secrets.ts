import {base64url, sha256String} from '../hash/sha256.js';
import {nextUint32, type RandomState} from '../random.js';

/** `bytes` random bytes from the seeded generator, base64url-encoded, and the generator's next state. */
export function randomString(random: RandomState, bytes: number): [string, RandomState] {
	const out = new Uint8Array(bytes);
	let r = random;
	for (let i = 0; i < bytes; i += 4) {
		const [n, next] = nextUint32(r);
		r = next;
		for (let j = 0; j < 4 && i + j < bytes; j++) out[i + j] = (n >>> (8 * j)) & 0xff;
	}
	return [base64url(out), r];
}

/** A code_verifier: 32 random octets, base64url, 43 characters (RFC 7636 §4.1). */
export const newVerifier = (random: RandomState): [string, RandomState] => randomString(random, 32);

/** The code_challenge for a verifier (RFC 7636 §4.2): S256 = BASE64URL(SHA256(ASCII(verifier))), plain = the verifier. */
export function challengeOf(verifier: string, method: 'plain' | 'S256'): string {
	return method === 'S256' ? base64url(sha256String(verifier)) : verifier;
}

/** A value shortened for a diagram or a sentence: "E9Melhoa…". */
export const short = (value: string | null | undefined, length = 8): string =>
	value === null || value === undefined ? '—' : value.length <= length ? value : `${value.slice(0, length)}…`;
