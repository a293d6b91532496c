import type {Localized} from '../../content/schema.js';
import type {KafkaAction, KafkaState} from './engine.js';
import {keyName} from './partitioner.js';

const runs = (ps: readonly number[]) => (ps.length === 0 ? '-' : ps.map((p) => `p${p}`).join(','));

/** Brokers that went down or came back, and what that did to each partition's leader. */
function brokerEvents(prev: KafkaState, next: KafkaState): Localized[] {
	const out: Localized[] = [];
	for (const b of next.failedBrokers)
		if (!prev.failedBrokers.includes(b)) out.push({en: `broker b${b} fails`, ko: `브로커 b${b}: 장애로 멈춘다`});
	for (const b of prev.failedBrokers)
		if (!next.failedBrokers.includes(b)) out.push({en: `broker b${b} is back`, ko: `브로커 b${b}: 복구되어 돌아온다`});
	// Only partitions both states have: new ones are told with the rebalance.
	const shared = Math.min(prev.partitions.length, next.partitions.length);
	for (let i = 0; i < shared; i++) {
		const before = prev.partitions[i]!.leader;
		const after = next.partitions[i]!.leader;
		if (before === after) continue;
		if (after === -1)
			out.push({
				en: `p${i} goes offline: no in-sync replica is up, sends to it fail`,
				ko: `p${i}: 오프라인이 된다. 살아 있는 동기화 복제본이 없어 전송이 실패한다`,
			});
		else if (before === -1) out.push({en: `p${i} is back online, led by b${after}`, ko: `p${i}: 다시 온라인이 된다(리더 b${after})`});
		else
			out.push({
				en: `p${i} leader moves b${before} → b${after} (an in-sync replica takes over)`,
				ko: `p${i}: 리더가 바뀐다 b${before} → b${after}(동기화 복제본이 이어받는다)`,
			});
	}
	return out;
}

/** Partitions added, keys that moved, members that joined or left, and the rebalance that follows. */
function groupEvents(prev: KafkaState, next: KafkaState): Localized[] {
	if (next.rebalances === prev.rebalances) return [];
	const out: Localized[] = [];
	const count = next.partitions.length;
	if (count > prev.partitions.length) {
		out.push({
			en: `${count - prev.partitions.length} partitions added: now ${count}`,
			ko: `파티션 ${count - prev.partitions.length}개를 더한다: 이제 ${count}개다`,
		});
		next.keyPartition.forEach((p, k) => {
			const was = prev.keyPartition[k];
			if (was !== p && (next.sent[k] ?? 0) > 0)
				out.push({
					en: `key ${keyName(k)} moves p${was} → p${p} (murmur2 % ${count}): its order across the move is lost`,
					ko: `키 ${keyName(k)} 이동: p${was} → p${p}(murmur2 % ${count}). 이동 전후의 순서는 보장되지 않는다`,
				});
		});
	}
	for (const m of next.members)
		if (!prev.members.includes(m)) out.push({en: `consumer ${m} joins the group`, ko: `컨슈머 ${m}: 그룹에 들어온다`});
	for (const m of prev.members)
		if (!next.members.includes(m)) out.push({en: `consumer ${m} leaves the group`, ko: `컨슈머 ${m}: 그룹을 떠난다`});
	const pause = next.params.rebalanceTicks;
	out.push(
		pause === 0
			? {en: `the group rebalances (${next.params.assignor}) without a pause`, ko: `그룹이 멈춤 없이 리밸런싱한다(${next.params.assignor})`}
			: {
					en: `the group rebalances (${next.params.assignor}): every consumer stops for ${pause} ticks`,
					ko: `그룹이 리밸런싱한다(${next.params.assignor}): 모든 컨슈머가 ${pause}틱 동안 멈춘다`,
				},
	);
	for (const m of next.members) {
		const ps = next.assignment[m] ?? [];
		out.push(
			ps.length === 0
				? {en: `${m} gets no partition: idle`, ko: `${m}: 맡은 파티션이 없어 논다`}
				: {en: `${m} reads ${runs(ps)}`, ko: `${m}: 맡은 파티션은 ${runs(ps)}이다`},
		);
	}
	return out;
}

/** A key's first message: where Kafka's default partitioner puts it. */
function firstSends(prev: KafkaState, next: KafkaState): Localized[] {
	const out: Localized[] = [];
	const count = next.partitions.length;
	next.sent.forEach((n, k) => {
		if (n > 0 && (prev.sent[k] ?? 0) === 0) {
			const p = next.keyPartition[k];
			out.push({en: `key ${keyName(k)} → p${p} (murmur2 % ${count})`, ko: `키 ${keyName(k)} → p${p}(murmur2 % ${count})`});
		}
	});
	return out;
}

/** The tick's traffic in one sentence: sent, failed, consumed (or paused), and the lag left. */
function traffic(prev: KafkaState, next: KafkaState): Localized {
	const sent = next.produced - prev.produced;
	const failed = next.produceErrors - prev.produceErrors;
	const read = next.consumed - prev.consumed;
	const lag = next.partitions.reduce((sum, p) => sum + p.logEndOffset - p.committed, 0);
	const paused = next.rebalances > 0 && next.tick <= next.pausedThrough;
	const t = next.tick;
	const sends =
		failed > 0
			? {en: `, ${failed} failed (no leader)`, ko: `${sent}개를 보내고 ${failed}개는 리더가 없어 실패한다`}
			: {en: '', ko: `${sent}개를 보낸다`};
	const got = paused
		? {en: 'the group is paused by the rebalance', ko: '리밸런싱으로 그룹이 멈춰 있다'}
		: next.members.length === 0
			? {en: 'no consumer reads', ko: '읽는 컨슈머가 없다'}
			: {en: `${read} consumed`, ko: `${read}개를 소비한다`};
	return {
		en: `tick ${t}: ${sent} sent${sends.en}; ${got.en}; lag ${lag}`,
		ko: `틱 ${t}: ${sends.ko}. ${got.ko}. 지연 ${lag}`,
	};
}

/** One sentence per event of the step, in both languages. */
export function narrateKafka(prev: KafkaState, next: KafkaState, action: KafkaAction | {type: 'tick'}): Localized[] {
	const out = [...brokerEvents(prev, next), ...groupEvents(prev, next)];
	if (action.type === 'tick' && next.tick > prev.tick) out.push(...firstSends(prev, next), traffic(prev, next));
	return out;
}
