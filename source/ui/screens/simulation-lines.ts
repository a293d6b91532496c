/** Lines of the simulation screen as plain strings: the header's title and status, the bottom line (fields, prediction, notice, command line) and a command line's narration. */
import type {Localized} from '../../content/schema.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import type {Messages} from '../../content/messages.js';
import type {SimCommand} from '../../sims/types.js';
import {firstFit} from '../../sims/view-kit.js';
import type {SimMode, SimScreenState} from '../simulation-state.js';
import {stepsPerSecond} from '../simulation-speed.js';
import {show} from './simulation-text.js';

type Lang = 'en' | 'ko';

type Bottom = {
	command: SimCommand | undefined;
	mode: SimMode;
	notice: string | Localized | undefined;
	prediction: number | undefined;
	predictLabel: string;
	fieldLabel: string;
};

/**
 * The line above the key help: a field being typed (a value, a prediction, a
 * command after its prompt), else the prediction kept for the run, else the
 * last notice; a simulation with a command line says how to open it.
 */
export function bottomLine(b: Bottom, lang: Lang, m: Messages): string {
	const {mode} = b;
	const notice = b.notice === undefined || typeof b.notice === 'string' ? b.notice : m.simRejected(b.notice[lang]);
	const prompt = b.command ? pick(b.command.prompt, lang) : '';
	if (mode.kind === 'command') return `${prompt} ${mode.text}▏${mode.text === '' && notice ? `  ${notice}` : ''}`;
	if (mode.kind === 'typing') return `${mode.error ? `${m.simRejected(mode.error[lang])} · ` : ''}${b.fieldLabel} = ${mode.text}▏`;
	if (mode.kind === 'predicting') return `${m.simPredictPrompt(b.predictLabel)} ${mode.text}▏`;
	if (b.prediction !== undefined) return m.simPredicted(show(b.prediction));
	return notice ?? (b.command ? m.simCommandHint(prompt) : ' ');
}

/**
 * The narration rows: the newest line wrapped whole (a command's result, an
 * error and what to do next must be read in full), older lines above it cut
 * to one row each, as many as fit.
 */
export function commandNarration(said: readonly {line: Localized}[], lang: Lang, columns: number, rows: number, empty: string): string[] {
	const newest = said.at(-1);
	if (!newest || rows <= 0) return [truncate(empty, columns)].slice(0, rows);
	const wrapped = wrap(newest.line[lang], columns);
	const last = wrapped.length > rows ? [...wrapped.slice(0, rows - 1), truncate(wrapped.slice(rows - 1).join(' '), columns)] : wrapped;
	const room = rows - last.length;
	const older = room > 0 ? said.slice(0, -1).slice(-room) : [];
	return [...older.map((x) => truncate(x.line[lang], columns)), ...last];
}

/** The title and the run's status beside it; the status gives way before the title: the seed first, then the long form of the speed (never the speed itself). */
export function headerTexts(name: string, state: SimScreenState, inner: number, m: Messages): {title: string; status: string} {
	const {playback, mode} = state;
	const run = playback.done ? m.simDone : mode.kind === 'running' ? m.simPlaying : m.simPaused;
	const rate = stepsPerSecond(state);
	const status = firstFit(
		[
			m.simStatus(playback.seed, playback.steps, run, m.simSpeed(rate)),
			`${m.simStep(playback.steps)} · ${run} · ${m.simSpeed(rate)}`,
			`${m.simStep(playback.steps)} · ${run} · ${m.simSpeedShort(rate)}`,
			`${run} · ${m.simSpeedShort(rate)}`,
		],
		Math.max(12, inner - widthOf(name) - 2),
	);
	return {title: truncate(name, Math.max(8, inner - widthOf(status) - 2)), status};
}
