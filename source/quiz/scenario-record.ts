import {derive, itemKey} from '../progress/derive.js';
import {addAnswer, type ProgressDoc} from '../progress/progress-doc.js';
import {PREDICT_TARGET, scenarioItemId} from '../progress/scenario-id.js';
import {firstScenarioAnswer} from './scenario-grade.js';
import {quantityKind, withinTolerance} from './scenario-tolerance.js';

/** What a finished run on the simulation screen did that can start a scenario item. */
export type RunEvents = {
	pack: string;
	sim: string;
	seed: number;
	/** Challenges this run met. */
	met: readonly string[];
	/** A prediction revealed at this run's end; `percent`/`unit` as the figure is shown (a share is predicted as 0–1). */
	prediction?: {predicted: number; actual: number; percent?: boolean | undefined; unit?: string | undefined} | undefined;
};

/**
 * The doc with the first answer of each scenario item this run starts: a
 * prediction (right when within the figure's tolerance) and each challenge
 * met, unless the item already has an answer (since the last reset).
 */
export function recordScenarioFirsts(doc: ProgressDoc, events: RunEvents, now: number, commandLine = false): ProgressDoc {
	const {items} = derive(doc, now);
	const fresh = (target: string) => !items.has(itemKey(events.pack, scenarioItemId(events.sim, target)));
	const at = {pack: events.pack, sim: events.sim};
	let next = doc;
	const add = (target: string, correct: boolean) => {
		const id = `sim:${now.toString(36)}:${events.pack}/${events.sim}/${target}`;
		next = addAnswer(next, id, firstScenarioAnswer({...at, target}, correct, events.seed, now));
	};
	const p = events.prediction;
	// On a command line the run is what the learner types: its prediction is no scenario to review.
	if (p && !commandLine && fresh(PREDICT_TARGET)) {
		const kind = quantityKind({percent: p.percent, unit: p.unit}, p.actual);
		add(PREDICT_TARGET, withinTolerance(kind, p.actual, kind === 'share' ? p.predicted * 100 : p.predicted));
	}
	for (const target of events.met) if (fresh(target)) add(target, true);
	return next;
}
