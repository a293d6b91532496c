/**
 * Kafka's two classic consumer-group assignors, ported from
 * org.apache.kafka.clients.consumer.RangeAssignor and RoundRobinAssignor
 * (without static membership or rack awareness, both order members by
 * member id, compared as Java Strings compare: by UTF-16 code units).
 */
export interface TopicPartition {
	readonly topic: string;
	readonly partition: number;
}

/** member id → the topics it subscribes to */
export type Subscriptions = Readonly<Record<string, readonly string[]>>;
/** topic → its partition count */
export type PartitionsPerTopic = Readonly<Record<string, number>>;
export type GroupAssignment = Record<string, TopicPartition[]>;

function emptyAssignment(subscriptions: Subscriptions): GroupAssignment {
	const assignment: GroupAssignment = {};
	for (const member of Object.keys(subscriptions).sort()) assignment[member] = [];
	return assignment;
}

/**
 * Per topic: partitions in numeric order, consumers in member-id order; each
 * gets floor(n / c) partitions and the first (n % c) get one more.
 */
export function rangeAssign(partitionsPerTopic: PartitionsPerTopic, subscriptions: Subscriptions): GroupAssignment {
	const assignment = emptyAssignment(subscriptions);
	const topics = [...new Set(Object.values(subscriptions).flat())].sort();
	for (const topic of topics) {
		const numPartitions = partitionsPerTopic[topic];
		if (numPartitions === undefined) continue;
		const consumers = Object.keys(subscriptions)
			.filter((member) => subscriptions[member]?.includes(topic))
			.sort();
		const perConsumer = Math.floor(numPartitions / consumers.length);
		const withExtra = numPartitions % consumers.length;
		consumers.forEach((member, i) => {
			const start = perConsumer * i + Math.min(i, withExtra);
			const length = perConsumer + (i + 1 > withExtra ? 0 : 1);
			for (let p = start; p < start + length; p++) assignment[member]?.push({topic, partition: p});
		});
	}
	return assignment;
}

/**
 * All partitions of all subscribed topics (topics sorted, partitions in
 * order) dealt one by one to the members in a circle, skipping a member not
 * subscribed to that partition's topic.
 */
export function roundRobinAssign(partitionsPerTopic: PartitionsPerTopic, subscriptions: Subscriptions): GroupAssignment {
	const assignment = emptyAssignment(subscriptions);
	const members = Object.keys(subscriptions).sort();
	const topics = [...new Set(Object.values(subscriptions).flat())].sort();
	let next = 0;
	for (const topic of topics) {
		const numPartitions = partitionsPerTopic[topic];
		if (numPartitions === undefined) continue;
		for (let p = 0; p < numPartitions; p++) {
			// Some member subscribes to `topic` (it came from a subscription), so this ends.
			while (!subscriptions[members[next % members.length]!]?.includes(topic)) next++;
			assignment[members[next % members.length]!]?.push({topic, partition: p});
			next++;
		}
	}
	return assignment;
}

export type AssignorName = 'range' | 'round-robin';

/** One topic, every member subscribed: member id → partition numbers. */
export function assignSingleTopic(assignor: AssignorName, members: readonly string[], partitions: number): Record<string, number[]> {
	const subscriptions: Record<string, readonly string[]> = {};
	for (const member of members) subscriptions[member] = ['topic'];
	const assign = assignor === 'range' ? rangeAssign : roundRobinAssign;
	const result = assign({topic: partitions}, subscriptions);
	const out: Record<string, number[]> = {};
	for (const [member, tps] of Object.entries(result)) out[member] = tps.map((tp) => tp.partition);
	return out;
}
