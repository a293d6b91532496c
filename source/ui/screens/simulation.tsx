import {Box, Text} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import type {LessonPack, Simulation} from '../../content/schema.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import {nudge, paramMeta, setParam} from '../../sims/param-meta.js';
import {liveActions} from '../../sims/live-actions.js';
import {engineById} from '../../sims/registry.js';
import type {AnyEngine} from '../../sims/types.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {mainGoal, meets, valueAt} from '../../sims/run.js';
import {addPrediction, meetChallenge} from '../../store/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {viewFor} from '../sim-views/index.js';
import {useKeys} from '../hooks/use-keys.js';
import {usePlayback} from '../hooks/use-playback.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {pack: LessonPack; sim: Simulation; columns: number; rows: number; now: () => number};
type Runnable = Props & {engine: AnyEngine; initial: unknown};

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
 * meet the chapter's challenges.
 */
export function SimulationScreen(props: Props) {
	// A pack that slipped past the checker (or was built by hand) is said, never thrown.
	const engine = engineById(props.sim.engine);
	const parsed = engine?.params.safeParse(props.sim.params);
	if (!engine || !parsed?.success) {
		const issue = parsed?.error?.issues[0];
		const reason = engine ? `params.${issue?.path.join('.')}: ${issue?.message}` : `no simulation engine "${props.sim.engine}"`;
		return <SimulationBroken sim={props.sim} reason={reason} columns={props.columns} />;
	}
	return <SimulationRun {...props} engine={engine} initial={parsed.data} />;
}

function SimulationBroken({sim, reason, columns}: {sim: Simulation; reason: string; columns: number}) {
	const {m} = useI18n();
	useKeys({}, 'message');
	return (
		<Box flexDirection="column" paddingX={2}>
			{[
				...wrap(m.simBroken, columns - 4).map((text) => ({text, color: theme.error})),
				...wrap(sanitizeLine(`${sim.id}: ${reason}`), columns - 4).map((text) => ({text, color: undefined})),
				...wrap(m.simBrokenFix, columns - 4).map((text) => ({text, color: theme.muted})),
			].map((line, i) => (
				<Text key={i} color={line.color}>
					{line.text}
				</Text>
			))}
			<KeyHelp screen="message" columns={columns - 4} />
		</Box>
	);
}

