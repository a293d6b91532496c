import {z} from 'zod';
import {LEVEL_IDS} from './levels.js';

/** Which level to play; "sandbox" is the free one with no goal. */
export const gitSandboxParams = z.object({level: z.enum(LEVEL_IDS).default('merge')});

export type GitSandboxParams = z.output<typeof gitSandboxParams>;

/** One line per param for `sim --list` and `--help`. */
export const gitSandboxParamHelp: Readonly<Record<keyof GitSandboxParams, string>> = {
	level: `which level to play (${LEVEL_IDS.join(', ')}); "sandbox" has no goal; a tick plays the next command of its solution`,
};
