import type {z} from 'zod';
import type {Localized} from '../content/schema.js';
import type {Lang} from '../content/text.js';

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

/** A line of a simulation's drawing; `color` is one of the view kit's colour tokens (or none). */
export type ViewLine = {text: string; color?: string};

/** A drawing of a state in a box of `width` columns and at most `rows` lines: plain text, no Ink, never changes the state. */
export type SimView<State> = (state: State, width: number, rows: number, lang: Lang) => ViewLine[];

/**
 * Something a learner can do to a running simulation from its screen (keys 1–9),
 * beside changing its parameters: crash the Raft leader, add a consumer,
 * take a server down. `make` returns the engine action for the current state,
 * or undefined when it does not apply.
 */
export type LiveAction<State> = {readonly label: Localized; make(state: State): {type: string} | undefined};

/**
 * One simulation, as its folder `source/sims/<id>/` declares it (in its
 * `index.ts`) and the registry lists it: the engine, its drawing and the live
 * actions its screen offers. Everything a learner sees of a simulation beside
 * the pack's text comes from here, so new per-simulation pieces (parameter
 * labels, units and steps; narration; a legend; a compact drawing) belong in
 * this record and in the simulation's folder.
 */
export interface SimPlugin<Params, State, Action extends {type: string}, Summary> {
	readonly engine: SimEngine<Params, State, Action, Summary>;
	readonly view: SimView<State>;
	readonly liveActions: readonly LiveAction<State>[];
}

/** Declares a simulation with its types checked together (engine state = view state = action state). */
export function defineSim<P, S, A extends {type: string}, Sum>(sim: SimPlugin<P, S, A, Sum>): SimPlugin<P, S, A, Sum> {
	return sim;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds engines of every shape
export type AnyEngine = SimEngine<any, any, {type: string}, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: a registry holds simulations of every shape
export type AnySim = SimPlugin<any, any, {type: string}, unknown>;
