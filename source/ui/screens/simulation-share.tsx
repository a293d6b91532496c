import {Text} from 'ink';
import {useEffect, useMemo, useRef} from 'react';
import type {LessonPack} from '../../content/schema.js';
import type {Lang} from '../../content/text.js';
import {truncate, width as widthOf, wrap} from '../../content/text.js';
import {encodeRun} from '../../sims/share-code.js';
import {runOf, type SimRun} from '../../sims/sim-run.js';
import {usePacks} from '../packs-context.js';
import type {ShareContext} from '../simulation-share.js';
import {useI18n} from '../i18n-context.js';
import type {SimScreenState} from '../simulation-state.js';
import {theme} from '../theme.js';

type Line = {text: string; color?: string; bold?: boolean};

/** From this many rows the simulation screen gives the run's code a line of its own. */
export const CODE_LINE_ROWS = 24;

/**
 * The run's code on the main screen, whole on one line where it fits (to be
 * copied as it is); a longer one is never cut there: the line says how to see it.
 */
export function CodeLine({code, columns}: {code: string | undefined; columns: number}) {
	const {m} = useI18n();
	const line = code ? `${m.shareCodeLabel} ${code}` : '';
	const fits = code !== undefined && widthOf(line) <= columns;
	return <Text color={theme.muted}>{truncate(fits ? line : m.shareCodeLong(codeLines(code ?? '', columns).length), columns) || ' '}</Text>;
}

/** A code cut into lines of exactly `columns` characters (a code is ASCII): nothing added, so lines copied together read as the code. */
export function codeLines(code: string, columns: number): string[] {
	const size = Math.max(1, columns);
	return Array.from({length: Math.ceil(code.length / size)}, (_, i) => code.slice(i * size, (i + 1) * size));
}

/** What reading and writing codes on this screen needs: every pack loaded (just this one before they are). */
export function useShareContext(pack: LessonPack, sim: string, lang: Lang): ShareContext {
	const packs = usePacks();
	return useMemo(() => ({pack: pack.id, sim, registry: packs ? [...packs.values()] : [pack], lang}), [packs, pack, sim, lang]);
}

/** A code loaded here that holds another simulation's run: that simulation opens with it. */
export function useOpenElsewhere(run: SimRun | undefined, open: ((run: SimRun) => void) | undefined): void {
	const opened = useRef<SimRun | undefined>(undefined);
	useEffect(() => {
		if (!run || !open || opened.current === run) return;
		opened.current = run;
		open(run);
	}, [run, open]);
}

/** The share code of the run on screen, as the share view and the screen's code line show it. */
export function useRunCode(state: SimScreenState): string | undefined {
	const {share, playback} = state;
	return useMemo(() => (share ? encodeRun(runOf(share.pack, share.sim, playback), share.registry) : undefined), [share, playback]);
}

/**
 * Full screen under the title: the run's code whole (s), or the field a code
 * is typed or pasted into (o), with why a code was not taken. The code comes
 * first and is never cut: when it is longer than a line it runs on over
 * several, each exactly the width, and ↑↓ scroll what does not fit.
 */
export function SimulationShare({
	state,
	code,
	columns,
	rows,
}: {
	state: SimScreenState;
	code: string | undefined;
	columns: number;
	rows: number;
}) {
	const {m} = useI18n();
	const {mode, playback} = state;
	const text = (t: string, color?: string): Line[] => wrap(t, columns).map((x) => ({text: x, color}));
	let lines: Line[];
	if (mode.kind === 'code') {
		const field = `${m.shareField} ${mode.text}▏`;
		// The field as typed, cut to the width (the prompt on its first line); the newest characters stay in view.
		const typed = codeLines(field, columns - (widthOf(field) - field.length));
		const keep = Math.max(1, rows - 4 - (mode.problem ? 2 : 0));
		lines = [
			...text(m.shareLoadTitle, theme.accent),
			...text(m.shareLoadHow, theme.muted),
			{text: ' '},
			...typed.slice(-keep).map((x) => ({text: x, color: theme.warn})),
			...(mode.problem ? text(m.shareNotLoaded(m.shareProblem(mode.problem)), theme.warn) : []),
		];
	} else {
		const parts = codeLines(code ?? '', columns);
		const top = Math.min(state.scroll, Math.max(0, parts.length - Math.max(1, rows - 1)));
		lines = [
			...text(m.shareTitle, theme.accent),
			...parts.slice(top).map((x) => ({text: x, bold: true})),
			...(parts.length > 1 ? text(m.shareLines(parts.length), theme.muted) : []),
			...text(m.shareRun(playback.seed, playback.steps, playback.actions.length), theme.muted),
			{text: ' '},
			...text(m.shareHow, theme.muted),
		];
	}
	const shown = lines.slice(0, rows);
	return (
		<>
			{shown.map((line, i) => (
				<Text key={`s${i}`} color={line.color} bold={line.bold}>
					{line.text || ' '}
				</Text>
			))}
			{Array.from({length: Math.max(0, rows - shown.length)}, (_, i) => (
				<Text key={`b${i}`}> </Text>
			))}
		</>
	);
}
