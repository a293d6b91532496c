import type {GitError} from './outcome.js';

export type Mode = 'start' | 'continue' | 'abort';

export type Command =
	| {readonly name: 'commit'; readonly message?: string}
	| {readonly name: 'branch'; readonly branch?: string; readonly start?: string}
	| {readonly name: 'switch'; readonly target: string; readonly create: boolean; readonly start?: string}
	| {readonly name: 'checkout'; readonly target: string; readonly create: boolean; readonly start?: string}
	| {readonly name: 'merge'; readonly ref?: string; readonly mode: 'normal' | 'no-ff' | 'squash' | 'abort'}
	| {readonly name: 'rebase' | 'cherry-pick' | 'revert'; readonly ref?: string; readonly mode: Mode}
	| {readonly name: 'reset'; readonly ref: string}
	| {readonly name: 'reflog' | 'log'; readonly ref?: string}
	| {readonly name: 'resolve'; readonly file: string; readonly side: 'ours' | 'theirs'}
	| {readonly name: 'edit'; readonly file: string; readonly text: string}
	| {readonly name: 'undo' | 'status'};

export type CommandName = Command['name'];

export const COMMAND_NAMES: readonly CommandName[] = [
	'commit',
	'branch',
	'switch',
	'checkout',
	'merge',
	'rebase',
	'reset',
	'reflog',
	'cherry-pick',
	'revert',
	'log',
	'resolve',
	'edit',
	'undo',
	'status',
];

/** How each command is written; shown when one is typed wrong. */
export const USAGE: Readonly<Record<CommandName, string>> = {
	commit: 'commit [-m "message"]',
	branch: 'branch [NAME [REF]]',
	switch: 'switch NAME | switch -c NAME [REF]',
	checkout: 'checkout NAME | checkout REF | checkout -b NAME [REF]',
	merge: 'merge [--no-ff | --squash] REF | merge --abort',
	rebase: 'rebase REF | rebase --continue | rebase --abort',
	reset: 'reset --hard REF',
	reflog: 'reflog [NAME]',
	'cherry-pick': 'cherry-pick REF | cherry-pick --continue | cherry-pick --abort',
	revert: 'revert REF | revert --continue | revert --abort',
	log: 'log [REF]',
	resolve: 'resolve FILE ours|theirs',
	edit: 'edit FILE "text"',
	undo: 'undo',
	status: 'status',
};

/** Splits on spaces, keeping "double" or 'single' quoted text together. */
export function tokenize(text: string): string[] | undefined {
	const out: string[] = [];
	const re = /\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/gy;
	let m: RegExpExecArray | null;
	let last = 0;
	for (m = re.exec(text); m; m = re.exec(text)) {
		out.push(m[1] ?? m[2] ?? m[3] ?? '');
		last = re.lastIndex;
	}
	// An unclosed quote leaves text the pattern could not read.
	return text.slice(last).trim() === '' ? out : undefined;
}

type Parsed = {command: Command} | {error: GitError};

const usage = (name: CommandName): Parsed => ({error: {code: 'usage', a: name}});

/** Reads what the learner typed; a leading "git" is optional. */
export function parseCommand(text: string): Parsed {
	const tokens = tokenize(text.trim());
	if (tokens === undefined) return {error: {code: 'usage', a: 'quote'}};
	if (tokens[0] === 'git') tokens.shift();
	const [word, ...rest] = tokens;
	if (!word) return {error: {code: 'empty'}};
	const name = COMMAND_NAMES.find((n) => n === word);
	if (!name) return {error: {code: 'unknown-command', a: word}};
	const args = rest;
	const flag = (f: string) => args[0] === f;
	switch (name) {
		case 'commit':
			if (args.length === 0) return {command: {name}};
			return args.length === 2 && flag('-m') ? {command: {name, message: args[1]!}} : usage(name);
		case 'branch':
			if (args.some((a) => a.startsWith('-')) || args.length > 2) return usage(name);
			return {command: {name, ...(args[0] ? {branch: args[0]} : {}), ...(args[1] ? {start: args[1]} : {})}};
		case 'switch':
		case 'checkout': {
			const create = flag(name === 'switch' ? '-c' : '-b');
			const rest2 = create ? args.slice(1) : args;
			if (rest2.length < 1 || rest2.length > (create ? 2 : 1) || rest2.some((a) => a.startsWith('-'))) return usage(name);
			return {command: {name, target: rest2[0]!, create, ...(rest2[1] ? {start: rest2[1]} : {})}};
		}
		case 'merge': {
			if (args.length === 1 && flag('--abort')) return {command: {name, mode: 'abort'}};
			const mode = flag('--no-ff') ? 'no-ff' : flag('--squash') ? 'squash' : 'normal';
			const refs = mode === 'normal' ? args : args.slice(1);
			if (refs.length !== 1 || refs[0]!.startsWith('-')) return usage(name);
			return {command: {name, mode, ref: refs[0]!}};
		}
		case 'rebase':
		case 'cherry-pick':
		case 'revert':
			if (args.length !== 1) return usage(name);
			if (flag('--continue')) return {command: {name, mode: 'continue'}};
			if (flag('--abort')) return {command: {name, mode: 'abort'}};
			return args[0]!.startsWith('-') ? usage(name) : {command: {name, mode: 'start', ref: args[0]!}};
		case 'reset':
			if (!flag('--hard') || args.length > 2) return usage(name);
			return {command: {name, ref: args[1] ?? 'HEAD'}};
		case 'reflog':
		case 'log':
			if (args.length > 1 || args[0]?.startsWith('-')) return usage(name);
			return {command: {name, ...(args[0] ? {ref: args[0]} : {})}};
		case 'resolve': {
			const side = args[1];
			if (args.length !== 2 || (side !== 'ours' && side !== 'theirs')) return usage(name);
			return {command: {name, file: args[0]!, side}};
		}
		case 'edit':
			if (args.length < 2) return usage(name);
			return {command: {name, file: args[0]!, text: args.slice(1).join(' ')}};
		default:
			return args.length === 0 ? {command: {name}} : usage(name);
	}
}
