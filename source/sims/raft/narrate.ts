import type {Localized} from '../../content/schema.js';
import type {RaftAction, RaftEvent, RaftState} from './types.js';

/** One sentence per Raft event: what the step did, in both languages. */
export function narrateRaft(prev: RaftState, next: RaftState, _action: RaftAction | {type: 'tick'}): Localized[] {
	// Events only accumulate, so the step's own are the ones after the previous count.
	if (next.events.length <= prev.events.length) return [];
	return next.events.slice(prev.events.length).map(sentence);
}

/** "n2가", "n0이": the subject particle as the digit is read (이, 일, 삼 … end in a consonant). */
const subject = (id: number | null) => `n${id ?? '?'}${'2459'.includes(String(id ?? 0).slice(-1)) ? '가' : '이'}`;

export function sentence(e: RaftEvent): Localized {
	const n = `n${e.node ?? '?'}`;
	const s = subject(e.node);
	const t = e.term;
	switch (e.type) {
		case 'timeout':
			return {
				en: `${n} heard no leader: runs for term ${t} and votes for itself`,
				ko: `${s} 리더 소식을 못 들어 임기 ${t} 후보가 되고 자신에게 투표한다`,
			};
		case 'vote-granted':
			return {en: `${n} votes for n${e.peer} in term ${t}`, ko: `${s} 임기 ${t}에 n${e.peer}에게 투표한다`};
		case 'became-leader':
			return {en: `n${e.node} wins a majority: leader of term ${t}`, ko: `${s} 과반을 얻어 임기 ${t}의 리더가 된다`};
		case 'stepped-down':
			return {en: `${n} sees a higher term ${t}: steps down to follower`, ko: `${s} 더 높은 임기를 보고 팔로워로 물러난다(임기 ${t})`};
		case 'crashed':
			return {en: `${n} crashes (keeps its term and log)`, ko: `${s} 다운된다(임기와 로그는 남는다)`};
		case 'restarted':
			return {en: `${n} restarts as a follower`, ko: `${s} 팔로워로 다시 시작한다`};
		case 'committed':
			return {en: `${n} commits up to entry ${e.index} (a majority has it)`, ko: `${s} 항목 ${e.index}까지 커밋한다(과반이 가졌다)`};
		case 'partitioned':
			return {en: 'the network splits: groups cannot reach each other', ko: '네트워크가 나뉜다: 그룹끼리 닿지 않는다'};
		case 'healed':
			return {en: 'the network heals: every server reaches every other', ko: '네트워크가 복구된다: 모든 서버가 서로 닿는다'};
	}
}
