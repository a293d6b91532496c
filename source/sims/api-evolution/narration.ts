/**
 * One plain sentence per tick, in Korean (한다체) and English: the batch of
 * screens just sampled, its slowest screen and why, failures and fallbacks.
 */
import type {Lang} from '../../content/text.js';
import type {ApiEvolutionState} from './engine.js';
import type {Architecture} from './params.js';

const ARCH: Record<Architecture, Record<Lang, string>> = {
	monolith: {ko: '모놀리스', en: 'monolith'},
	direct: {ko: '직접 호출', en: 'direct calls'},
	gateway: {ko: '게이트웨이', en: 'gateway'},
	federated: {ko: '페더레이션', en: 'federation'},
};

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

/** The sentence for the latest tick, or null before the first. */
export function narrate(s: ApiEvolutionState, lang: Lang): string | null {
	const b = s.last;
	if (!b) return null;
	const arch = ARCH[s.params.architecture][lang];
	const dep = `#${b.slowestCall + 1}`;
	if (lang === 'ko') {
		const why = b.slowestWasTail ? `의존성 ${dep}의 느린 꼬리를 기다렸다` : `가장 늦은 응답은 의존성 ${dep}였다`;
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
