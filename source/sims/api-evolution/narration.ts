/**
 * What a step of the API-evolution simulation did, in plain sentences
 * (Korean 한다체 and English): the batch of screens a tick sampled, its
 * slowest screen and why, failures and fallbacks; at the end of the run the
 * measured shares beside their formulas; a dependency slowed or recovered.
 */
import type {Localized} from '../../content/schema.js';
import type {Lang} from '../../content/text.js';
import type {ApiEvolutionAction, ApiEvolutionState} from './engine.js';
import {grouped, ms, pct} from './format.js';
import type {Architecture} from './params.js';
import {summarize} from './summary.js';

const ARCH: Record<Architecture, Localized> = {
	monolith: {ko: '모놀리스', en: 'monolith'},
	direct: {ko: '직접 호출', en: 'direct calls'},
	gateway: {ko: '게이트웨이', en: 'gateway'},
	federated: {ko: '페더레이션', en: 'federation'},
};

/** The sentence for the latest tick's batch, or null before the first. */
export function batchSentence(s: ApiEvolutionState, lang: Lang): string | null {
	const b = s.last;
	if (!b) return null;
	const arch = ARCH[s.params.architecture][lang];
	const dep = `#${b.slowestCall + 1}`;
	if (lang === 'ko') {
		const why = b.slowestWasTail ? `의존성 ${dep}의 느린 꼬리를 기다렸다` : `의존성 ${dep}의 응답이 가장 늦었다`;
		const extra = [b.failed > 0 ? `실패 ${b.failed}건` : '', b.degraded > 0 ? `대체 응답 ${b.degraded}건` : ''].filter(Boolean).join(', ');
		// One sentence: failures and fallbacks first, then the slowest screen.
		const lead = extra ? `${extra}이 나왔고 ` : '';
		return `${arch}: 화면 ${b.from}–${b.to}번 중 ${lead}가장 느린 화면은 ${ms(b.slowestMs)}였다 (${why})`;
	}
	const why = b.slowestWasTail ? `waited for dependency ${dep}'s slow tail` : `dependency ${dep} answered last`;
	const extra = [b.failed > 0 ? `${b.failed} failed` : '', b.degraded > 0 ? `${b.degraded} served with a fallback` : '']
		.filter(Boolean)
		.join(', ');
	return `${arch}: screens ${b.from}–${b.to} loaded; the slowest took ${ms(b.slowestMs)} (${why})${extra ? `; ${extra}` : ''}`;
}

/** The run's end: the measured shares beside 1 − (1 − p)^n and a^n. */
function finished(s: ApiEvolutionState): Localized {
	const sum = summarize(s);
	const n = s.params.dependencies;
	const slow = `${pct(sum.slowScreens ?? 0)}`;
	const up = `${pct(sum.availability ?? 0)}`;
	return {
		en: `all ${grouped(sum.screens)} screens loaded: ${slow} waited on a slow call (formula ${pct(sum.slowScreensFormula)}), ${up} were served (formula ${pct(sum.availabilityFormula)} for ${n} dependencies)`,
		ko: `화면 ${grouped(sum.screens)}개를 모두 불러왔다: ${slow}가 느린 호출을 기다렸고(공식 ${pct(sum.slowScreensFormula)}), ${up}가 떴다(의존성 ${n}개의 공식 ${pct(sum.availabilityFormula)})`,
	};
}

function actionEvent(prev: ApiEvolutionState, next: ApiEvolutionState, action: ApiEvolutionAction): Localized[] {
	if (action.type === 'recover') {
		if (prev.alwaysSlow.length === 0) return [];
		return [{en: 'every dependency answers at its usual pace again', ko: '모든 의존성이 다시 평소 속도로 응답한다'}];
	}
	const d = action.dependency;
	if (next.note !== null) {
		const last = prev.params.dependencies;
		return [{en: `there is no dependency #${d + 1}: they are #1–#${last}`, ko: `없는 의존성이다(#${d + 1}). #1–#${last} 중에서 고른다`}];
	}
	if (prev.alwaysSlow.includes(d)) return [];
	const slow = ms(prev.params.slowMs);
	return [
		{
			en: `dependency #${d + 1} is now slow on every call (about ${slow}): every screen waits for it unless a timeout cuts it`,
			ko: `의존성 #${d + 1}: 이제 매번 느리다(약 ${slow}). 타임아웃으로 끊지 않으면 모든 화면이 이 호출을 기다린다`,
		},
	];
}

/** One sentence per batch of screens (and one more at the end of the run); a live action tells what it changed. */
export function narrateApiEvolution(
	prev: ApiEvolutionState,
	next: ApiEvolutionState,
	action: ApiEvolutionAction | {type: 'tick'},
): Localized[] {
	if (action.type !== 'tick') return actionEvent(prev, next, action);
	if (next.last === prev.last || next.last === null) return [];
	const out: Localized[] = [{en: batchSentence(next, 'en')!, ko: batchSentence(next, 'ko')!}];
	if (next.sampled >= next.params.screens && prev.sampled < prev.params.screens) out.push(finished(next));
	return out;
}
