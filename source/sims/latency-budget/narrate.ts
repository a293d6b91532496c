/**
 * What a tick of the latency budget did, in plain sentences: the requests
 * served and the slowest one (its page and the stage it spent longest in),
 * cache hits and stale answers, a pool that queues, a spike starting or
 * ending, a crash and the log lines it took, and what the profiler found.
 */
import type {Localized} from '../../content/schema.js';
import type {LatencyBudgetAction, LatencyBudgetState, TickReport} from './engine.js';
import {STAGE_LABEL} from './labels.js';
import {STAGES} from './params.js';
import {rowsRead} from './request.js';
import {tailShares} from './summary.js';

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function profiled(s: LatencyBudgetState): Localized {
	const shares = tailShares(s);
	const top = STAGES.reduce((best, x) => (shares[x] > shares[best] ? x : best), STAGES[0]);
	const pct = Math.round(shares[top] * 100);
	return {
		en: `profiler: the slowest 10% of requests spend ${pct}% of their time in ${STAGE_LABEL[top].en}: that is the bottleneck`,
		ko: `프로파일러: 가장 느린 10% 요청은 시간의 ${pct}%를 ${STAGE_LABEL[top].ko}에 쓴다. 이것이 병목이다`,
	};
}

function crashed(lost: number, async: boolean): Localized {
	if (!async)
		return {
			en: 'the process crashed: no log line lost, each was written before the request went on',
			ko: '프로세스가 죽었다. 줄마다 쓰고 나서 진행했으므로 잃은 로그가 없다',
		};
	return {
		en: `the process crashed: ${lost} log lines still in the async buffer are lost`,
		ko: `프로세스가 죽었다. 비동기 버퍼에 남아 있던 로그 ${lost}줄을 잃었다`,
	};
}

function spikeStarted(s: LatencyBudgetState): Localized {
	const rate = Math.round(s.params.requestsPerSec * s.params.spikeFactor);
	return {
		en: `traffic spike: ${rate} requests/s for ${s.params.spikeTicks} ticks`,
		ko: `트래픽 급증: ${s.params.spikeTicks}틱 동안 초당 ${rate}요청이 온다`,
	};
}

function served(prev: LatencyBudgetState, next: LatencyBudgetState, r: TickReport): Localized[] {
	const out: Localized[] = [];
	if (r.arrived === 0) return [{en: `tick ${next.tick}: no request arrived`, ko: `${next.tick}틱: 요청이 오지 않았다`}];
	const cache = next.params.cache
		? {en: `, ${r.hits} cache hits (${r.staleHits} stale)`, ko: `, 캐시 적중 ${r.hits}건(오래된 응답 ${r.staleHits}건)`}
		: {en: '', ko: ''};
	out.push({
		en: `tick ${next.tick}: ${r.arrived} requests served${cache.en}`,
		ko: `${next.tick}틱: 요청 ${r.arrived}건을 처리했다${cache.ko}`,
	});
	if (r.slowest) {
		const stage = STAGES[r.slowest.stage]!;
		const rows = rowsRead(next.params, r.slowest.page, next.params.keyset);
		const why = stage === 'scan' ? {en: ` (${rows} rows read)`, ko: `(${rows}행을 읽었다)`} : {en: '', ko: ''};
		out.push({
			en: `slowest: page ${r.slowest.page}, ${ms(r.slowest.totalMs)} ms, mostly ${STAGE_LABEL[stage].en}${why.en}`,
			ko: `가장 느린 요청은 ${r.slowest.page}쪽, ${ms(r.slowest.totalMs)}ms, 주로 ${STAGE_LABEL[stage].ko}${why.ko}`,
		});
	}
	if (r.backlogMs > 0)
		out.push({
			en: `all ${next.params.poolSize} pooled connections busy: requests queue ${ms(r.backlogMs)} ms for one`,
			ko: `풀의 연결 ${next.params.poolSize}개가 모두 바쁘다. 요청이 연결을 ${ms(r.backlogMs)}ms 기다린다`,
		});
	if (prev.tick === 0 && next.profiledAt !== null) out.push(profiled(next));
	return out;
}

export function narrateLatencyBudget(
	prev: LatencyBudgetState,
	next: LatencyBudgetState,
	action: LatencyBudgetAction | {type: 'tick'},
): Localized[] {
	const r = next.last;
	if (action.type === 'profile') {
		if (next.live.totals.length === 0)
			return [{en: 'profiler on: it reports once requests have been traced', ko: '프로파일러를 켰다. 요청을 추적하면 결과를 알린다'}];
		return [profiled(next)];
	}
	if (action.type === 'crash') return [crashed(r?.crashLost ?? 0, next.params.asyncLog)];
	if (action.type === 'spike') {
		if (!r?.spikeStarted) return [{en: 'a spike is already under way', ko: '이미 급증이 진행 중이다'}];
		return [spikeStarted(next)];
	}
	if (!r) return [];
	const out: Localized[] = [];
	if (r.spikeStarted) out.push(spikeStarted(next));
	out.push(...served(prev, next, r));
	if (r.spikeEnded) out.push({en: 'the spike is over: traffic is back to normal', ko: '급증이 끝났다. 트래픽이 평소로 돌아왔다'});
	if (r.crashLost !== null) out.push(crashed(r.crashLost, next.params.asyncLog));
	return out;
}
