import {z} from 'zod';

export const MAX_PARTITIONS = 128;
export const MAX_CONSUMERS = 32;

export const kafkaParams = z
	.object({
		partitions: z.number().int().min(1).max(64).default(6),
		consumers: z.number().int().min(0).max(MAX_CONSUMERS).default(3),
		assignor: z.enum(['range', 'round-robin']).default('range'),
		brokers: z.number().int().min(1).max(9).default(3),
		replicationFactor: z.number().int().min(1).max(9).default(2),
		keys: z.number().int().min(1).max(200).default(12),
		hotKeyShare: z.number().min(0).max(1).default(0),
		produceRate: z.number().int().min(0).max(50).default(10),
		consumeRate: z.number().int().min(0).max(50).default(3),
		rebalanceTicks: z.number().int().min(0).max(20).default(2),
		failBrokers: z.number().int().min(0).max(9).default(2),
		failAt: z.number().int().min(1).max(1000).default(30),
		addPartitions: z.number().int().min(0).max(64).default(0),
		addPartitionsAt: z.number().int().min(1).max(1000).default(40),
		ticks: z.number().int().min(1).max(1000).default(60),
	})
	.refine((p) => p.replicationFactor <= p.brokers, {
		message: 'replicationFactor cannot exceed brokers',
		path: ['replicationFactor'],
	})
	.refine((p) => p.failBrokers <= p.brokers, {message: 'failBrokers cannot exceed brokers', path: ['failBrokers']});

export type KafkaParams = z.output<typeof kafkaParams>;

export const kafkaParamHelp: Readonly<Record<string, string>> = {
	partitions: 'Partitions of the topic at the start (1-64)',
	consumers: 'Consumers in the group at the start (0-32)',
	assignor: "How the group splits partitions: 'range' or 'round-robin' (Kafka's RangeAssignor / RoundRobinAssignor)",
	brokers: 'Brokers in the cluster (1-9)',
	replicationFactor: 'Copies of each partition, on different brokers (at most brokers)',
	keys: 'Distinct message keys the producers use: user-0, user-1, ... (1-200)',
	hotKeyShare: 'Share of messages sent with the hot key user-0 (0-1); the rest pick a key uniformly',
	produceRate: 'Messages produced per tick (0-50)',
	consumeRate: 'Messages each consumer processes per tick, across its partitions (0-50)',
	rebalanceTicks: 'Ticks the whole group stops consuming during a rebalance (0-20)',
	failBrokers: 'Brokers 0..n-1 that fail at tick failAt (0 = none)',
	failAt: 'Tick at which those brokers fail',
	addPartitions: 'Partitions added to the topic at tick addPartitionsAt (0 = none)',
	addPartitionsAt: 'Tick at which partitions are added',
	ticks: 'Length of a headless run in ticks (1-1000)',
};
