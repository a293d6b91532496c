import {useEffect, useState} from 'react';
import type {LessonPack, QuizItem} from '../../content/schema.js';
import type {ProgressDoc} from '../../progress/progress-doc.js';
import {isScenarioItem} from '../../progress/scenario-id.js';
import type {Answer} from '../../quiz/grade.js';
import type {Scenario, ScenarioQuestion} from '../../quiz/scenario.js';
import {seedFor} from '../../quiz/scenario-seed.js';
import type {Session} from '../../quiz/session.js';

/** The item on screen: a pack's question, or a scenario question built from a simulation run (with what it ran). */
export type ShownItem = {item: QuizItem; scenario?: Scenario | undefined} | {error: string};

// The question builder runs the simulations: it loads when the first scenario item comes up, never at start.
type Builder = typeof import('../../quiz/scenario.js');
let builder: Builder | undefined;
const built = new Map<string, ScenarioQuestion | {error: string}>();

/**
 * One resolver for the quiz screen: a question id is looked up in its pack;
 * a scenario id (`sim:<simulation>:<target>`) is built from the simulation on
 * this session's seed. Undefined while the builder loads.
 */
export function useQuizItem(session: Session, packs: Map<string, LessonPack>, doc: ProgressDoc): ShownItem | undefined {
	const ref = session.items[session.index];
	const pack = ref ? packs.get(ref.pack) : undefined;
	const scenario = ref !== undefined && isScenarioItem(ref.item);
	const seed = scenario && pack ? seedFor(session, doc) : 0;
	const key = `${ref?.pack}\u0000${ref?.item}\u0000${seed}`;
	const [, loaded] = useState(0);
	useEffect(() => {
		if (!scenario || builder) return;
		void import('../../quiz/scenario.js').then((m) => {
			builder = m;
			loaded((n) => n + 1);
		});
	}, [scenario]);
	if (!ref || !pack) return undefined;
	if (!scenario) {
		const item = pack.quiz.find((q) => q.id === ref.item);
		return item ? {item} : undefined;
	}
	if (!builder) return undefined;
	let question = built.get(key);
	if (!question) {
		question = builder.scenarioQuestion(pack, ref.item, seed);
		if (built.size > 50) built.clear();
		built.set(key, question);
	}
	return question;
}

/** The settings of the run an answer is about: the prediction's, or the option the learner picked (else the first). */
export function runToWatch(scenario: Scenario, answer: Answer): {params: unknown; seed: number} {
	const picked = answer.type === 'single' ? [answer.choice] : answer.type === 'multi' ? answer.choices : [];
	const params = picked.map((i) => scenario.runs[i]).find((p) => p !== undefined) ?? scenario.runs[0];
	return {params, seed: scenario.seed};
}
