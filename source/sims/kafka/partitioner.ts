import {murmur2String, toPositive} from '../hash/murmur2.js';

/** The names the simulated producers give their keys. */
export function keyName(index: number): string {
	return `user-${index}`;
}

/**
 * Kafka's default partitioner for a record with a key (BuiltInPartitioner
 * .partitionForKey, formerly DefaultPartitioner): murmur2 of the serialized
 * key, sign bit cleared, modulo the partition count.
 */
export function partitionForKey(key: string, partitions: number): number {
	return toPositive(murmur2String(key)) % partitions;
}
