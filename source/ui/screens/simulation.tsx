import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import type {LessonPack, Simulation} from '../../content/schema.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import {paramMeta} from '../../sims/param-meta.js';
import {simById} from '../../sims/registry.js';
import {mainGoal, meets, valueAt} from '../../sims/run.js';
import type {AnySim} from '../../sims/types.js';
import {addPrediction, meetChallenge} from '../../progress/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {useKeys} from '../hooks/use-keys.js';
import {useSimulationState} from '../hooks/use-simulation-state.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import type {Action} from '../keys.js';
import {isTyping, pace} from '../simulation-state.js';
import {theme} from '../theme.js';
import {panelRows, simulationRows} from './simulation-layout.js';

type Props = {pack: LessonPack; sim: Simulation; columns: number; rows: number; now: () => number};

/** The keys each mode of the simulation screen answers to (as its help line lists them); the reducer says what they do. */
const RUN_KEYS: Action[] = [
	'toggle',
	'slower',
	'faster',
	'stepNext',
	'stepBack',
	'toEnd',
	'restart',
	'newSeed',
	'up',
	'down',
	'prev',
	'next',
	'open',
	'predict',
];
const FIELD_KEYS: Action[] = ['erase', 'open', 'back'];

/** A number or word from a summary, short enough for a column. */
function show(value: unknown): string {
	if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
	if (typeof value === 'string' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.length}]`;
	return value === null ? '-' : '{…}';
}

/**
 * A simulation to play with: change its parameters, run it (play, step,
 * step back, to the end, restart, new seed), predict a result first, and
 * meet the chapter's challenges. Its state is a pure reducer with an explicit
 * mode (simulation-state.ts); this component turns keys into actions, records
 * what the end of a run earns, and draws.
 */
export function SimulationScreen(props: Props) {
	const plugin = simById(props.sim.engine)!;
	return <SimulationRun {...props} plugin={plugin} initial={plugin.engine.params.parse(props.sim.params)} />;
}

/** The screen for a simulation whose engine and params are known to be good. */
function SimulationRun({pack, sim, columns, rows, now, plugin, initial}: Props & {plugin: AnySim; initial: unknown}) {
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const {engine, liveActions: actions} = plugin;
	const predictMetric = sim.challenges.map((c) => mainGoal(c.goal)).find((g) => g !== undefined)?.metric;
	const [state, dispatch] = useSimulationState(plugin, initial, predictMetric);
	const {playback, mode, selected, prediction, notice} = state;
	const params = playback.params as Record<string, unknown>;
	const metas = useMemo(() => paramMeta(engine, params), [engine, params]);
	const inner = columns - 4;
	const summary = useMemo(() => engine.summary(playback.state), [engine, playback.state]);
	const key = (id: string) => `${pack.id}/${sim.id}/${id}`;

	// At the end of a run: challenges met, and the prediction revealed (once per finished run).
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the run's end alone
	useEffect(() => {
		if (!playback.done || playback.steps === 0) return;
		const met = sim.challenges.filter((c) => meets(summary, c.goal) && doc.challenges[key(c.id)] === undefined);
		const at = now();
		if (met.length > 0) {
			update((d) => met.reduce((acc, c) => meetChallenge(acc, key(c.id), at), d));
			dispatch({type: 'notice', text: m.simChallengeMet(pick(met[0]!.title, lang))});
		}
		const actual = predictMetric ? valueAt(summary, predictMetric) : undefined;
		if (prediction !== undefined && predictMetric && typeof actual === 'number') {
			const score = Math.max(0, 1 - Math.abs(prediction - actual) / Math.max(Math.abs(actual), 1e-9));
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
			dispatch({type: 'notice', text: m.simPrediction(prediction, Number(actual.toPrecision(4)), Math.round(score * 100)), revealed: true});
		}
	}, [playback.done, playback.steps]);

	// Keys go to the reducer, which knows what they mean in the current mode (so several keys
	// in one chunk act in order); a field being typed takes q, ? and digits, and Esc leaves it.
	const typing = isTyping(state);
	const toReducer = (k: Action) => () => dispatch({type: 'key', key: k});
	useKeys(
		{
			...Object.fromEntries((typing ? FIELD_KEYS : RUN_KEYS).map((k) => [k, toReducer(k)])),
			capture: typing,
			text: (text) => dispatch({type: 'text', text}),
		},
		typing ? 'sim-predict' : 'sim',
	);

	const speed = pace(state) ? `×${pace(state)}` : m.simSpeedAuto;
	const status = m.simStatus(
		playback.seed,
		playback.steps,
		playback.done ? m.simDone : mode.kind === 'running' ? `${m.simPlaying} ${speed}` : m.simPaused,
	);
	const title = truncate(`${pack.chapter} ${pick(sim.title, lang)}`, inner - widthOf(status) - 2);
	const scalars = Object.entries(summary as Record<string, unknown>).filter(([, v]) => v === null || typeof v !== 'object');
	const introAll = sim.intro ? wrap(pick(sim.intro, lang), inner).slice(0, 2) : [];
	const layout = simulationRows(rows, {actions: actions.length > 0, challenges: sim.challenges.length, introLines: introAll.length});
	const intro = introAll.slice(0, layout.intro);
	const challengeLines = sim.challenges.slice(0, layout.challenges);
	const viewLines = layout.viewRows > 0 ? plugin.view(playback.state, inner, layout.viewRows, lang) : [];
	const {paramRows, resultRows, firstParam} = panelRows(layout.free, viewLines.length, metas.length, selected);
	const half = Math.floor(inner / 2);
	const resultCells = scalars.slice(0, resultRows * 2).map(([k, v]) => truncate(`${k} ${show(v)}`, half - 1));
	const line =
		mode.kind === 'typing'
			? `${mode.param}: ${mode.text}▏`
			: mode.kind === 'predicting'
				? `${m.simPredictPrompt(predictMetric ?? '')} ${mode.text}▏`
				: prediction !== undefined
					? m.simPredicted(prediction)
					: (notice ?? ' ');

	return (
		<Box flexDirection="column" paddingX={2}>
			<Box justifyContent="space-between">
				<Text color={theme.accent} bold>
					{title}
				</Text>
				<Text color={theme.muted}>{status}</Text>
			</Box>
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
			{intro.map((text, i) => (
				<Text key={`i${i}`}>{text}</Text>
			))}
			<Text color={theme.muted}>{m.simParams}</Text>
			{metas.slice(firstParam, firstParam + paramRows).map((meta, i) => {
				const index = firstParam + i;
				const active = index === selected;
				const raw = valueAt(params, meta.name);
				const value = meta.kind === 'fixed' ? `${show(raw)} ${m.simFixed}` : meta.kind === 'text' ? `"${show(raw)}" (Enter)` : show(raw);
				return (
					<Text key={meta.name} color={active ? theme.accent : undefined}>
						{truncate(
							`${active ? theme.pointer : ' '} ${meta.name.padEnd(18)} ${active && meta.kind !== 'fixed' && meta.kind !== 'text' ? `◀ ${value} ▶` : value}`,
							inner,
						)}
					</Text>
				);
			})}
			{viewLines.map((view, i) => (
				<Text key={`v${i}`} color={view.color}>
					{view.text || ' '}
				</Text>
			))}
			<Text color={theme.muted}>{m.simResult}</Text>
			{Array.from({length: Math.ceil(resultCells.length / 2)}, (_, r) => {
				const left = resultCells[r * 2] ?? '';
				return <Text key={`r${r}`}>{`${left}${' '.repeat(Math.max(1, half - widthOf(left)))}${resultCells[r * 2 + 1] ?? ''}`}</Text>;
			})}
			<Text color={theme.muted}>{m.simChallenges}</Text>
			{challengeLines.map((c) => {
				const met = doc.challenges[key(c.id)] !== undefined;
				return (
					<Text key={c.id} color={met ? theme.done : undefined}>
						{truncate(`${met ? '✓' : '○'} ${pick(c.title, lang)}`, inner)}
					</Text>
				);
			})}
			{actions.length > 0 ? (
				<Text color={theme.muted}>{truncate(actions.map((a, i) => `${i + 1} ${pick(a.label, lang)}`).join(' · '), inner)}</Text>
			) : null}
			<Text color={typing ? theme.warn : theme.accent}>{truncate(line, inner)}</Text>
			<KeyHelp screen={typing ? 'sim-predict' : 'sim'} columns={inner} />
		</Box>
	);
}
