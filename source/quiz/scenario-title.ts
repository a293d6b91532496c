import type {LessonPack} from '../content/schema.js';
import type {Lang} from '../content/text.js';
import {PREDICT_TARGET, parseScenarioItem} from '../progress/scenario-id.js';

const PREDICTION = {en: 'predict a run', ko: '실행 결과 예측'};

/** A scenario item as a list names it ("Consistent hashing ring · Even load"), without running anything; undefined for any other id. */
export function scenarioTitle(pack: LessonPack | undefined, item: string, lang: Lang): string | undefined {
	const target = parseScenarioItem(item);
	const sim = target && pack?.simulations.find((s) => s.id === target.sim);
	if (!target || !sim) return undefined;
	const what = target.target === PREDICT_TARGET ? PREDICTION[lang] : sim.challenges.find((c) => c.id === target.target)?.title[lang];
	return what ? `${sim.title[lang]} · ${what}` : sim.title[lang];
}
