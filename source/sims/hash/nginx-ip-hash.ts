/**
 * nginx's ip_hash (src/http/modules/ngx_http_upstream_ip_hash_module.c):
 * for IPv4 only the first three octets are hashed, starting from 89, with
 * hash = (hash * 113 + octet) % 6271 for each octet. A rehash after an
 * unusable server runs the same three steps again from the previous hash.
 */
export const NGINX_IP_HASH_START = 89;

export type IPv4 = readonly [number, number, number, number];

/** One round over the first three octets, continuing from `hash`. */
export function nginxIpHashRound(hash: number, ip: IPv4): number {
	let h = hash;
	for (let i = 0; i < 3; i++) h = (h * 113 + ip[i]!) % 6271;
	return h;
}

/** The hash nginx computes on its first try for this address. */
export function nginxIpHash(ip: IPv4): number {
	return nginxIpHashRound(NGINX_IP_HASH_START, ip);
}

/**
 * Maps a hash to a server the way nginx does: w = hash % total weight, then
 * walk the servers subtracting each weight until w falls inside one.
 * Down servers still count in the total, so marking one down keeps the others' mapping.
 */
export function nginxWeightedSlot(hash: number, weights: readonly number[]): number {
	const total = weights.reduce((a, b) => a + b, 0);
	let w = hash % total;
	let p = 0;
	while (w >= weights[p]!) {
		w -= weights[p]!;
		p++;
	}
	return p;
}
