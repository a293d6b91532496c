import type {LiveAction} from '../types.js';
import type {RaftState} from './types.js';

const leaderOf = (s: RaftState) => {
	const leaders = s.nodes.filter((n) => n.up && n.role === 'leader');
	return leaders.sort((a, b) => b.currentTerm - a.currentTerm)[0];
};

/** Crash or isolate the leader, restart a node, heal the network. */
export const raftLiveActions: readonly LiveAction<RaftState>[] = [
	{
		label: {ko: '리더 다운', en: 'crash leader'},
		make: (s) => {
			const leader = leaderOf(s);
			return leader ? {type: 'crash', node: leader.id} : undefined;
		},
	},
	{
		label: {ko: '재시작', en: 'restart'},
		make: (s) => {
			const down = s.nodes.find((n) => !n.up);
			return down ? {type: 'restart', node: down.id} : undefined;
		},
	},
	{
		label: {ko: '리더 고립', en: 'isolate leader'},
		make: (s) => {
			const leader = leaderOf(s);
			return leader ? {type: 'partition', groups: [[leader.id]]} : undefined;
		},
	},
	{label: {ko: '네트워크 복구', en: 'heal'}, make: () => ({type: 'heal'})},
];
