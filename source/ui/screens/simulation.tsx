import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {LessonPack, Simulation} from '../../content/schema.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import {paramLabel, paramMeta} from '../../sims/param-meta.js';
import {simById} from '../../sims/registry.js';
import {mainGoal} from '../../sims/run.js';
import type {AnySim} from '../../sims/types.js';
import {KeyHelp} from '../components/key-help.js';
import {useHelpNotes} from '../hooks/use-help-notes.js';
import {useKeys} from '../hooks/use-keys.js';
import {useSimulationState} from '../hooks/use-simulation-state.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import type {Action} from '../keys.js';
import {capturesKeys, isTyping} from '../simulation-state.js';
import {theme} from '../theme.js';
import {useRunEnd} from '../hooks/use-run-end.js';
import {SimulationBroken} from './simulation-broken.js';
import {simulationKeys} from './simulation-keys.js';
import {CODE_LINE_ROWS, CodeLine, SimulationShare, useOpenElsewhere, useRunCode, useShareContext} from './simulation-share.js';
import type {SimRun} from '../../sims/sim-run.js';
import {ChallengesView} from './simulation-challenges.js';
import {bottomLine, commandNarration, headerTexts} from './simulation-lines.js';
import {firstParam, simulationRows, viewBudget} from './simulation-layout.js';
import {describeParam, paramRow, resultLines} from './simulation-text.js';

type Props = {
	pack: LessonPack;
	sim: Simulation;
	columns: number;
	rows: number;
	now: () => number;
	/** A run to start from (a share code's, a scenario's); else the run left here, or a new one. */
	preset?: SimRun | undefined;
	/** Opens a run of another simulation (a share code loaded here that holds one). */
	onOpenRun?: ((run: SimRun) => void) | undefined;
	/** A scenario review's run to watch (its settings and seed, playing from the start): nothing it does is recorded. */
	watch?: {params: unknown; seed: number} | undefined;
};

/**
 * A simulation to play with: the drawing first, what just happened (narration)
 * under it, the results, then the parameters with the selected one described.
 * Change them (←→ by their step, Enter to type one), run (play, step, step back,
 * to the end, restart, new seed, back to the defaults), predict a result first,
 * read the legend (l) and the chapter's challenges (c). The state is a pure
 * reducer (simulation-state.ts) kept for the app's run; this component turns
 * keys into actions, records what the end of a run earns, and draws.
 */
export function SimulationScreen(props: Props) {
	// A pack that slipped past the pack checker (or was built by hand) is said, never thrown.
	const plugin = simById(props.sim.engine);
	const parsed = plugin?.engine.params.safeParse(props.sim.params);
	if (!plugin || !parsed?.success) {
		const issue = parsed?.error?.issues[0];
		const reason = plugin ? `params.${issue?.path.join('.')}: ${issue?.message}` : `no simulation engine "${props.sim.engine}"`;
		return <SimulationBroken sim={props.sim} reason={reason} columns={props.columns} rows={props.rows} />;
	}
	return <SimulationRun {...props} plugin={plugin} initial={parsed.data} />;
}

