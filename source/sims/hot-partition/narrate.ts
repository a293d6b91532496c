/**
 * What a step did, in plain words: the @everyone burst starting and ending,
 * GC pauses, a node joining, and per millisecond the reads that came in, how
 * many became database queries and how many joined one in flight, what was
 * answered or timed out, and the queue on the hot partition's nodes.
 */
import type {Localized} from '../../content/schema.js';
import {HOT_KEY, inBurst, replicasNow} from './cluster.js';
import type {HotPartitionAction} from './engine.js';
import {queued} from './node.js';
import type {HotPartitionState} from './types.js';

const nodeList = (ns: readonly number[]) => ns.map((n) => `n${n}`).join(', ');
/** "1 read", "2 reads". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function actionEvents(prev: HotPartitionState, next: HotPartitionState, action: HotPartitionAction): Localized[] {
	if (next === prev) return [{en: 'nothing happens: that action does not apply now', ko: '지금은 그 동작을 할 수 없어 아무 일도 없다'}];
	if (action.type === 'everyone')
		return [
			{
				en: `@everyone in channel #0: for ${next.params.burstMs} ms its members read partition ${HOT_KEY}`,
				ko: `채널 #0에 @everyone: ${next.params.burstMs}ms 동안 멤버들이 파티션 ${HOT_KEY}를 읽는다`,
			},
		];
	if (action.type === 'add-node') {
		const reps = nodeList(replicasNow(next, HOT_KEY));
		return [
			{
				en: `node n${next.nodeCount - 1} joins the ring; the hot partition ${HOT_KEY} still lives on ${reps} only`,
				ko: `노드 n${next.nodeCount - 1}이 링에 들어온다. 핫 파티션 ${HOT_KEY}는 여전히 ${reps}에만 있다`,
			},
		];
	}
	return [
		{
			en: `n${action.node} stops for a ${next.params.gcPauseMs} ms GC pause: its queries wait`,
			ko: `n${action.node}이 GC로 ${next.params.gcPauseMs}ms 멈춘다. 그 노드의 질의는 기다린다`,
		},
	];
}

function tickEvents(prev: HotPartitionState, next: HotPartitionState): Localized[] {
	const out: Localized[] = [];
	const t = prev.tick;
	const n = next.news;
	if (inBurst(prev) && t === prev.burstFrom)
		out.push({
			en: `@everyone in channel #0: everyone reads partition ${HOT_KEY} at once`,
			ko: `채널 #0에 @everyone: 모두가 파티션 ${HOT_KEY}를 한꺼번에 읽는다`,
		});
	if (!inBurst(prev) && t > 0 && inBurst(prev, t - 1)) out.push({en: 'the @everyone rush is over', ko: '@everyone 폭주가 끝난다'});
	for (const node of n.gcStarted)
		out.push({
			en: `n${node} stops for a ${next.params.gcPauseMs} ms GC pause: nothing on it moves`,
			ko: `n${node}이 GC로 ${next.params.gcPauseMs}ms 멈춘다. 그 노드에서는 아무것도 진행되지 않는다`,
		});
	if (n.arrived > 0) {
		const fromBurst = n.burstArrived > 0 ? ` (${n.burstArrived} @everyone)` : '';
		const fromBurstKo = n.burstArrived > 0 ? `(@everyone ${n.burstArrived}건)` : '';
		out.push({
			en: `${count(n.arrived, 'read', 'reads')}${fromBurst} → ${count(n.queries, 'new DB query', 'new DB queries')}, ${n.joined} joined one in flight`,
			ko: `읽기 ${n.arrived}건${fromBurstKo} → 새 DB 질의 ${n.queries}번, 진행 중 질의에 합류 ${n.joined}건`,
		});
	}
	if (n.answered > 0) {
		const reps = replicasNow(next, HOT_KEY);
		const q = reps.reduce((sum, r) => sum + (next.nodes[r] ? queued(next.nodes[r]) : 0), 0);
		out.push({
			en: `${count(n.answered, 'read', 'reads')} answered; ${count(q, 'query', 'queries')} queued on hot nodes ${nodeList(reps)}`,
			ko: `읽기 ${n.answered}건에 답한다. 핫 노드 ${nodeList(reps)}에 질의 ${q}개가 밀려 있다`,
		});
	}
	if (n.failed > 0)
		out.push({
			en: `${count(n.failed, 'read fails', 'reads fail')}: a full queue refused it, or it waited over ${next.params.timeoutMs} ms`,
			ko: `읽기 ${n.failed}건이 실패한다. 큐가 가득 찼거나 ${next.params.timeoutMs}ms를 넘게 기다렸다`,
		});
	return out;
}

export function narrateHotPartition(
	prev: HotPartitionState,
	next: HotPartitionState,
	action: HotPartitionAction | {type: 'tick'},
): Localized[] {
	return action.type === 'tick' ? tickEvents(prev, next) : actionEvents(prev, next, action);
}
