import type {KafkaState} from './engine.js';
import {keyName} from './partitioner.js';

export interface KafkaSummary {
	tick: number;
	assignor: 'range' | 'round-robin';
	partitions: number;
	consumers: number;
	/** consumer id → the partitions it reads */
	assignment: Record<string, number[]>;
	idleConsumers: string[];
	idleCount: number;
	/** key → partition, for every key a producer has sent */
	partitionOfKey: Record<string, number>;
	/** log end offset − committed offset */
	lag: {perPartition: number[]; total: number; max: number; peakTotal: number};
	logEndOffset: number[];
	committedOffset: number[];
	/** per partition: the leading broker, -1 when offline */
	leaders: number[];
	replicas: number[][];
	isr: number[][];
	failedBrokers: number[];
	offlinePartitions: number[];
	offlineCount: number;
	produced: number;
	consumed: number;
	produceErrors: number;
	/** messages consumed after a later message with the same key */
	orderViolations: number;
	rebalances: number;
}

export function summarize(state: KafkaState): KafkaSummary {
	const sorted = [...state.members].sort();
	const assignment: Record<string, number[]> = {};
	for (const m of sorted) assignment[m] = [...(state.assignment[m] ?? [])];
	const partitionOfKey: Record<string, number> = {};
	state.sent.forEach((n, k) => {
		if (n > 0) partitionOfKey[keyName(k)] = state.keyPartition[k]!;
	});
	const perPartition = state.partitions.map((p) => p.logEndOffset - p.committed);
	const offlinePartitions = state.partitions.flatMap((p, i) => (p.leader === -1 ? [i] : []));
	const idleConsumers = sorted.filter((m) => (assignment[m]?.length ?? 0) === 0);
	return {
		tick: state.tick,
		assignor: state.params.assignor,
		partitions: state.partitions.length,
		consumers: sorted.length,
		assignment,
		idleConsumers,
		idleCount: idleConsumers.length,
		partitionOfKey,
		lag: {
			perPartition,
			total: perPartition.reduce((a, b) => a + b, 0),
			max: Math.max(0, ...perPartition),
			peakTotal: state.peakLag,
		},
		logEndOffset: state.partitions.map((p) => p.logEndOffset),
		committedOffset: state.partitions.map((p) => p.committed),
		leaders: state.partitions.map((p) => p.leader),
		replicas: state.partitions.map((p) => [...p.replicas]),
		isr: state.partitions.map((p) => [...p.isr]),
		failedBrokers: [...state.failedBrokers],
		offlinePartitions,
		offlineCount: offlinePartitions.length,
		produced: state.produced,
		consumed: state.consumed,
		produceErrors: state.produceErrors,
		orderViolations: state.orderViolations,
		rebalances: state.rebalances,
	};
}