function SimulationRun({pack, sim, columns, rows, now, engine, initial}: Runnable) {
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const run = usePlayback(engine, initial);
	const {playback, playing} = run;
	const params = playback.params as Record<string, unknown>;
	const metas = useMemo(() => paramMeta(engine, params), [engine, params]);
	const [selected, setSelected] = useState(0);
	// A line being typed: a prediction, or a text parameter (when `editing` names it).
	const [typing, setTypingState] = useState<string | undefined>();
	const [editing, setEditing] = useState<string | undefined>();
	// Keys can come faster than renders: the typed text and the selection live in refs too.
	const typed = useRef<string | undefined>(undefined);
	const setTyping = (text: string | undefined) => {
		typed.current = text;
		setTypingState(text);
	};
	const chosen = useRef(0);
	const [prediction, setPrediction] = useState<number | undefined>();
	const [notice, setNotice] = useState<string | undefined>();
	const inner = columns - 4;
	const summary = useMemo(() => engine.summary(playback.state), [engine, playback.state]);
	const actions = liveActions(engine.id);
	const predictMetric = sim.challenges.map((c) => mainGoal(c.goal)).find((g) => g !== undefined)?.metric;
	const key = (id: string) => `${pack.id}/${sim.id}/${id}`;

	// A new run forgets the prediction made for the old one.
	const restart = (nextParams: unknown, seed: number) => {
		setPrediction(undefined);
		run.restart(nextParams, seed);
	};

	// At the end of a run: challenges met, and the prediction revealed (once per finished run).
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the run's end alone
	useEffect(() => {
		if (!playback.done || playback.steps === 0) return;
		const met = sim.challenges.filter((c) => meets(summary, c.goal) && doc.challenges[key(c.id)] === undefined);
		const at = now();
		if (met.length > 0) {
			update((d) => met.reduce((acc, c) => meetChallenge(acc, key(c.id), at), d));
			setNotice(m.simChallengeMet(pick(met[0]!.title, lang)));
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
			setNotice(m.simPrediction(prediction, Number(actual.toPrecision(4)), Math.round(score * 100)));
			setPrediction(undefined);
		}
	}, [playback.done, playback.steps]);

	const select = (index: number) => {
		chosen.current = index;
		setSelected(index);
	};
	const changeParam = (direction: 1 | -1) => {
		const meta = metas[chosen.current];
		if (!meta || meta.kind === 'fixed') return;
		const current = run.current().params as Record<string, unknown>;
		const parsed = engine.params.safeParse(setParam(current, meta.name, nudge(meta, valueAt(current, meta.name), direction)));
		if (parsed.success) restart(parsed.data, run.current().seed);
	};

	useKeys(
		typing !== undefined
			? {
					text: (ch) => {
						if (editing ? ch >= ' ' : /[\d.-]/.test(ch)) setTyping(`${typed.current ?? ''}${ch}`);
					},
					erase: () => setTyping((typed.current ?? '').slice(0, -1)),
					open: () => {
						const text = typed.current ?? '';
						setTyping(undefined);
						if (editing) {
							setEditing(undefined);
							const parsed = engine.params.safeParse(setParam(run.current().params as Record<string, unknown>, editing, text));
							if (parsed.success) restart(parsed.data, run.current().seed);
							return;
						}
						const value = Number(text);
						if (text !== '' && Number.isFinite(value)) setPrediction(value);
					},
				}
			: {
					toggle: run.toggle,
					slower: run.slower,
					faster: run.faster,
					stepNext: run.step,
					stepBack: run.back,
					toEnd: run.toEnd,
					restart: () => restart(run.current().params, run.current().seed),
					newSeed: () => restart(run.current().params, run.current().seed + 1),
					up: () => select((chosen.current - 1 + metas.length) % metas.length),
					down: () => select((chosen.current + 1) % metas.length),
					prev: () => changeParam(-1),
					next: () => changeParam(1),
					open: () => {
						const meta = metas[chosen.current];
						if (meta?.kind !== 'text') return;
						setEditing(meta.name);
						setTyping(String(valueAt(run.current().params, meta.name) ?? ''));
					},
					predict: () => {
						if (predictMetric && run.current().steps === 0) setTyping('');
					},
					// 1–9: the engine's live actions (crash the leader, add a consumer…).
					text: (ch) => {
						const action = actions[Number(ch) - 1]?.make(run.current().state as never);
						if (action) run.act(action);
					},
				},
		typing !== undefined ? 'sim-predict' : 'sim',
	);

	const pace = run.pace ? `×${run.pace}` : m.simSpeedAuto;
	const status = m.simStatus(playback.seed, playback.steps, playback.done ? m.simDone : playing ? `${m.simPlaying} ${pace}` : m.simPaused);
	const title = truncate(`${pack.chapter} ${pick(sim.title, lang)}`, inner - widthOf(status) - 2);
	const scalars = Object.entries(summary as Record<string, unknown>).filter(([, v]) => v === null || typeof v !== 'object');
	// The screen's lines, one short of the terminal (Ink redraws cleanly only below that):
	// header and rule, three section titles, the actions line, the notice, the help line,
	// at least two parameters and one result row; then, as room allows, the intro, the
	// challenges (up to four), and the drawing.
	const fixed = 2 + 3 + (actions.length > 0 ? 1 : 0) + 2 + 3;
	const room = rows - 1 - fixed;
	const challengeLines = sim.challenges.slice(0, Math.max(1, Math.min(4, room)));
	const introAll = sim.intro ? wrap(pick(sim.intro, lang), inner).slice(0, 2) : [];
	const intro = introAll.slice(0, Math.max(0, room - challengeLines.length));
	const free = 3 + Math.max(0, room - challengeLines.length - intro.length);
	// The drawing takes up to half the room; parameters and results share the rest.
	const draw = viewFor(engine.id);
	const viewRows = draw ? Math.min(8, Math.floor(free / 2)) : 0;
	const viewLines = draw && viewRows >= 3 ? draw(playback.state, inner, viewRows, lang) : [];
	const rest = free - viewLines.length;
	const paramRows = Math.min(metas.length, Math.max(2, Math.floor(rest / 2)));
	const resultRows = Math.max(1, rest - paramRows);
	const firstParam = Math.min(Math.max(0, selected - paramRows + 1), Math.max(0, metas.length - paramRows));
	const half = Math.floor(inner / 2);
	const resultCells = scalars.slice(0, resultRows * 2).map(([k, v]) => truncate(`${k} ${show(v)}`, half - 1));

	return (
		<Box flexDirection="column" paddingX={2}>
			<Box justifyContent="space-between">
				<Text color={theme.accent} bold>
					{title}
				</Text>
				<Text color={theme.muted}>{status}</Text>
			</Box>
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
			{intro.map((line, i) => (
				<Text key={`i${i}`}>{line}</Text>
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
			{viewLines.map((line, i) => (
				<Text key={`v${i}`} color={line.color}>
					{line.text || ' '}
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
			<Text color={typing !== undefined ? theme.warn : theme.accent}>
				{truncate(
					typing !== undefined && editing
						? `${editing}: ${typing}▏`
						: typing !== undefined && predictMetric
							? `${m.simPredictPrompt(predictMetric)} ${typing}▏`
							: prediction !== undefined
								? m.simPredicted(prediction)
								: (notice ?? ' '),
					inner,
				)}
			</Text>
			<KeyHelp screen={typing !== undefined ? 'sim-predict' : 'sim'} columns={inner} />
		</Box>
	);
}
