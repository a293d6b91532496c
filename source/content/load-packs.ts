import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {type Problem, parsePack} from './parse-pack.js';
import type {LessonPack} from './schema.js';

export type LoadResult = {packs: LessonPack[]; problems: Problem[]};

const PACK_FILE = /\.ya?ml$/;

/** The pack files of a directory (or a single file), in name order. */
export function packFiles(target: string): string[] {
	if (!statSync(target).isDirectory()) return [target];
	return readdirSync(target)
		.filter((name) => PACK_FILE.test(name))
		.sort()
		.map((name) => path.join(target, name));
}

/**
 * Loads and validates packs. A bad file is reported and skipped; the good ones
 * still load. `known` are packs already loaded (the built-in ones), so an extra
 * pack cannot take an id or chapter that is already in use.
 */
export function loadPacks(files: string[], known: LessonPack[] = []): LoadResult {
	const packs: LessonPack[] = [];
	const problems: Problem[] = [];
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			problems.push({file, line: 1, col: 1, message: `cannot read: ${(error as Error).message}`});
			continue;
		}
		const result = parsePack(text, file);
		if (!result.pack) {
			problems.push(...result.problems);
			continue;
		}
		const clash = [...known, ...packs].find((p) => p.id === result.pack.id || p.chapter === result.pack.chapter);
		if (clash) {
			const what = clash.id === result.pack.id ? `id "${clash.id}"` : `chapter ${clash.chapter}`;
			problems.push({file, line: 1, col: 1, message: `duplicate pack: ${what} is already used by another pack`});
			continue;
		}
		packs.push(result.pack);
	}
	return {packs, problems};
}

export function loadPackDir(target: string, known: LessonPack[] = []): LoadResult {
	try {
		return loadPacks(packFiles(target), known);
	} catch (error) {
		return {packs: [], problems: [{file: target, line: 1, col: 1, message: `cannot read: ${(error as Error).message}`}]};
	}
}
