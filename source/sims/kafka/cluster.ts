/**
 * The broker side of the Kafka simulation: where each partition's replicas
 * live, who leads, and what a broker failure or recovery does to that.
 * Writes are modelled as acks=all with unclean leader election disabled, so
 * every in-sync replica holds every acknowledged message and a failover
 * loses nothing; a partition whose last in-sync replica is down stays offline
 * until that very broker returns.
 */

/** A record in a partition's log: the key's index and the producer's per-key sequence number. */
export type Message = readonly [key: number, seq: number];

export interface PartitionState {
	/** Brokers holding a copy, in assignment order (the first is the preferred leader). */
	readonly replicas: readonly number[];
	/** In-sync replicas, in replica order; when offline, the last ISR (all down). */
	readonly isr: readonly number[];
	/** Leading broker, or -1 when the partition is offline. */
	readonly leader: number;
	readonly logEndOffset: number;
	/** The group's committed offset: the next offset to consume. */
	readonly committed: number;
	/** The messages at offsets committed .. logEndOffset - 1. */
	readonly pending: readonly Message[];
}

/**
 * Kafka's rack-unaware replica placement (AdminUtils / ReplicaAssignment
 * assignReplicasToBrokersRackUnaware) with a fixed start index of 0: the
 * first replica goes round-robin over the brokers, and the followers are
 * shifted by one more every time the partitions wrap around the brokers.
 */
export function placeReplicas(partition: number, brokers: number, replicationFactor: number): number[] {
	const first = partition % brokers;
	const shift = Math.floor(partition / brokers);
	const replicas = [first];
	for (let j = 0; j < replicationFactor - 1; j++) {
		replicas.push((first + 1 + ((shift + j) % (brokers - 1))) % brokers);
	}
	return replicas;
}

export function createPartition(id: number, brokers: number, replicationFactor: number, failed: readonly number[]): PartitionState {
	const replicas = placeReplicas(id, brokers, replicationFactor);
	const alive = replicas.filter((b) => !failed.includes(b));
	// An empty new partition may be led by any replica, so all count as in sync.
	const isr = alive.length > 0 ? alive : replicas;
	return {replicas, isr, leader: alive[0] ?? -1, logEndOffset: 0, committed: 0, pending: []};
}

/** The first replica, in assignment order, that is in the ISR. */
function firstInSync(replicas: readonly number[], isr: readonly number[]): number {
	return replicas.find((b) => isr.includes(b)) ?? -1;
}

export function failBroker(partitions: readonly PartitionState[], broker: number): PartitionState[] {
	return partitions.map((p) => {
		if (!p.isr.includes(broker)) return p;
		if (p.isr.length === 1) return {...p, leader: -1};
		const isr = p.isr.filter((b) => b !== broker);
		return {...p, isr, leader: p.leader === broker ? firstInSync(p.replicas, isr) : p.leader};
	});
}

/**
 * A returning broker catches up at once (the model has no replica fetch
 * lag). An offline partition comes back only if this broker was in its last
 * ISR; the leader does not move back to the preferred replica.
 */
export function recoverBroker(partitions: readonly PartitionState[], broker: number, failedAfter: readonly number[]): PartitionState[] {
	return partitions.map((p) => {
		if (!p.replicas.includes(broker)) return p;
		if (p.leader === -1 && !p.isr.includes(broker)) return p;
		const isr = p.replicas.filter((b) => !failedAfter.includes(b));
		return {...p, isr, leader: p.leader === -1 ? broker : p.leader};
	});
}
