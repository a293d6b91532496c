/**
 * Ketama point hashing over MD5 (RFC 1321, from node:crypto), as libketama
 * (Last.fm, ketama.c) does it: a server gets 4 points per digest of
 * "<server>-<i>", each point one little-endian 32-bit word of the 16 bytes;
 * a key's position is the first word of md5(key) (ketama_hashi).
 */
import * as crypto from 'node:crypto';

// crypto.hash (one-shot, faster) exists from Node 20.12; fall back before that.
const oneShot = (crypto as {hash?: typeof crypto.hash}).hash;

export function md5(text: string): Uint8Array {
	return oneShot ? oneShot('md5', text, 'buffer') : crypto.createHash('md5').update(text).digest();
}

/** Little-endian 32-bit word `word` (0–3) of a 16-byte digest, unsigned. */
export function digestWord(digest: Uint8Array, word: number): number {
	const i = word * 4;
	return (digest[i]! | (digest[i + 1]! << 8) | (digest[i + 2]! << 16) | (digest[i + 3]! << 24)) >>> 0;
}

/** The four ring points one digest yields, in libketama's order. */
export function digestPoints(digest: Uint8Array): [number, number, number, number] {
	return [digestWord(digest, 0), digestWord(digest, 1), digestWord(digest, 2), digestWord(digest, 3)];
}

/** The ring points of a server: floor(vnodes / 4) digests of "<server>-<i>". */
export function ketamaServerPoints(server: string, vnodes: number): number[] {
	const points: number[] = [];
	for (let i = 0; i < Math.floor(vnodes / 4); i++) points.push(...digestPoints(md5(`${server}-${i}`)));
	return points;
}

/** A key's position on the ring (libketama's ketama_hashi). */
export function ketamaKeyHash(key: string): number {
	return digestWord(md5(key), 0);
}
