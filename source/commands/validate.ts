import {realpathSync} from 'node:fs';
import path from 'node:path';
import {loadPackDir, loadPacks, packFiles} from '../content/load-packs.js';
import {formatProblem, type Problem} from '../content/parse-pack.js';
import type {LessonPack} from '../content/schema.js';

export type ValidateOutput = {ok: boolean; out: string[]; err: string[]};

type Options = {
	/** The shipped packs: an extra pack may not reuse their ids or chapters. */
	shipped?: readonly LessonPack[];
	/** Their folder: a file from it stands for its shipped pack rather than clashing with it. */
	shippedDir?: string;
};

/**
 * `sd-trainer validate [DIR|FILE…]`: the checks the game applies when it
 * loads packs, every problem as file:line:col; exit 1 if any (warnings too).
 */
export function validateCommand(targets: string[], {shipped = [], shippedDir}: Options = {}): ValidateOutput {
	const problems: Problem[] = [];
	const files: string[] = [];
	for (const target of targets) {
		try {
			files.push(...packFiles(target));
		} catch (error) {
			const {code, message} = error as NodeJS.ErrnoException;
			problems.push({file: target, line: 1, col: 1, message: `cannot read: ${code ?? message}`});
		}
	}
	const home = shippedDir === undefined ? undefined : real(shippedDir);
	const result = loadPacks(files, {known: shipped, replaces: (file) => home !== undefined && real(path.dirname(file)) === home});
	problems.push(...result.problems);
	const out = result.packs.map(
		(pack) => `ok  ${String(pack.chapter).padStart(3)} ${pack.id}: ${pack.cards.length} cards, ${pack.quiz.length} quiz items`,
	);
	const warnings = problems.filter((p) => p.warning).length;
	const ok = problems.length === 0;
	out.push(ok ? `${result.packs.length} pack(s) valid` : `${problems.length} problem(s)${warnings > 0 ? ` (${warnings} warning(s))` : ''}`);
	return {ok, out, err: problems.map(formatProblem)};
}

function real(file: string): string | undefined {
	try {
		return realpathSync(file);
	} catch {
		return undefined;
	}
}

/** From source, without a build: `node scripts/run-ts.mjs source/commands/validate.ts [FILE|DIR…]` (npm run validate). */
export function main(args: string[]): void {
	const targets = args.length > 0 ? args : ['lessons'];
	// Files outside lessons/ are checked against the shipped packs, as the game would load them.
	const outside = targets.some((t) => real(t) !== real('lessons') && real(path.dirname(t)) !== real('lessons'));
	const shipped = outside ? loadPackDir('lessons').packs : [];
	const result = validateCommand(targets, {shipped, shippedDir: 'lessons'});
	for (const line of result.err) console.error(line);
	for (const line of result.out) console.log(line);
	process.exitCode = result.ok ? 0 : 1;
}
