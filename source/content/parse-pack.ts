import {isAlias, isMap, isSeq, LineCounter, type Node, parseDocument, visit} from 'yaml';
import type {z} from 'zod';
import {sanitizeLine} from '../text/sanitize.js';
import {type LessonPack, lessonPack} from './schema.js';

/** One thing wrong with a pack, located the way editors and compilers print it. */
export type Problem = {file: string; line: number; col: number; message: string; warning?: boolean};

/** Where in the YAML a path into the pack is (a missing field: its parent). */
export type Locate = (path: readonly (string | number)[]) => {line: number; col: number};

export type ParseResult = {pack: LessonPack; problems: []; locate: Locate} | {pack: undefined; problems: Problem[]; locate: Locate};

/** Limits on what a pack's YAML may ask of the parser (the shipped packs use no aliases and nest 9 deep). */
export const MAX_ALIASES = 100;
export const MAX_DEPTH = 32;
// Beyond this the parser itself recurses too deep; a scan refuses such text before parsing.
const MAX_BRACKETS = 1000;

/**
 * A problem as one line of plain text. Everything in it may come from the
 * pack (file names, YAML keys, values), so it is sanitised here, the one
 * place problems become text.
 */
export function formatProblem(p: Problem): string {
	return `${sanitizeLine(p.file, 300)}:${p.line}:${p.col} ${p.warning ? 'warning: ' : ''}${sanitizeLine(p.message, 300)}`;
}

/** Parses and validates one pack's YAML text; every problem carries its line and column. */
export function parsePack(text: string, file: string): ParseResult {
	const lines = new LineCounter();
	const at = (offset: number, message: string): Problem => {
		const {line, col} = lines.linePos(offset);
		return {file, line, col, message};
	};
	const nowhere: Locate = () => ({line: 1, col: 1});
	const deep = bracketDepthExceeded(text);
	if (deep !== undefined) {
		const before = text.slice(0, deep).split('\n');
		const problem = {
			file,
			line: before.length,
			col: (before.at(-1)?.length ?? 0) + 1,
			message: `YAML: nested more than ${MAX_BRACKETS} levels deep`,
		};
		return {pack: undefined, problems: [problem], locate: nowhere};
	}
	const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
	const locate: Locate = (path) => lines.linePos(nodeNear(doc.contents, path)?.range?.[0] ?? 0);
	if (doc.errors.length > 0) {
		return {pack: undefined, problems: doc.errors.map((e) => at(e.pos[0], yamlMessage(e.message))), locate};
	}
	const limits = limitProblems(doc.contents, at);
	if (limits.length > 0) return {pack: undefined, problems: limits, locate};
	let data: unknown;
	try {
		data = doc.toJS({maxAliasCount: MAX_ALIASES});
	} catch (error) {
		// Few aliases that refer to each other can still expand a billion-fold: said at the first alias.
		let first: number | undefined;
		visit(doc.contents, {
			Alias: (_key, node) => {
				first = node.range?.[0];
				return visit.BREAK;
			},
		});
		const message =
			first === undefined ? (error as Error).message : 'aliases (*name) expand into too much data; a lesson pack needs few or none';
		return {pack: undefined, problems: [at(first ?? 0, `YAML: ${message}`)], locate};
	}
	const result = lessonPack.safeParse(data);
	if (result.success) return {pack: result.data, problems: [], locate};
	const problems = result.error.issues.flatMap((issue) => locateIssue(issue, doc.contents, at));
	return {pack: undefined, problems: dedupe(problems), locate};
}

function yamlMessage(message: string): string {
	return `YAML: ${message.split('\n')[0]}`;
}

/**
 * The offset where flow brackets first nest too deep, if they do. Quotes are
 * not tracked: a real pack never holds a thousand unclosed brackets, and
 * counting every bracket cannot be fooled by a stray apostrophe.
 */
function bracketDepthExceeded(text: string): number | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 0x5b || ch === 0x7b) {
			if (++depth > MAX_BRACKETS) return i;
		} else if ((ch === 0x5d || ch === 0x7d) && depth > 0) depth--;
	}
	return undefined;
}

/** Aliases beyond MAX_ALIASES and nesting beyond MAX_DEPTH, each at its node. */
function limitProblems(root: Node | null, at: (offset: number, message: string) => Problem): Problem[] {
	const problems: Problem[] = [];
	let aliases = 0;
	visit(root, (_key, node, path) => {
		if (isAlias(node) && ++aliases === MAX_ALIASES + 1) {
			problems.push(at(node.range?.[0] ?? 0, `YAML: more than ${MAX_ALIASES} aliases (*name); a lesson pack needs few or none`));
		}
		// The path holds the document, then a pair and a collection per level.
		const depth = path.filter((n) => isMap(n) || isSeq(n)).length;
		if ((isMap(node) || isSeq(node)) && depth === MAX_DEPTH) {
			problems.push(at(node.range?.[0] ?? 0, `YAML: nested more than ${MAX_DEPTH} levels deep`));
			return visit.SKIP;
		}
		return undefined;
	});
	return problems;
}

type At = (offset: number, message: string) => Problem;

/** Finds the YAML node an issue points at; a missing field points at its parent. */
function locateIssue(issue: z.core.$ZodIssue, root: Node | null, at: At): Problem[] {
	const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
	const where = path.length > 0 ? `${path.join('.')}: ` : '';
	if (issue.code === 'unrecognized_keys') {
		const parent = nodeAt(root, path);
		return issue.keys.map((key) => {
			const pair = isMap(parent) ? parent.items.find((p) => keyName(p.key) === key) : undefined;
			const offset = (pair?.key as Node | undefined)?.range?.[0] ?? parent?.range?.[0] ?? 0;
			return at(offset, `${where}unknown field "${key}"`);
		});
	}
	const missing = nodeAt(root, path) === undefined;
	const message = missing && issue.code === 'invalid_type' ? 'is missing' : issue.message;
	return [at(nodeNear(root, path)?.range?.[0] ?? 0, `${where}${message}`)];
}

/** The node at a path, or its nearest ancestor that exists. */
function nodeNear(root: Node | null, path: readonly (string | number)[]): Node | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = nodeAt(root, path.slice(0, n));
		if (node !== undefined) return node;
	}
	return undefined;
}

function nodeAt(root: Node | null, path: readonly (string | number)[]): Node | undefined {
	let node: unknown = root;
	for (const key of path) {
		if (isAlias(node)) return undefined;
		if (isMap(node)) node = node.items.find((p) => keyName(p.key) === String(key))?.value;
		else if (isSeq(node) && typeof key === 'number') node = node.items[key];
		else return undefined;
	}
	return (node ?? undefined) as Node | undefined;
}

function keyName(key: unknown): string | undefined {
	if (key && typeof key === 'object' && 'value' in key) return String((key as {value: unknown}).value);
	return typeof key === 'string' ? key : undefined;
}

function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = formatProblem(p);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
