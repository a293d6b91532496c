import {type Dispatch, useEffect} from 'react';
import type {LessonPack, Simulation} from '../../content/schema.js';
import {pick} from '../../content/text.js';
import {addPrediction, meetChallenge} from '../../progress/progress-doc.js';
import {recordScenarioFirsts} from '../../quiz/scenario-record.js';
import {unitText} from '../../sims/param-meta.js';
import {challengeMet, keptChanged, meets, valueAt} from '../../sims/run.js';
import type {AnySim, ResultInfo} from '../../sims/types.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {offByPercent, show, timesOff} from '../screens/simulation-text.js';
import type {SimScreenAction, SimScreenState} from '../simulation-state.js';

type RunEnd = {
	pack: LessonPack;
	sim: Simulation;
	plugin: AnySim;
	/** The pack's params, which a challenge's `keep` compares with. */
	initial: unknown;
	state: SimScreenState;
	summary: unknown;
	predictMetric: string | undefined;
	predictInfo: ResultInfo | undefined;
	/** A scenario's run being watched: nothing it does is recorded. */
	watch: unknown;
	now: () => number;
	dispatch: Dispatch<SimScreenAction>;
};

/**
 * What the end of a simulation run earns, recorded once per finished run:
 * challenges met (or which setting to put back), the prediction scored and
 * revealed, and the scenario items they start for review. A command line's
 * commands are steps of their own: after each, a met goal counts.
 */
export function useRunEnd({pack, sim, plugin, initial, state, summary, predictMetric, predictInfo, watch, now, dispatch}: RunEnd) {
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const {playback, prediction} = state;
	const params = playback.params as Record<string, unknown>;
	const key = (id: string) => `${pack.id}/${sim.id}/${id}`;
	const commands = plugin.command ? playback.actions.length : 0;
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the run's end alone
	useEffect(() => {
		// A run ends with its engine done; a command may meet a challenge on its own (the sandbox is never done).
		const finished = playback.done && (playback.steps > 0 || commands > 0);
		if ((!finished && commands === 0) || watch) return;
		const open = sim.challenges.filter((c) => doc.challenges[key(c.id)] === undefined);
		const met = open.filter((c) => challengeMet(c, initial, params, summary));
		// The goal reached by changing the scenario the challenge is about: say which setting to put back.
		const moved = open.find((c) => meets(summary, c.goal) && keptChanged(c.keep, initial, params).length > 0);
		const at = now();
		if (met.length > 0) {
			update((d) => met.reduce((acc, c) => meetChallenge(acc, key(c.id), at), d));
			dispatch({type: 'notice', text: m.simChallengeMet(pick(met[0]!.title, lang))});
		} else if (moved) {
			dispatch({type: 'notice', text: m.simChallengeKept(pick(moved.title, lang), keptChanged(moved.keep, initial, params).join(', '))});
		}
		const actual = predictMetric ? valueAt(summary, predictMetric) : undefined;
		const predicted = finished && prediction !== undefined && typeof actual === 'number' ? prediction : undefined;
		// Each challenge this run meets and its prediction start scenario items to review (the first time only).
		const events = {
			pack: pack.id,
			sim: sim.id,
			seed: playback.seed,
			met: sim.challenges.filter((c) => challengeMet(c, initial, params, summary)).map((c) => c.id),
		};
		const unit = predictInfo?.unit === undefined ? undefined : unitText(predictInfo.unit, 'en');
		const said = predicted === undefined ? undefined : {predicted, actual: actual as number, percent: predictInfo?.percent, unit};
		if (events.met.length > 0 || said)
			update((d) => recordScenarioFirsts(d, {...events, prediction: said}, at, plugin.command !== undefined));
		if (finished && prediction !== undefined && predictMetric && typeof actual === 'number') {
			const off = offByPercent(prediction, actual, predictInfo?.percent === true);
			const score = Math.max(0, 1 - off / 100);
			update((d) =>
				addPrediction(d, `${at.toString(36)}-${process.pid}`, {
					pack: pack.id,
					sim: sim.id,
					metric: predictMetric,
					predicted: prediction,
					actual,
					score,
					at,
				}),
			);
			const times = timesOff(prediction, actual, predictInfo?.percent === true);
			const diff = show(Math.abs(prediction - actual));
			dispatch({type: 'notice', text: m.simPrediction(show(prediction), show(actual), off, times, diff), revealed: true});
		}
	}, [playback.done, playback.steps, commands]);
}
