/** What the simulation screen writes for a simulation with a command line: the line itself and the narration above it. */
import type {Localized} from '../../content/schema.js';
import {pick, truncate, wrap} from '../../content/text.js';
import type {Messages} from '../../content/messages.js';
import type {SimCommand} from '../../sims/types.js';
import type {SimMode} from '../simulation-state.js';

type Lang = 'en' | 'ko';

/** The bottom line: what is being typed after the prompt, else the last notice beside the prompt, else how to open it. */
export function commandLine(command: SimCommand, mode: SimMode, notice: string | undefined, lang: Lang, m: Messages): string {
	const prompt = pick(command.prompt, lang);
	if (mode.kind === 'command') return `${prompt} ${mode.text}▏${mode.text === '' && notice ? `  ${notice}` : ''}`;
	return notice ?? m.simCommandHint(prompt);
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
