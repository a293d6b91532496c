import {commitOf, headId} from './graph.js';
import type {Repo} from './model.js';
import type {GitError} from './outcome.js';

/** `NAME`, `NAME@{n}`, then any number of `~n`, `~`, `^n`, `^`. */
const REF = /^([^~^@\s]+|@)(?:@\{(\d+)\})?((?:[~^]\d*)*)$/;

/**
 * Resolves a revision as git does for the forms the sandbox models: HEAD,
 * branch names, commit ids (or a unique prefix of at least 4 digits),
 * `NAME@{n}` from that ref's reflog, and `~n` / `^n` walks.
 */
export function resolveRef(repo: Repo, text: string): {id: string} | {error: GitError} {
	const m = REF.exec(text);
	if (!m) return {error: {code: 'bad-ref', a: text}};
	const name = m[1] === '@' ? 'HEAD' : m[1]!;
	let id: string | undefined;
	if (m[2] !== undefined) {
		const log = repo.reflog[name];
		if (!log) return {error: {code: 'bad-ref', a: text}};
		const entry = log[Number(m[2])];
		if (!entry) return {error: {code: 'reflog-short', a: name, b: String(log.length)}};
		id = entry.id;
	} else if (name === 'HEAD') {
		id = headId(repo);
		if (!id) return {error: {code: 'no-commits'}};
	} else if (repo.branches[name]) {
		id = repo.branches[name];
	} else if (/^[0-9a-f]{4,}$/.test(name)) {
		const found = Object.keys(repo.commits).filter((c) => c.startsWith(name));
		if (found.length > 1) return {error: {code: 'ambiguous-ref', a: text}};
		id = found[0];
	}
	if (!id) return {error: {code: 'bad-ref', a: text}};
	for (const step of m[3]!.match(/[~^]\d*/g) ?? []) {
		const n = step.length > 1 ? Number(step.slice(1)) : 1;
		for (let i = 0; i < (step[0] === '~' ? n : 1); i++) {
			// `^n` is the nth parent; `~n` follows the first parent n times; `^0` is the commit itself.
			const parent: string | undefined =
				step[0] === '^' ? (n === 0 ? id : commitOf(repo, id!).parents[n - 1]) : commitOf(repo, id!).parents[0];
			if (!parent) return {error: {code: 'no-parent', a: text}};
			id = parent;
		}
	}
	return {id: id!};
}

/** git's rules, narrowed: letters, digits and `._/-`, no `..`, not HEAD, not a path ending. */
export function validBranchName(name: string): boolean {
	return (
		/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/.test(name) &&
		!name.includes('..') &&
		!/[/.]$/.test(name) &&
		name !== 'HEAD' &&
		!name.includes('//')
	);
}
