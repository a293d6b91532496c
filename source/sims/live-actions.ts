import type {Localized} from '../content/schema.js';
import type {KafkaState} from './kafka.js';
import type {LoadBalancerState} from './load-balancer.js';
import type {RaftState} from './raft.js';

/**
 * Things a learner can do to a running simulation from its screen (keys 1–9),
 * beside changing its parameters: crash the Raft leader, add a consumer,
 * take a server down. `make` returns the engine action for the current state,
 * or undefined when it does not apply.
 */
export type LiveAction = {label: Localized; make: (state: never) => {type: string} | undefined};

const raftLeader = (s: RaftState) => {
	const leaders = s.nodes.filter((n) => n.up && n.role === 'leader');
	return leaders.sort((a, b) => b.currentTerm - a.currentTerm)[0];
};

const RAFT: LiveAction[] = [
	{
		label: {ko: '리더 다운', en: 'crash leader'},
		make: (s: RaftState) => {
			const leader = raftLeader(s);
			return leader ? {type: 'crash', node: leader.id} : undefined;
		},
	},
	{
		label: {ko: '재시작', en: 'restart'},
		make: (s: RaftState) => {
			const down = s.nodes.find((n) => !n.up);
			return down ? {type: 'restart', node: down.id} : undefined;
		},
	},
	{
		label: {ko: '리더 고립', en: 'isolate leader'},
		make: (s: RaftState) => {
			const leader = raftLeader(s);
			return leader ? {type: 'partition', groups: [[leader.id]]} : undefined;
		},
	},
	{label: {ko: '네트워크 복구', en: 'heal'}, make: () => ({type: 'heal'})},
];

const KAFKA: LiveAction[] = [
	{label: {ko: '컨슈머 추가', en: 'add a consumer'}, make: () => ({type: 'add-consumer'})},
	{label: {ko: '컨슈머 제거', en: 'remove a consumer'}, make: () => ({type: 'remove-consumer'})},
	{
		label: {ko: '브로커 장애', en: 'fail a broker'},
		make: (s: KafkaState) => {
			const up = Array.from({length: s.params.brokers}, (_, b) => b).find((b) => !s.failedBrokers.includes(b));
			return up === undefined ? undefined : {type: 'fail-broker', broker: up};
		},
	},
	{
		label: {ko: '브로커 복구', en: 'recover a broker'},
		make: (s: KafkaState) => {
			const broker = s.failedBrokers[0];
			return broker === undefined ? undefined : {type: 'recover-broker', broker};
		},
	},
];

const LOAD_BALANCER: LiveAction[] = [
	{
		label: {ko: '서버 내리기', en: 'server down'},
		make: (s: LoadBalancerState) => {
			const up = s.main.servers.flatMap((x, i) => (x.down ? [] : [i]));
			const last = s.params.servers[up.at(-1) ?? -1];
			return up.length > 1 && last ? {type: 'setDown', server: last.name, down: true} : undefined;
		},
	},
	{
		label: {ko: '서버 올리기', en: 'server up'},
		make: (s: LoadBalancerState) => {
			const down = s.params.servers[s.main.servers.findIndex((x) => x.down)];
			return down ? {type: 'setDown', server: down.name, down: false} : undefined;
		},
	},
];

const ACTIONS: Record<string, LiveAction[]> = {raft: RAFT, kafka: KAFKA, 'load-balancer': LOAD_BALANCER};

export function liveActions(engine: string): LiveAction[] {
	return ACTIONS[engine] ?? [];
}
