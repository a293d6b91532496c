/*
 * A scenario review question, built from a simulation run: the pack's
 * simulation, a target (a challenge, or `predict`) and a seed give a real
 * quiz item, so the question widgets, grading and feedback work unchanged.
 *
 * - predict: "with these settings, on seed N, what will <figure> be?" — a
 *   number, graded against the engine's summary on that seed, with a tolerance
 *   that fits the kind of figure (scenario-tolerance.ts);
 * - a challenge: "which setting meets it on seed N?" — options made from the
 *   simulation as it starts, the pack's solution and partial variants of it,
 *   each run on that seed; the right ones are exactly those that meet it.
 *
 * Pure: it runs the engines headless and reads no clock.
 */
import type {LessonPack, QuizItem, Simulation} from '../content/schema.js';
import {PREDICT_TARGET, parseScenarioItem, scenarioItemId} from '../progress/scenario-id.js';
import {paramInfo, paramMeta, setParam} from '../sims/param-meta.js';
import {simById} from '../sims/registry.js';
import {challengeMet, mainGoal, runHeadless, valueAt} from '../sims/run.js';
import type {AnySim} from '../sims/types.js';
import {asAnswered, quantityKind, toleranceFor} from './scenario-tolerance.js';
import {missedGoal, type Option, optionsFor} from './scenario-options.js';
import {both, figureLabel, figureValue, settingText, WORDS} from './scenario-text.js';
import {unitText} from '../sims/param-meta.js';
import type {Lang} from '../content/text.js';

/**
 * Runs already made, by engine, params and seed (summaries are plain JSON and
 * never changed): a review's questions on one simulation share the run of its
 * starting settings, and a screen drawn again does not run it again.
 */
const runs = new Map<string, unknown>();
const RUNS_KEPT = 64;

export function summaryOf(plugin: AnySim, params: unknown, seed: number): unknown {
	const key = `${plugin.engine.id}\u0000${seed}\u0000${JSON.stringify(params)}`;
	if (runs.has(key)) return runs.get(key);
	const summary = runHeadless(plugin.engine, params, seed).summary;
	if (runs.size >= RUNS_KEPT) runs.delete(runs.keys().next().value!);
	runs.set(key, summary);
	return summary;
}

/** What the review needs beside the item: the seed it ran on, and the settings to play each answer's run with. */
export type Scenario = {
	sim: string;
	target: string;
	seed: number;
	/** The run a prediction is about, or the settings of each option of a challenge (by the option's index as written). */
	runs: unknown[];
};

export type ScenarioQuestion = {item: QuizItem; scenario: Scenario};

/** The summary figure a simulation's prediction is about (as its screen asks it): the pack's, else its first challenge's main figure. */
export function predictMetricOf(sim: Simulation): string | undefined {
	return sim.predict?.metric ?? sim.challenges.map((c) => mainGoal(c.goal)).find((g) => g !== undefined)?.metric;
}

/**
 * The scenario items a pack simulation offers: each challenge, and its
 * prediction (not on a command line, where a run is what the learner types).
 */
export function scenarioTargets(sim: Simulation, plugin: AnySim | undefined = simById(sim.engine)): string[] {
	const predict = plugin && !plugin.command && predictMetricOf(sim) !== undefined ? [PREDICT_TARGET] : [];
	return [...predict, ...sim.challenges.map((c) => c.id)];
}

/** The card a question about this simulation points to: one that opens it, else the pack's first. */
function cardFor(pack: LessonPack, sim: Simulation): string {
	return (pack.cards.find((c) => c.simulation === sim.id) ?? pack.cards[0]!).id;
}

/** The settings worth naming in a prediction: those the pack sets, those its first challenge keeps, then the first few. */
function settingsThatMatter(plugin: AnySim, sim: Simulation, params: Record<string, unknown>): string[] {
	const metas = paramMeta(plugin.engine, params).filter((m) => m.kind !== 'fixed');
	const names = new Set(metas.map((m) => m.name));
	const wanted = [...Object.keys(sim.params), ...(sim.challenges[0]?.keep ?? []), ...metas.map((m) => m.name)];
	return [...new Set(wanted.filter((n) => names.has(n)))].slice(0, 4);
}

/** How a prediction's scenario moves one named setting, by the seed: sometimes not at all. */
const FACTORS = [1, 0.5, 1.5, 0.75, 1.25];

/**
 * A prediction's settings for this seed: one of the numeric settings it names
 * scaled (½ to 1½, on its grid), so a review asks about a new scenario even
 * where the engine's result does not depend on the seed (a hash ring, a
 * capacity sum). Falls back to the settings as they are.
 */
export function variedParams(plugin: AnySim, sim: Simulation, base: Record<string, unknown>, seed: number): Record<string, unknown> {
	const metas = paramMeta(plugin.engine, base);
	const numeric = settingsThatMatter(plugin, sim, base).flatMap((name) => {
		const meta = metas.find((m) => m.name === name);
		return meta?.kind === 'number' && typeof valueAt(base, name) === 'number' ? [meta] : [];
	});
	const meta = numeric[seed % Math.max(1, numeric.length)];
	const factor = FACTORS[Math.floor(seed / Math.max(1, numeric.length)) % FACTORS.length]!;
	if (meta?.kind !== 'number' || factor === 1) return base;
	const step = paramInfo(plugin, meta.name)?.step ?? (meta.integer ? 1 : undefined);
	const raw = (valueAt(base, meta.name) as number) * factor;
	const snapped = step ? Math.round(raw / step) * step : Number(raw.toPrecision(2));
	const value = Math.min(meta.max, Math.max(meta.min, Number(snapped.toPrecision(12))));
	const parsed = plugin.engine.params.safeParse(setParam(base, meta.name, value));
	return parsed.success ? (parsed.data as Record<string, unknown>) : base;
}

