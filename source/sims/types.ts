import type {z} from 'zod';
import type {Challenge, Localized} from '../content/schema.js';
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
	/** Draws within the box it is given: a compact drawing that teaches at 60×16, growing with the terminal. */
	readonly view: SimView<State>;
	readonly liveActions: readonly LiveAction<State>[];
	/**
	 * What a learner reads about each parameter, by name ("servers.*.weight" for
	 * a field of every item of a list). The contract tests require it of every
	 * simulation (a few are still on their "not yet" list).
	 */
	readonly params?: ParamInfoTable;
	/** The summary figures shown on screen, in order, with their labels and units; others stay in `--json`. */
	readonly results?: ResultInfoTable;
	/** What one step (a tick or a live action) did, `prev` the state before it: one plain sentence per event, oldest first. */
	narrate?(prev: State, next: State, action: Action | {type: 'tick'}): Localized[];
	/** One line per code, glyph and colour the drawing uses, saying what it means. */
	readonly legend?: (lang: Lang) => string[];
	/** Steps per second a learner can follow, where play starts (one of the screen's speeds). */
	readonly stepsPerSecond?: number;
	/** A command line on the screen (`:` opens it), for a simulation driven by what the learner types (the git sandbox). */
	readonly command?: SimCommand;
}

/**
 * What the learner types on a simulation's command line: `prompt` stands
 * before the text; `action` turns a line into the engine action Enter takes
 * (a live action, replayed when stepping back). The engine says what came of it.
 */
export type SimCommand = {readonly prompt: Localized; action(text: string): {type: string}};

/**
 * One parameter as a learner sees it. `step` is what ←→ add or take away:
 * values on the grid `min + k × step` are the ones the arrows visit, so the
 * step must divide the schema's own grid (vnodes by 4) and reach the bounds
 * ("0 = off" included); any other allowed value can be typed (Enter).
 */
export type ParamInfo = {
	readonly label: Localized;
	/** "ms", "%", "req/s" … (the same in both languages unless given as a pair). */
	readonly unit?: string | Localized;
	/** One line: what changing it does. */
	readonly description: Localized;
	/** For numbers: what one press of ←→ changes. */
	readonly step?: number;
	/** A modelling assumption of this simulation, not a figure from the world. */
	readonly assumed?: boolean;
	/** Where the number or the rule comes from (a paper, an RFC, a product's docs). */
	readonly source?: string;
};
export type ParamInfoTable = Readonly<Record<string, ParamInfo>>;

/** One summary figure as shown on screen. `percent`: a fraction shown ×100 with "%". */
export type ResultInfo = {readonly label: Localized; readonly unit?: string | Localized; readonly percent?: boolean};
export type ResultInfoTable = Readonly<Record<string, ResultInfo>>;

/** Declares a simulation with its types checked together (engine state = view state = action state). */
export function defineSim<P, S, A extends {type: string}, Sum>(sim: SimPlugin<P, S, A, Sum>): SimPlugin<P, S, A, Sum> {
	return sim;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds engines of every shape
export type AnyEngine = SimEngine<any, any, {type: string}, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: a registry holds simulations of every shape
export type AnySim = SimPlugin<any, any, {type: string}, unknown>;

/** A challenge a simulation ships as data (not yet in a pack): always with a solution that meets it. */
export type SimChallenge = Challenge & {solution: Record<string, unknown>};
/** Ask for a number before the run; the run reveals it. */
export type SimPrediction = {id: string; prompt: Localized; params: Record<string, unknown>; metric: string; unit?: Localized};
