/**
 * Share codes: a run of a pack's simulation as one short line a learner can
 * copy, such as `sdt1:ch-sim.7.0.eyJub2RlcyI6MTJ9.fSAg5A`. Five parts after
 * the version, separated by dots:
 *
 *   simulation . seed . step . data . check
 *
 * simulation is the pack simulation's id (kebab-case, copyable as it is),
 * `pack/simulation` where another pack has a simulation of that id; seed and
 * step are base-36 numbers; data is base64url of compact JSON (empty for the
 * pack's own params and no actions): the params that differ from the pack
 * simulation's as an object (decoding gives back the exact params), the
 * actions as a flat list `[ticks since the last action, what, …]`, or both as
 * `[params, actions]`;
 * what being a live action's key (1–9), a typed command, or (never in
 * practice) the engine action itself. check is the CRC-32 of everything before
 * it, in base64url. Spaces and line breaks in a code are ignored, so a code
 * copied over several lines still reads.
 */
import {crc32} from './hash/crc32.js';
import {act, advance, type Playback, startPlayback} from './playback.js';
import {MAX_STEPS} from './run.js';
import {simById} from './registry.js';
import type {SimRun} from './sim-run.js';
import type {AnySim} from './types.js';
import {type ActionToken, NAME, readData, type ShareProblem} from './share-data.js';

export type {ShareProblem} from './share-data.js';

export const CODE_PREFIX = 'sdt1:';
/** Longest code read: a long git script with many commands fits; anything longer is not a code. */
export const MAX_CODE_LENGTH = 8000;

/** The packs a code can name: the shipped ones and any loaded with --lessons (LessonPack[] fits). */
export type ShareRegistry = readonly {
	readonly id: string;
	readonly simulations: readonly {readonly id: string; readonly engine: string; readonly params: Record<string, unknown>}[];
}[];

export type DecodeResult = {ok: true; run: SimRun} | {ok: false; problem: ShareProblem};

const utf8 = new TextEncoder();
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BASE36 = /^-?[0-9a-z]{1,11}$/;

function checkOf(text: string): string {
	const crc = crc32(utf8.encode(text));
	return Buffer.from([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]).toString('base64url');
}

/**
 * The pack's simulation a code names, its plugin, and its params as the engine
 * reads them. A code without a pack names a simulation by its id alone: the
 * first pack that has it (the shipped packs come first).
 */
function lookup(
	registry: ShareRegistry,
	pack: string | undefined,
	sim: string,
): {pack: string; plugin: AnySim; base: Record<string, unknown>} | {problem: ShareProblem} {
	const entry = pack === undefined ? registry.find((p) => p.simulations.some((s) => s.id === sim)) : registry.find((p) => p.id === pack);
	if (!entry) return {problem: pack === undefined ? {kind: 'unknownSim', sim} : {kind: 'unknownPack', pack}};
	const packSim = entry.simulations.find((s) => s.id === sim);
	if (!packSim) return {problem: {kind: 'unknownSim', pack: entry.id, sim}};
	const plugin = simById(packSim.engine);
	if (!plugin) return {problem: {kind: 'unknownEngine', engine: packSim.engine}};
	const base = plugin.engine.params.safeParse(packSim.params);
	if (!base.success) return {problem: {kind: 'unknownSim', pack: entry.id, sim}};
	return {pack: entry.id, plugin, base: base.data as Record<string, unknown>};
}

