/** The data part of a share code (see share-code.ts), and every way a code can be refused. */
import type {Localized} from '../content/schema.js';

/** One action as a code writes it: a live action's key (1–9), a typed command, or the engine action itself. */
export type ActionToken = number | string | {type: string; text?: unknown};

/** Why a code was not read, for a message in either language (messages-share.ts). */
export type ShareProblem =
	| {kind: 'notCode'}
	| {kind: 'version'; found: string}
	| {kind: 'tooLong'; length: number; max: number}
	| {kind: 'incomplete'}
	| {kind: 'damaged'}
	| {kind: 'malformed'}
	| {kind: 'unknownPack'; pack: string}
	| {kind: 'unknownSim'; pack?: string; sim: string}
	| {kind: 'unknownEngine'; engine: string}
	| {kind: 'unknownParam'; name: string; engine: string}
	| {kind: 'param'; name: string; reason: Localized}
	| {kind: 'seed'}
	| {kind: 'steps'}
	| {kind: 'tooManyActions'; count: number; max: number}
	| {kind: 'noSuchAction'; at: number; key: number; count: number}
	| {kind: 'notNow'; at: number; label: Localized}
	| {kind: 'noCommand'; at: number}
	| {kind: 'unknownAction'; at: number; type: string}
	| {kind: 'afterEnd'; at: number; end: number}
	| {kind: 'actionAfterStep'; at: number; steps: number}
	| {kind: 'stepAfterEnd'; steps: number; end: number};

/** More actions than any run on the screen takes; a code with more is refused before it is replayed. */
export const MAX_ACTIONS = 2000;

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const MAX_GAP = 5_000_000;
/** A param's or an action's name as an engine writes one (and safe to print in a message). */
export const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

type Data = {params: Record<string, unknown>; actions: [number, ActionToken][]};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function token(v: unknown): ActionToken | undefined {
	if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 99 ? v : undefined;
	if (typeof v === 'string') return v.length > 0 && v.length <= 2000 ? v : undefined;
	if (isObject(v) && typeof v.type === 'string' && NAME.test(v.type)) return v as ActionToken;
	return undefined;
}

/** The params and actions a code's data part holds, or why they cannot be read. */
export function readData(data: string): Data | {problem: ShareProblem} {
	const malformed = {problem: {kind: 'malformed'}} as const;
	if (data === '') return {params: {}, actions: []};
	if (!BASE64URL.test(data)) return malformed;
	const bytes = Buffer.from(data, 'base64url');
	// Only the one way of writing these bytes (no stray bits at the end).
	if (bytes.toString('base64url') !== data) return malformed;
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes));
	} catch {
		return malformed;
	}
	// Params alone (an object), actions alone (a list starting with a number), or both as a pair.
	const list = Array.isArray(value) ? (value as unknown[]) : undefined;
	if (!list && !isObject(value)) return malformed;
	const pair = list?.length === 2 && isObject(list[0]);
	const params: unknown = pair ? list[0] : isObject(value) ? value : {};
	const flat: unknown = pair ? list[1] : (list ?? []);
	if (!isObject(params) || (pair && Object.keys(params).length === 0)) return malformed;
	if (!Array.isArray(flat) || flat.length % 2 !== 0 || (list && flat.length === 0)) return malformed;
	if (flat.length / 2 > MAX_ACTIONS) return {problem: {kind: 'tooManyActions', count: flat.length / 2, max: MAX_ACTIONS}};
	const actions: [number, ActionToken][] = [];
	for (let i = 0; i < flat.length; i += 2) {
		const gap: unknown = flat[i];
		const what = token(flat[i + 1]);
		if (typeof gap !== 'number' || !Number.isInteger(gap) || gap < 0 || gap > MAX_GAP || what === undefined) return malformed;
		actions.push([gap, what]);
	}
	return {params, actions};
}