/** Builds the question for a scenario item id of a pack, or says why it cannot. */
export function scenarioQuestion(pack: LessonPack, itemId: string, seed: number): ScenarioQuestion | {error: string} {
	const target = parseScenarioItem(itemId);
	const sim = target && pack.simulations.find((s) => s.id === target.sim);
	if (!target || !sim) return {error: `no simulation for ${itemId} in ${pack.id}`};
	const plugin = simById(sim.engine);
	const parsed = plugin?.engine.params.safeParse(sim.params);
	if (!plugin || !parsed?.success) return {error: `simulation ${sim.id} cannot run`};
	const base = parsed.data as Record<string, unknown>;
	if (target.target === PREDICT_TARGET) return predictQuestion(pack, sim, plugin, base, seed);
	const challenge = sim.challenges.find((c) => c.id === target.target);
	if (!challenge) return {error: `no challenge ${target.target} in ${sim.id}`};
	return challengeQuestion(pack, sim, plugin, base, seed, challenge);
}

function predictQuestion(
	pack: LessonPack,
	sim: Simulation,
	plugin: AnySim,
	base: Record<string, unknown>,
	seed: number,
): ScenarioQuestion | {error: string} {
	const metric = predictMetricOf(sim);
	const params = variedParams(plugin, sim, base, seed);
	const summary = summaryOf(plugin, params, seed);
	const actual = metric ? valueAt(summary, metric) : undefined;
	if (!metric || typeof actual !== 'number' || !Number.isFinite(actual)) return {error: `no figure to predict in ${sim.id}`};
	const info = plugin.results?.[metric];
	const kind = quantityKind({percent: info?.percent, unit: unitText(info?.unit, 'en') || undefined}, actual);
	const answer = asAnswered(kind, actual);
	const settings = settingsThatMatter(plugin, sim, params);
	const unitOf = (lang: Lang) => (kind === 'share' ? WORDS[lang].percentUnit : unitText(info?.unit, lang));
	const item: QuizItem = {
		id: scenarioItemId(sim.id, PREDICT_TARGET),
		card: cardFor(pack, sim),
		type: 'numeric',
		skill: 'reasoning',
		answer,
		tolerance: Number(toleranceFor(kind, answer).toPrecision(3)),
		...(unitOf('en') || unitOf('ko') ? {unit: both(unitOf)} : {}),
		prompt: both((lang) =>
			WORDS[lang].predict(
				sim.title[lang],
				seed,
				settings.map((p) => settingText(plugin, p, params, lang)).join(', '),
				figureLabel(plugin, metric, params, lang),
			),
		),
		explanation: both((lang) => {
			const others = Object.keys(plugin.results ?? {})
				.filter((k) => k !== metric && valueAt(summary, k) !== undefined)
				.slice(0, 3)
				.map((k) => `${figureLabel(plugin, k, params, lang)} ${figureValue(plugin, k, valueAt(summary, k), lang)}`);
			const first = WORDS[lang].ranTo(seed, figureLabel(plugin, metric, params, lang), figureValue(plugin, metric, actual, lang));
			return others.length > 0 ? `${first} ${WORDS[lang].alsoSaw(others.join(', '))}` : first;
		}),
	};
	return {item, scenario: {sim: sim.id, target: PREDICT_TARGET, seed, runs: [params]}};
}

function challengeQuestion(
	pack: LessonPack,
	sim: Simulation,
	plugin: AnySim,
	base: Record<string, unknown>,
	seed: number,
	challenge: Simulation['challenges'][number],
): ScenarioQuestion {
	const others = sim.challenges.filter((c) => c.id !== challenge.id && c.solution).map((c) => c.solution as Record<string, unknown>);
	const options = optionsFor(plugin, base, (challenge.solution ?? {}) as Record<string, unknown>, others);
	const summaries = options.map((o) => summaryOf(plugin, o.params, seed));
	const right = options.flatMap((o, i) => (challengeMet(challenge, base, o.params, summaries[i]) ? [i] : []));
	const label = (o: Option, lang: Lang) =>
		o.changed.length === 0 ? WORDS[lang].asItStarts : o.changed.map((p) => settingText(plugin, p, o.params, lang)).join(', ');
	const choices = options.map((o) => both((lang) => label(o, lang)));
	// When nothing offered meets it on this seed, saying so is the answer.
	if (right.length === 0) choices.push(both((lang) => WORDS[lang].noneMeets));
	const answers = right.length === 0 ? [choices.length - 1] : right;
	const explanation = both((lang) => {
		const lines = options.map((o, i) => {
			if (right.includes(i)) return WORDS[lang].meets(label(o, lang));
			// Missing no goal but not right: it changed a setting the challenge is about.
			const why = missedGoal(plugin, challenge.goal, summaries[i], o.params, lang) ?? WORDS[lang].changesScenario;
			return WORDS[lang].misses(label(o, lang), why);
		});
		return [WORDS[lang].onSeed(seed), ...lines, ...(right.length === 0 ? [WORDS[lang].noneRight] : [])].join('\n');
	});
	const common = {
		id: scenarioItemId(sim.id, challenge.id),
		card: cardFor(pack, sim),
		skill: 'reasoning' as const,
		prompt: both((lang) => WORDS[lang].challenge(sim.title[lang], seed, challenge.title[lang])),
		explanation,
		choices,
	};
	const item: QuizItem = answers.length === 1 ? {...common, type: 'single', answer: answers[0]!} : {...common, type: 'multi', answers};
	return {item, scenario: {sim: sim.id, target: challenge.id, seed, runs: options.map((o) => o.params)}};
}
