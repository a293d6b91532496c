import type {z} from 'zod';

/**
 * The contract every simulation engine keeps. An engine is pure and
 * deterministic: all randomness comes from the seeded `Random` handed to
 * init (kept in the state), time is a tick counter in the state (never
 * Date.now()), and no engine imports react, ink, fs or the clock.
 *
 * The same engine serves the TUI (which steps it, steps back by replaying
 * from the seed, and changes params by re-initialising) and the headless
 * `sd-trainer sim <id> --json` (init, then step {type: 'tick'} until done,
 * then print summary).
 */
export interface SimEngine<Params, State, Action extends {type: string}, Summary> {
	/** kebab-case, e.g. "consistent-hashing"; what packs and the CLI name. */
	readonly id: string;
	/** The chapter it belongs to (57, 58, 60). */
	readonly chapter: number;
	/** Every param with a default, so `params.parse({})` gives a runnable setup. */
	readonly params: z.ZodType<Params, unknown>;
	/** One line per param for `sim --list` and `--help`: name → meaning (English). */
	readonly paramHelp: Readonly<Record<string, string>>;
	init(params: Params, seed: number): State;
	/** Returns a new state; never mutates the one given. `{type: 'tick'}` advances time one step. */
	step(state: State, action: Action | {type: 'tick'}): State;
	/** True when a headless run should stop ticking. */
	done(state: State): boolean;
	/** Plain JSON (numbers, strings, booleans, arrays, objects): what challenges and `--json` read. */
	summary(state: State): Summary;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds engines of every shape
export type AnyEngine = SimEngine<any, any, {type: string}, unknown>;
