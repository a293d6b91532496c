import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, padStart, tone, widthOf} from '../view-kit.js';
import type {LatencyBudgetState} from './engine.js';
import {STAGE_LABEL, TECHNIQUE_LABEL} from './labels.js';
import {STAGES, type Stage, TECHNIQUES, type Technique} from './params.js';
import {isOn, isProfiled, offTargetOf, tailShares} from './summary.js';
import {optimalPool, quantile} from './model.js';

/**
 * The request as a waterfall: one row per stage, each bar starting where the
 * one before it ended (the average request now, █), with the time the
 * techniques saved against the request as first written (░). Once profiled,
 * each row shows its share of the slowest 10% of requests and ◀ marks the
 * bottleneck; a technique switched on that misses it is flagged ⚑. Under the
 * bars: the techniques on, then each one's cost (cache hits and stale
 * answers, the pool against cores × 2 + spindles, log lines lost). Small
 * boxes draw the whole waterfall on one line, a letter per stage.
 */
export function latencyBudgetView(state: LatencyBudgetState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const n = state.live.totals.length;
	const after = STAGES.map((_, i) => (n > 0 ? state.live.stageSums[i]! / n : 0));
	const before = STAGES.map((_, i) => (n > 0 ? state.base.stageSums[i]! / n : 0));
	const profiled = isProfiled(state) && n > 0;
	const shares = tailShares(state);
	const top = STAGES.reduce((best, s) => (shares[s] > shares[best] ? s : best), STAGES[0]);
	const header = headerLine(state, width, t);
	const lines: ViewLine[] = [header];
	if (rows === 1) return lines;
	const techniques = techniqueLine(state, shares, profiled, width, lang);
	const costs = costLine(state, width, lang);
	const stageRows = STAGES.map((s, i) => stageRow(s, i, after, before, profiled ? shares[s] : null, profiled && s === top, width, lang));
	if (rows >= 10) return [...lines, caption(profiled, width, lang), ...stageRows, techniques, costs];
	if (rows >= 9) return [...lines, ...stageRows, techniques, costs];
	lines.push(oneLine(after, profiled ? top : null, width, lang));
	if (rows >= 3) lines.push(techniques);
	if (rows >= 4) lines.push(costs);
	// What room is left: the bottleneck once profiled, then the stages that take longest now, in their order.
	const room = rows - lines.length;
	const rank = (i: number) => (profiled && STAGES[i] === top ? Number.POSITIVE_INFINITY : after[i]!);
	const longest = STAGES.map((_, i) => i)
		.sort((a, b) => rank(b) - rank(a))
		.slice(0, room)
		.sort((a, b) => a - b);
	return [
		...lines,
		...longest.map((i) =>
			stageRow(STAGES[i]!, i, after, before, profiled ? shares[STAGES[i]!] : null, profiled && STAGES[i] === top, width, lang),
		),
	];
}

const TEXT = {
	en: {
		run: (tick: number, ticks: number) => `t ${tick}/${ticks}`,
		req: (n: number) => `${n} req`,
		before: 'before',
		spike: 'SPIKE',
	},
	ko: {
		run: (tick: number, ticks: number) => `${tick}/${ticks}틱`,
		req: (n: number) => `요청 ${n}`,
		before: '이전',
		spike: '급증 중',
	},
};
type Text = (typeof TEXT)['en'];

