import {ENGINES} from '../sims/registry.js';
import type {AnyEngine} from '../sims/types.js';
import {checkPacks} from './check-pack.js';
import {type Locate, type Problem, parsePack} from './parse-pack.js';
import {packFiles, readPackFile} from './read-pack-file.js';
import type {LessonPack} from './schema.js';

export {packFiles} from './read-pack-file.js';

export type LoadResult = {packs: LessonPack[]; problems: Problem[]};

export type LoadOptions = {
	/** Packs already loaded (the shipped ones): an extra pack may not reuse their ids or chapters. */
	known?: readonly LessonPack[];
	/** The engines simulations may name; the registry's by default. */
	engines?: readonly AnyEngine[];
	/** True for a file that is the source of a known pack (the shipped folder): its pack takes that one's place. */
	replaces?: (file: string) => boolean;
};

/**
 * Reads, parses and checks packs, each file on its own: a bad file is
 * reported (every problem at its file:line:col) and skipped, and never
 * keeps another from loading. Warnings are reported; their packs load.
 */
export function loadPacks(files: readonly string[], options: LoadOptions = {}): LoadResult {
	const problems: Problem[] = [];
	const parsed: {file: string; pack: LessonPack; locate: Locate}[] = [];
	for (const file of files) {
		const read = readPackFile(file);
		if (read.error !== undefined) {
			problems.push({file, line: 1, col: 1, message: read.error});
			continue;
		}
		const result = parsePack(read.text, file);
		if (result.pack) parsed.push({file, pack: result.pack, locate: result.locate});
		else problems.push(...result.problems);
	}
	const replaced = new Set(parsed.filter((p) => options.replaces?.(p.file)).map((p) => p.pack.id));
	const known = (options.known ?? []).filter((k) => !replaced.has(k.id));
	const checked = checkPacks(
		parsed.map((p) => p.pack),
		{engines: options.engines ?? ENGINES, known},
	);
	const packs: LessonPack[] = [];
	parsed.forEach(({file, pack, locate}, i) => {
		const issues = checked[i] ?? [];
		for (const issue of issues)
			problems.push({file, ...locate(issue.path), message: issue.message, ...(issue.warning ? {warning: true} : {})});
		if (issues.every((issue) => issue.warning)) packs.push(pack);
	});
	// In file order, then by line and column (the sort is stable: errors stay before warnings at one place).
	const order = new Map(files.map((f, i) => [f, i]));
	problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
	return {packs, problems};
}

/** The packs of a directory or file; a target that cannot be listed is one problem. */
export function loadPackDir(target: string, options: LoadOptions = {}): LoadResult {
	let files: string[];
	try {
		files = packFiles(target);
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		return {packs: [], problems: [{file: target, line: 1, col: 1, message: `cannot read: ${code ?? message}`}]};
	}
	return loadPacks(files, options);
}
