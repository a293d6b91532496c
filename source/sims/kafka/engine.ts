/**
 * Kafka (chapter 60): keyed messages land on partitions by Kafka's default
 * partitioner, a consumer group splits the partitions with the range or
 * round-robin assignor, lag builds when consumers fall behind, and broker
 * failures move partition leadership to another in-sync replica or take the
 * partition offline.
 */
import {assignSingleTopic} from './assignors.js';
import {createPartition, failBroker, type PartitionState, recoverBroker} from './cluster.js';
import {type KafkaParams, kafkaParamHelp, kafkaParams, MAX_CONSUMERS, MAX_PARTITIONS} from './params.js';
import {keyName, partitionForKey} from './partitioner.js';
import {type KafkaSummary, summarize} from './summary.js';
import {consume, produce} from './traffic.js';
import {type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';

export type {KafkaParams} from './params.js';
export type {KafkaSummary} from './summary.js';

export interface KafkaState {
	readonly params: KafkaParams;
	readonly tick: number;
	readonly rng: RandomState;
	/** Group members in the order they joined. */
	readonly members: readonly string[];
	readonly nextMember: number;
	readonly assignment: Readonly<Record<string, readonly number[]>>;
	/** No consumption up to and including this tick (a rebalance is under way). */
	readonly pausedThrough: number;
	readonly rebalances: number;
	readonly partitions: readonly PartitionState[];
	/** key index → partition, for the current partition count */
	readonly keyPartition: readonly number[];
	readonly failedBrokers: readonly number[];
	/** per key: sends attempted, next sequence number, highest sequence consumed */
	readonly sent: readonly number[];
	readonly nextSeq: readonly number[];
	readonly maxConsumedSeq: readonly number[];
	readonly produced: number;
	readonly consumed: number;
	readonly produceErrors: number;
	readonly orderViolations: number;
	readonly peakLag: number;
}

export type KafkaAction =
	| {type: 'add-consumer'}
	| {type: 'remove-consumer'; id?: string}
	| {type: 'fail-broker'; broker: number}
	| {type: 'recover-broker'; broker: number}
	| {type: 'add-partitions'; count: number};

function memberId(n: number): string {
	return `c${String(n).padStart(2, '0')}`;
}

function keyPartitions(keys: number, partitions: number): number[] {
	return Array.from({length: keys}, (_, k) => partitionForKey(keyName(k), partitions));
}

/** A membership or partition-count change: the whole group reassigns and pauses (eager rebalance). */
function rebalance(state: KafkaState, members: readonly string[], partitions: readonly PartitionState[]): KafkaState {
	return {
		...state,
		members,
		partitions,
		assignment: assignSingleTopic(state.params.assignor, members, partitions.length),
		keyPartition: keyPartitions(state.params.keys, partitions.length),
		pausedThrough: state.tick + state.params.rebalanceTicks,
		rebalances: state.rebalances + 1,
	};
}

function addPartitions(state: KafkaState, count: number): KafkaState {
	const {brokers, replicationFactor} = state.params;
	const total = Math.min(MAX_PARTITIONS, state.partitions.length + Math.max(0, Math.floor(count)));
	if (total === state.partitions.length) return state;
	const added = Array.from({length: total - state.partitions.length}, (_, i) =>
		createPartition(state.partitions.length + i, brokers, replicationFactor, state.failedBrokers),
	);
	return rebalance(state, state.members, [...state.partitions, ...added]);
}

function failBrokerIn(state: KafkaState, broker: number): KafkaState {
	if (!Number.isInteger(broker) || broker < 0 || broker >= state.params.brokers) return state;
	if (state.failedBrokers.includes(broker)) return state;
	const failedBrokers = [...state.failedBrokers, broker].sort((a, b) => a - b);
	return {...state, failedBrokers, partitions: failBroker(state.partitions, broker)};
}

function recoverBrokerIn(state: KafkaState, broker: number): KafkaState {
	if (!state.failedBrokers.includes(broker)) return state;
	const failedBrokers = state.failedBrokers.filter((b) => b !== broker);
	return {...state, failedBrokers, partitions: recoverBroker(state.partitions, broker, failedBrokers)};
}

function tick(state: KafkaState): KafkaState {
	const {params} = state;
	const now = state.tick + 1;
	let s = state;
	if (now === params.failAt) {
		for (let b = 0; b < params.failBrokers; b++) s = failBrokerIn(s, b);
	}
	if (now === params.addPartitionsAt && params.addPartitions > 0) s = addPartitions(s, params.addPartitions);

	const out = produce(s.partitions, s.keyPartition, s, params.produceRate, params.hotKeyShare);
	let partitions = out.partitions;
	let {consumed, orderViolations, maxConsumedSeq} = s;
	if (now > s.pausedThrough) {
		const read = consume(partitions, s.assignment, s.members, params.consumeRate, maxConsumedSeq, now);
		partitions = read.partitions;
		consumed += read.consumed;
		orderViolations += read.violations;
		maxConsumedSeq = read.maxConsumedSeq;
	}
	const lag = partitions.reduce((sum, p) => sum + p.logEndOffset - p.committed, 0);
	return {
		...s,
		tick: now,
		rng: out.rng,
		partitions,
		nextSeq: out.nextSeq,
		sent: out.sent,
		maxConsumedSeq,
		produced: s.produced + out.produced,
		produceErrors: s.produceErrors + out.errors,
		consumed,
		orderViolations,
		peakLag: Math.max(s.peakLag, lag),
	};
}

export const kafka: SimEngine<KafkaParams, KafkaState, KafkaAction, KafkaSummary> = {
	id: 'kafka',
	chapter: 60,
	params: kafkaParams,
	paramHelp: kafkaParamHelp,

	init(params, seed) {
		const members = Array.from({length: params.consumers}, (_, i) => memberId(i + 1));
		const partitions = Array.from({length: params.partitions}, (_, i) => createPartition(i, params.brokers, params.replicationFactor, []));
		return {
			params,
			tick: 0,
			rng: seedRandom(seed),
			members,
			nextMember: params.consumers + 1,
			assignment: assignSingleTopic(params.assignor, members, params.partitions),
			pausedThrough: 0,
			rebalances: 0,
			partitions,
			keyPartition: keyPartitions(params.keys, params.partitions),
			failedBrokers: [],
			sent: Array.from({length: params.keys}, () => 0),
			nextSeq: Array.from({length: params.keys}, () => 0),
			maxConsumedSeq: Array.from({length: params.keys}, () => -1),
			produced: 0,
			consumed: 0,
			produceErrors: 0,
			orderViolations: 0,
			peakLag: 0,
		};
	},

	step(state, action) {
		switch (action.type) {
			case 'tick':
				return tick(state);
			case 'add-consumer': {
				if (state.members.length >= MAX_CONSUMERS) return state;
				const next = rebalance(state, [...state.members, memberId(state.nextMember)], state.partitions);
				return {...next, nextMember: state.nextMember + 1};
			}
			case 'remove-consumer': {
				const id = action.id ?? state.members[state.members.length - 1];
				if (id === undefined || !state.members.includes(id)) return state;
				return rebalance(
					state,
					state.members.filter((m) => m !== id),
					state.partitions,
				);
			}
			case 'fail-broker':
				return failBrokerIn(state, action.broker);
			case 'recover-broker':
				return recoverBrokerIn(state, action.broker);
			case 'add-partitions':
				return addPartitions(state, action.count);
			default:
				return state;
		}
	},

	done(state) {
		return state.tick >= state.params.ticks;
	},

	summary: summarize,
};