function caption(profiled: boolean, width: number, lang: Lang): ViewLine {
	const text =
		lang === 'ko'
			? `평균 요청: █ 현재 ░ 줄인 시간 · ${profiled ? '% 느린 10%에서의 비중 · ◀ 병목' : '비중은 프로파일 후에 보인다'}`
			: `average request: █ now ░ saved · ${profiled ? '% share of the slowest 10% · ◀ bottleneck' : 'shares show once profiled'}`;
	return {text: clip(text, width), color: tone.muted};
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function headerLine(s: LatencyBudgetState, width: number, t: Text): ViewLine {
	const after = [...s.live.totals].sort((a, b) => a - b);
	const before = [...s.base.totals].sort((a, b) => a - b);
	const p99 = quantile(after, 0.99);
	const b99 = quantile(before, 0.99);
	const ratio = `×${b99 > 0 ? (p99 / b99).toFixed(2) : '1.00'}`;
	const spike = s.tick < s.spikeUntil ? ` · ${t.spike} ×${s.params.spikeFactor}` : '';
	const run = t.run(s.tick, s.params.ticks);
	const p50 = `p50 ${ms(quantile(after, 0.5))}`;
	const forms = [
		`${run} · ${t.req(after.length)} · ${p50} · p99 ${ms(p99)}ms (${t.before} ${ms(b99)}, ${ratio})${spike}`,
		`${run} · ${p50} · p99 ${ms(p99)}ms (${t.before} ${ms(b99)})${spike}`,
		`${run} · p99 ${ms(p99)}ms (${t.before} ${ms(b99)})${spike}`,
	];
	return {text: firstFit(forms, width), color: tone.accent};
}

function stageRow(
	stage: Stage,
	i: number,
	after: readonly number[],
	before: readonly number[],
	share: number | null,
	bottleneck: boolean,
	width: number,
	lang: Lang,
): ViewLine {
	const label = padEnd(clip(STAGE_LABEL[stage][lang], 11), 11);
	const tail = share === null ? '' : ` ${padStart(`${Math.round(share * 100)}%`, 4)}${bottleneck ? ' ◀' : '  '}`;
	const value = ` ${padStart(ms(after[i]!), 6)}ms${tail}`;
	const barWidth = Math.max(4, width - widthOf(label) - widthOf(value) - 1);
	const scale = Math.max(1e-9, Math.max(sum(before), sum(after)));
	const col = (x: number) => Math.round((x / scale) * barWidth);
	const start = col(sum(after.slice(0, i)));
	const end = Math.max(start + (after[i]! > 0 ? 1 : 0), col(sum(after.slice(0, i + 1))));
	const saved = Math.max(0, col(sum(after.slice(0, i)) + before[i]!) - end);
	const bar = `${' '.repeat(start)}${'█'.repeat(end - start)}${'░'.repeat(saved)}`;
	const text = `${label} ${padEnd(bar.slice(0, barWidth), barWidth)}${value}`;
	return {text: clip(text, width), color: bottleneck ? tone.warn : undefined};
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The whole waterfall on one line: each stage's letter repeated for its share of the average request. */
function oneLine(after: readonly number[], top: Stage | null, width: number, lang: Lang): ViewLine {
	const total = sum(after);
	if (total === 0) return {text: clip(lang === 'ko' ? '아직 처리한 요청이 없다' : 'no request served yet', width), color: tone.muted};
	const room = Math.max(6, width - 12);
	const cells = STAGES.map((s, i) => {
		const count = total > 0 ? Math.round((after[i]! / total) * room) : 0;
		return STAGE_LABEL[s].letter.repeat(count);
	}).join('');
	const mark = top ? ` ◀${STAGE_LABEL[top].letter}` : '';
	return {text: clip(`${cells}${mark}`, width)};
}

function techniqueLine(
	s: LatencyBudgetState,
	shares: ReturnType<typeof tailShares>,
	profiled: boolean,
	width: number,
	lang: Lang,
): ViewLine {
	const on = (Object.keys(TECHNIQUES) as Technique[]).filter((k) => isOn(s, k));
	const off = new Set(offTargetOf(s, shares));
	const names = on.map((k) => `${off.has(k) ? '⚑' : ''}${TECHNIQUE_LABEL[k][lang]}`);
	const head = lang === 'ko' ? '기법' : 'on';
	const list = names.length > 0 ? names.join(', ') : lang === 'ko' ? '없음' : 'none';
	const note = !profiled
		? lang === 'ko'
			? ' · 프로파일 전: 병목을 모른다'
			: ' · not profiled: bottleneck unknown'
		: off.size > 0
			? lang === 'ko'
				? ' · ⚑ 병목이 아니다'
				: ' · ⚑ misses the bottleneck'
			: '';
	return {text: clip(`${head}: ${list}${note}`, width), color: off.size > 0 || !profiled ? tone.warn : tone.ok};
}

function costLine(s: LatencyBudgetState, width: number, lang: Lang): ViewLine {
	const p = s.params;
	const n = s.live.totals.length;
	const ko = lang === 'ko';
	const parts: string[] = [];
	if (p.cache) {
		const hit = n > 0 ? Math.round((s.hits / n) * 100) : 0;
		const stale = n > 0 ? ((s.staleHits / n) * 100).toFixed(1) : '0.0';
		parts.push(ko ? `캐시 적중 ${hit}% 오래됨 ${stale}%` : `cache hit ${hit}% stale ${stale}%`);
	}
	const optimal = optimalPool(p.dbCores, p.spindles);
	if (p.poolSize > 0) {
		const wait = ms(s.live.backlogMs);
		parts.push(ko ? `풀 ${p.poolSize}/권장 ${optimal} 대기 ${wait}ms` : `pool ${p.poolSize}/ideal ${optimal} queue ${wait}ms`);
	} else parts.push(ko ? `풀 없음(권장 ${optimal})` : `no pool (ideal ${optimal})`);
	parts.push(`${ko ? 'DB 최대 감속' : 'DB slowdown peak'} ×${s.live.peakSlowdown.toFixed(1)}`);
	if (p.compression !== 'none') parts.push(`${p.compression} ${Math.round(n > 0 ? s.live.sentKB / n : 0)}KB`);
	if (p.asyncLog || s.log.lost > 0) {
		parts.push(ko ? `버퍼 ${s.log.buffered}줄 · 잃음 ${s.log.lost}줄` : `buffer ${s.log.buffered} · lost ${s.log.lost} lines`);
	}
	if (s.crashes > 0) parts.push(ko ? `크래시 ${s.crashes}회` : `crashes ${s.crashes}`);
	const bad = s.log.lost > 0 || (n > 0 && s.staleHits / n > 0.01) || s.live.backlogMs > 100;
	return {text: clip(parts.join(' · '), width), color: bad ? tone.bad : tone.muted};
}