/** The screen for a simulation whose engine and params are known to be good. */
function SimulationRun(props: Props & {plugin: AnySim; initial: unknown}) {
	const {pack, sim, columns, rows, now, plugin, initial, watch} = props;
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const {engine, liveActions: actions} = plugin;
	const predictMetric = sim.predict?.metric ?? sim.challenges.map((c) => mainGoal(c.goal)).find((g) => g !== undefined)?.metric;
	const share = useShareContext(pack, sim.id, lang);
	const [state, dispatch] = useSimulationState(plugin, initial, predictMetric, `sim:${pack.id}/${sim.id}`, share, props.preset, watch);
	const {playback, mode, selected, prediction, notice} = state;
	const params = playback.params as Record<string, unknown>;
	const metas = useMemo(() => paramMeta(engine, params), [engine, params]);
	const inner = columns - 4;
	const summary = useMemo(() => engine.summary(playback.state), [engine, playback.state]);
	const key = (id: string) => `${pack.id}/${sim.id}/${id}`;
	const predictInfo = predictMetric ? plugin.results?.[predictMetric] : undefined;
	const predictLabel = predictInfo ? `${predictInfo.label[lang]}${predictInfo.percent ? ' (0–1)' : ''}` : (predictMetric ?? '');

	useRunEnd({pack, sim, plugin, initial, state, summary, predictMetric, predictInfo, watch, now, dispatch});

	// Keys go to the reducer, which knows what they mean in the current mode (so several keys
	// in one chunk act in order); a field or the challenges view takes printable keys, and Esc leaves it.
	const captured = capturesKeys(state);
	const typing = isTyping(state);
	const toReducer = (k: Action) => () => dispatch({type: 'key', key: k});
	const {name: screenName, keys} = simulationKeys(state, captured, plugin.command !== undefined);
	// The `?` overlay adds the legend.
	useHelpNotes(`sim:${pack.id}/${sim.id}`, m.simLegendTitle, [
		...actions.map((a, i) => `${i + 1} ${a.label[lang]}`),
		...(plugin.legend ? plugin.legend(lang) : []),
	]);
	useKeys(
		{
			...Object.fromEntries(keys.map((k) => [k, toReducer(k)])),
			capture: captured,
			text: (text) => dispatch({type: 'text', text, captured}),
		},
		screenName,
	);

	const {title, status} = headerTexts(`${pack.chapter} ${pick(sim.title, lang)}`, state, inner, m);
	const header = (
		<Box justifyContent="space-between">
			<Text color={theme.accent} bold>
				{title}
			</Text>
			<Text color={theme.muted}>{truncate(status, Math.max(0, inner - widthOf(title) - 2))}</Text>
		</Box>
	);
	const metCount = sim.challenges.filter((c) => doc.challenges[key(c.id)] !== undefined).length;
	const code = useRunCode(state);
	useOpenElsewhere(state.elsewhere, props.onOpenRun);

	if (state.panel === 'share' || mode.kind === 'code') {
		return (
			<Box flexDirection="column" paddingX={2}>
				{header}
				<SimulationShare state={state} code={code} columns={inner} rows={rows - 3} />
				<KeyHelp screen={screenName} columns={inner} />
			</Box>
		);
	}

	if (state.panel === 'challenges') {
		return (
			<Box flexDirection="column" paddingX={2}>
				{header}
				<ChallengesView
					sim={sim}
					met={(id) => doc.challenges[key(id)] !== undefined}
					columns={inner}
					rows={rows - 3}
					scroll={state.scroll}
					labelOf={(path) => plugin.params?.[path]?.label[lang] ?? path}
				/>
				<KeyHelp screen="sim-challenges" columns={inner} />
			</Box>
		);
	}

	const parts = {actions: actions.length > 0, challenges: sim.challenges.length > 0, params: metas.length};
	// A command line's goal (the pack's intro) gets a row under the title where there is room; c shows it whole.
	const goal = plugin.command && sim.intro && rows >= 20 ? truncate(pick(sim.intro, lang), inner) : undefined;
	// Without the goal row (a small screen) that row goes to the narration: a command's result and what to do next.
	// From 24 rows the run's share code has a line of its own (simulation-share.tsx).
	const codeRow = rows >= CODE_LINE_ROWS ? 1 : 0;
	const viewLines = plugin.view(playback.state, inner, viewBudget(rows - codeRow - (plugin.command ? 1 : 0), parts), lang);
	const layout = simulationRows(rows - codeRow - (goal ? 1 : 0), viewLines.length, parts);
	const said = plugin.command
		? commandNarration(state.said, lang, inner, layout.narration, m.simCommandNothingYet)
		: state.said.slice(-layout.narration).map((x) => truncate(x.line[lang], inner));
	const meta = metas[selected];
	const labels = Math.min(24, Math.max(...metas.map((x) => widthOf(paramLabel(plugin, x.name, params, lang)))));
	const first = firstParam(layout.params, metas.length, selected);
	const legendRows = layout.narration + layout.results + layout.description + layout.params;
	const legend = plugin.legend ? plugin.legend(lang).flatMap((l) => wrap(l, inner)) : [];
	// Scrolled by ↑↓ when it does not fit.
	const legendTop = Math.min(state.scroll, Math.max(0, legend.length - (legendRows - 1)));
	const fieldLabel = mode.kind === 'typing' ? paramLabel(plugin, mode.param, params, lang) : '';
	const line = bottomLine({command: plugin.command, mode, notice, prediction, predictLabel, fieldLabel}, lang, m);
	const drawLines = (lines: string[], prefix: string, color?: string) =>
		lines.map((text, i) => (
			<Text key={`${prefix}${i}`} color={color}>
				{truncate(text, inner) || ' '}
			</Text>
		));

	return (
		<Box flexDirection="column" paddingX={2}>
			{header}
			{goal ? <Text color={theme.muted}>{goal}</Text> : null}
			{viewLines.map((view, i) => (
				<Text key={`v${i}`} color={view.color}>
					{view.text || ' '}
				</Text>
			))}
			{state.panel === 'legend' ? (
				<>
					{drawLines([`${m.simLegend}:`, ...legend.slice(legendTop, legendTop + legendRows - 1)], 'g', theme.muted)}
					{drawLines(
						Array.from({length: Math.max(0, legendRows - legend.length - 1)}, () => ''),
						'gp',
					)}
				</>
			) : (
				<>
					{drawLines(
						[...(said.length ? said : [m.simNothingYet]), ...Array(layout.narration).fill('')].slice(0, layout.narration),
						'n',
						theme.muted,
					)}
					{drawLines(resultLines(plugin, summary, lang, inner, layout.results), 'r')}
					{drawLines(describeParam(plugin, meta, lang, m, inner, layout.description), 'd', theme.muted)}
					{metas.slice(first, first + layout.params).map((x, i) => (
						<Text key={x.name} color={first + i === selected ? theme.accent : undefined}>
							{paramRow(plugin, x, params, first + i === selected, {lang, m, labels, columns: inner})}
						</Text>
					))}
				</>
			)}
			{sim.challenges.length > 0 ? (
				<Text color={metCount === sim.challenges.length ? theme.done : theme.muted}>
					{truncate(m.simChallengesLine(metCount, sim.challenges.length), inner)}
				</Text>
			) : null}
			{actions.length > 0 ? (
				<Text color={theme.muted}>{truncate(actions.map((a, i) => `${i + 1} ${pick(a.label, lang)}`).join(' · '), inner)}</Text>
			) : null}
			{codeRow ? <CodeLine code={code} columns={inner} /> : null}
			<Text color={typing ? theme.warn : theme.accent}>{truncate(line, inner)}</Text>
			<KeyHelp screen={screenName} columns={inner} />
		</Box>
	);
}
