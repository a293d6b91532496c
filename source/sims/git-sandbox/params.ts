import {z} from 'zod';
import {LEVEL_IDS} from './levels.js';

/** The word that makes a run play the level's own solution. */
export const SOLUTION = 'solution';

/**
 * Which level to play, and what a run (Space, n, a headless run) plays: git
 * commands separated by ";", one a step, or "solution" for the level's own.
 * Commands typed on the screen's command line come on top of it.
 */
export const gitSandboxParams = z.object({
	level: z.enum(LEVEL_IDS).default('merge'),
	script: z.string().max(2000).default(SOLUTION),
});

export type GitSandboxParams = z.output<typeof gitSandboxParams>;

/** One line per param for `sim --list` and `--help`. */
export const gitSandboxParamHelp: Readonly<Record<keyof GitSandboxParams, string>> = {
	level: `which level to play (${LEVEL_IDS.join(', ')}); "sandbox" has no goal`,
	script:
		'git commands a run plays, one a step, separated by ";" (e.g. "switch main; merge feature"); "solution" plays the level\'s own; empty plays nothing',
};

/** The commands a script names, in order. */
export function scriptCommands(script: string, solution: readonly string[]): readonly string[] {
	if (script.trim() === SOLUTION) return solution;
	return script
		.split(';')
		.map((c) => c.trim())
		.filter((c) => c !== '');
}
