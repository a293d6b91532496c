import {isMap, isSeq, LineCounter, type Node, parseDocument} from 'yaml';
import type {z} from 'zod';
import {type LessonPack, lessonPack} from './schema.js';

/** One thing wrong with a pack, located the way editors and compilers print it. */
export type Problem = {file: string; line: number; col: number; message: string};

export type ParseResult = {pack: LessonPack; problems: []} | {pack: undefined; problems: Problem[]};

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.col} ${p.message}`;
}

/** Parses and validates one pack's YAML text; every problem carries its line and column. */
export function parsePack(text: string, file: string): ParseResult {
	const lines = new LineCounter();
	const doc = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true});
	const at = (offset: number, message: string): Problem => {
		const {line, col} = lines.linePos(offset);
		return {file, line, col, message};
	};
	if (doc.errors.length > 0) {
		return {pack: undefined, problems: doc.errors.map((e) => at(e.pos[0], yamlMessage(e.message)))};
	}
	const result = lessonPack.safeParse(doc.toJS());
	if (result.success) return {pack: result.data, problems: []};
	const problems = result.error.issues.flatMap((issue) => locate(issue, doc.contents, at));
	return {pack: undefined, problems: dedupe(problems)};
}

function yamlMessage(message: string): string {
	return `YAML: ${message.split('\n')[0]}`;
}

type At = (offset: number, message: string) => Problem;

/** Finds the YAML node an issue points at; a missing field points at its parent. */
function locate(issue: z.core.$ZodIssue, root: Node | null, at: At): Problem[] {
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
	let node = nodeAt(root, path);
	let missing = false;
	for (let n = path.length; node === undefined && n > 0; n--) {
		node = nodeAt(root, path.slice(0, n - 1));
		missing = true;
	}
	const message = missing && issue.code === 'invalid_type' ? 'is missing' : issue.message;
	return [at(node?.range?.[0] ?? 0, `${where}${message}`)];
}

function nodeAt(root: Node | null, path: (string | number)[]): Node | undefined {
	let node: unknown = root;
	for (const key of path) {
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