/** How a code names a pack's simulation: by its id alone where no other pack has one of that id. */
function nameOf(registry: ShareRegistry, pack: string, sim: string): string {
	const holders = registry.filter((p) => p.simulations.some((s) => s.id === sim));
	return holders.length === 1 && holders[0]!.id === pack ? sim : `${pack}/${sim}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What each action of a playback was, as a code writes it: found by replaying the run to each one. */
function tokensOf(plugin: AnySim, run: SimRun): ActionToken[] {
	const {engine, liveActions, command} = plugin;
	const tokens: ActionToken[] = [];
	let p = startPlayback(engine, run.params, run.seed);
	for (const {at, action} of run.actions) {
		p = advance(engine, p, at - p.steps);
		const live = liveActions.findIndex((a) => same(a.make(p.state), action));
		const text = (action as {text?: unknown}).text;
		if (live >= 0) tokens.push(live + 1);
		else if (command && typeof text === 'string' && same(command.action(text), action)) tokens.push(text);
		else tokens.push(action);
		p = act(engine, p, action);
	}
	return tokens;
}

// The last run encoded (the screen asks on every frame): its actions are only replayed when they change.
let cached: {actions: SimRun['actions']; params: unknown; seed: number; tokens: ActionToken[]} | undefined;

/** The code of a run. A pack or simulation the registry does not know still gets a code (with all its params). */
export function encodeRun(run: SimRun, registry: ShareRegistry): string {
	const found = lookup(registry, run.pack, run.sim);
	const plugin = 'plugin' in found ? found.plugin : undefined;
	const base = 'base' in found ? found.base : {};
	const params = (run.params ?? {}) as Record<string, unknown>;
	const diff = Object.fromEntries(Object.entries(params).filter(([k, v]) => !same(v, base[k])));
	let tokens: ActionToken[] = run.actions.map((a) => a.action);
	if (plugin && run.actions.length > 0) {
		if (cached?.actions !== run.actions || cached.params !== run.params || cached.seed !== run.seed) {
			cached = {actions: run.actions, params: run.params, seed: run.seed, tokens: tokensOf(plugin, run)};
		}
		tokens = cached.tokens;
	}
	let last = 0;
	const flat = run.actions.flatMap((a, i) => {
		const gap = a.at - last;
		last = a.at;
		return [gap, tokens[i]!];
	});
	// Params alone are an object, actions alone a list (it starts with a number), both a pair.
	const hasParams = Object.keys(diff).length > 0;
	const payload = flat.length > 0 ? (hasParams ? [diff, flat] : flat) : hasParams ? diff : undefined;
	const data = payload ? Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url') : '';
	const body = `${CODE_PREFIX}${[nameOf(registry, run.pack, run.sim), run.seed.toString(36), run.steps.toString(36), data].join('.')}`;
	return `${body}.${checkOf(body)}`;
}

const readInt = (text: string, min: number, max: number): number | undefined => {
	if (!BASE36.test(text)) return undefined;
	const n = Number.parseInt(text, 36);
	return Number.isSafeInteger(n) && n >= min && n <= max && n.toString(36) === text ? n : undefined;
};

/** The run a code holds, checked against the registry and replayed; or why not. Never throws. */
export function decodeRun(input: unknown, registry: ShareRegistry): DecodeResult {
	try {
		return decode(input, registry);
	} catch {
		// Nothing above should throw; an engine that does on odd params is said, not thrown.
		return {ok: false, problem: {kind: 'malformed'}};
	}
}

function decode(input: unknown, registry: ShareRegistry): DecodeResult {
	const fail = (problem: ShareProblem): DecodeResult => ({ok: false, problem});
	if (typeof input !== 'string') return fail({kind: 'notCode'});
	if (input.length > MAX_CODE_LENGTH * 4) return fail({kind: 'tooLong', length: input.length, max: MAX_CODE_LENGTH});
	const code = input.replace(/\s+/g, '');
	if (code.length > MAX_CODE_LENGTH) return fail({kind: 'tooLong', length: code.length, max: MAX_CODE_LENGTH});
	const version = /^sdt(\d{1,6}):/.exec(code);
	if (!version) return fail({kind: 'notCode'});
	if (version[1] !== '1') return fail({kind: 'version', found: `sdt${version[1]}:`});
	const parts = code.slice(CODE_PREFIX.length).split('.');
	if (parts.length !== 5) return fail({kind: parts.length < 5 ? 'incomplete' : 'damaged'});
	const [name, seedText, stepText, data, check] = parts as [string, string, string, string, string];
	const body = code.slice(0, code.length - check.length - 1);
	if (check !== checkOf(body)) return fail({kind: 'damaged'});
	// From here on the code is as written: what is wrong with it was written so.
	const names = name.split('/');
	const [pack, sim] = names.length === 2 ? names : [undefined, names[0]];
	if (names.length > 2 || !SLUG.test(sim ?? '') || (pack !== undefined && !SLUG.test(pack))) return fail({kind: 'malformed'});
	const seed = readInt(seedText, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
	if (seed === undefined) return fail({kind: 'seed'});
	const steps = readInt(stepText, 0, MAX_STEPS);
	if (steps === undefined) return fail({kind: 'steps'});
	const read = readData(data);
	if ('problem' in read) return fail(read.problem);
	const found = lookup(registry, pack, sim!);
	if ('problem' in found) return fail(found.problem);
	const {plugin, base} = found;
	const known = new Set([...Object.keys(plugin.engine.paramHelp), ...Object.keys(base)]);
	const stranger = Object.keys(read.params).find((k) => !known.has(k));
	if (stranger !== undefined)
		return fail(NAME.test(stranger) ? {kind: 'unknownParam', name: stranger, engine: plugin.engine.id} : {kind: 'malformed'});
	const parsed = plugin.engine.params.safeParse({...base, ...read.params});
	if (!parsed.success) return fail(paramProblem(parsed.error.issues[0]));
	return replay(plugin, {pack: found.pack, sim: sim!, params: parsed.data, seed, steps, actions: []}, read.actions);
}

type Issue = {code?: string; path?: PropertyKey[]; message?: string; minimum?: unknown; maximum?: unknown; divisor?: unknown};

/** A param the engine refuses, named, with the rule in words (as the screen says it when one is typed). */
function paramProblem(issue: Issue | undefined): ShareProblem {
	const name = (issue?.path ?? []).map(String).join('.') || '?';
	const say = (en: string, ko: string) => ({kind: 'param', name, reason: {en, ko}}) as const;
	if (issue?.code === 'too_small') return say(`at least ${issue.minimum}`, `${issue.minimum} 이상이어야 한다`);
	if (issue?.code === 'too_big') return say(`at most ${issue.maximum}`, `${issue.maximum} 이하여야 한다`);
	if (issue?.code === 'not_multiple_of') return say(`a multiple of ${issue.divisor}`, `${issue.divisor}의 배수여야 한다`);
	const message = issue?.message ?? 'not allowed';
	return say(message, `규칙 위반: ${message}`);
}

/** Replays the code's actions from the seed, each checked where it comes; the run, or the first action that cannot be. */
function replay(plugin: AnySim, run: SimRun, flat: readonly [number, ActionToken][]): DecodeResult {
	const {engine, command} = plugin;
	let p: Playback = startPlayback(engine, run.params, run.seed);
	let at = 0;
	for (const [gap, token] of flat) {
		at += gap;
		if (at > run.steps) return {ok: false, problem: {kind: 'actionAfterStep', at, steps: run.steps}};
		p = advance(engine, p, at - p.steps);
		// Where commands go on after the end (the git sandbox), so do live actions; elsewhere a run's end ends them.
		if (p.steps < at || (p.done && !command)) return {ok: false, problem: {kind: 'afterEnd', at, end: p.steps}};
		const action = actionFor(plugin, p, token, at);
		if ('problem' in action) return {ok: false, problem: action.problem};
		p = act(engine, p, action.action);
	}
	p = advance(engine, p, run.steps - p.steps);
	if (p.steps < run.steps) return {ok: false, problem: {kind: 'stepAfterEnd', steps: run.steps, end: p.steps}};
	return {ok: true, run: {...run, actions: p.actions}};
}

function actionFor(plugin: AnySim, p: Playback, token: ActionToken, at: number): {action: {type: string}} | {problem: ShareProblem} {
	const {liveActions, command} = plugin;
	if (typeof token === 'number') {
		const live = liveActions[token - 1];
		if (!live) return {problem: {kind: 'noSuchAction', at, key: token, count: liveActions.length}};
		const action = live.make(p.state);
		return action ? {action} : {problem: {kind: 'notNow', at, label: live.label}};
	}
	if (typeof token === 'string') return command ? {action: command.action(token)} : {problem: {kind: 'noCommand', at}};
	// An engine action written out: only one the screen could have taken here.
	const made = [
		...liveActions.map((a) => a.make(p.state)),
		...(command && typeof token.text === 'string' ? [command.action(token.text)] : []),
	];
	return made.some((a) => a !== undefined && same(a, token)) ? {action: token} : {problem: {kind: 'unknownAction', at, type: token.type}};
}
