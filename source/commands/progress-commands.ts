import {lstatSync, readFileSync} from 'node:fs';
import type {LessonPack} from '../content/schema.js';
import {chapterInfo} from '../progress/chapter-info.js';
import {localTz} from '../progress/days.js';
import {futureRecords} from '../progress/future.js';
import {history} from '../progress/history.js';
import {emptyDoc, type ProgressDoc} from '../progress/progress-doc.js';
import {calibrationLine} from '../progress/calibration.js';
import {statsOf} from '../progress/stats.js';
import {examSummaryLines} from './exam-command.js';
import {writeFileAtomic} from '../store/atomic-write.js';
import type {ConfStore} from '../store/conf-store.js';
import {parseProgress, progressJson} from '../store/progress-text.js';
import {resetProgress} from '../store/record-ids.js';
import {type CommandResult, diskProblem, fail, ok, shown, storeFailure} from './result.js';

export type {CommandResult as Output} from './result.js';

function counts(doc: ProgressDoc): string {
	const {answers, runs} = history(doc);
	const known = Object.values(doc.chapters).reduce((n, c) => n + Object.values(c.known).filter((k) => k.value).length, 0);
	return `${answers.length} answers, ${runs.length} quizzes, ${known} cards known`;
}

/**
 * The progress as it stands, read only (no lock, no write, no copy aside), or
 * why a command cannot use it. What stats and export need: they work in a
 * read-only home.
 */
function readProgress(store: ConfStore): ProgressDoc | CommandResult {
	try {
		const disk = store.inspect();
		const problem = diskProblem(store.path, disk, store.linkTarget());
		if (problem) return fail(1, problem);
		return disk.kind === 'ok' ? disk.doc : emptyDoc();
	} catch (error) {
		return storeFailure(store.path, error);
	}
}

const isResult = (x: ProgressDoc | CommandResult): x is CommandResult => 'code' in x;

/** Runs a command that writes progress: any store failure becomes a clear message and exit 1. */
function writing(store: ConfStore, run: () => CommandResult): CommandResult {
	const read = readProgress(store);
	if (isResult(read)) return read;
	try {
		return run();
	} catch (error) {
		return storeFailure(store.path, error, store.linkTarget());
	}
}

/** `sd-trainer stats [--json]`. */
export function statsCommand(store: ConfStore, packs: LessonPack[], json: boolean, now = Date.now()): CommandResult {
	const doc = readProgress(store);
	if (isResult(doc)) return doc;
	const stats = statsOf(doc, packs.map(chapterInfo), now, localTz(now));
	if (json) return ok([JSON.stringify(stats, null, 2)]);
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	return ok([
		`level ${stats.level.level} (${stats.level.xp} XP) · streak ${stats.streak.current} (best ${stats.streak.best})`,
		`${stats.answers} answers, ${pct(stats.correctRate)} right`,
		...stats.chapters.map(
			(c) =>
				`${String(c.chapter).padStart(3)} ${c.pack.padEnd(26)} mastery ${pct(c.mastery).padStart(4)}  best ${c.best === undefined ? '  -' : pct(c.best).padStart(4)}`,
		),
		`reviews, next 7 days: ${stats.forecast.join(' ')}`,
		calibrationLine(stats.calibration),
		...examSummaryLines(stats.exams),
	]);
}

/** `sd-trainer export FILE`: the whole progress document, written atomically; never over a link. */
export function exportCommand(store: ConfStore, file: string): CommandResult {
	const doc = readProgress(store);
	if (isResult(doc)) return doc;
	try {
		if (lstatSync(file).isSymbolicLink())
			return fail(1, `sd-trainer: ${shown(file)} is a symbolic link; give the path of the file itself (nothing was written).`);
	} catch {}
	try {
		writeFileAtomic(file, progressJson(doc));
	} catch (error) {
		return fail(1, `sd-trainer: could not write ${shown(file)}: ${shown((error as Error).message)}. Nothing was written.`);
	}
	return ok([`exported ${counts(doc)} to ${shown(file)}`]);
}

/** A time for a message; times past what a Date can hold are shown as numbers. */
const when = (at: number) => (Number.isNaN(new Date(at).getTime()) ? String(at) : new Date(at).toISOString());

/** `sd-trainer import FILE`: merged into the progress here (nothing here is lost); a backup first. */
export function importCommand(store: ConfStore, file: string, now = Date.now()): CommandResult {
	let parsed: ReturnType<typeof parseProgress>;
	try {
		parsed = parseProgress(readFileSync(file));
	} catch (error) {
		return fail(1, `sd-trainer: cannot read ${shown(file)}: ${shown((error as Error).message)}`);
	}
	if (parsed.kind === 'newer')
		return fail(1, `sd-trainer: ${shown(file)} was written by a newer sd-trainer (format ${parsed.version}); update to import it`);
	if (parsed.kind === 'corrupt') return fail(1, `sd-trainer: ${shown(file)} is not a progress file (${parsed.reason})`);
	const imported = parsed.doc;
	const future = futureRecords(imported, now);
	if (future.latest)
		return fail(
			1,
			`sd-trainer: ${shown(file)} has ${future.count} record(s) dated in the future (${future.latest.section}, ${when(future.latest.at)}); nothing was imported. Check the clock of the machine that wrote it.`,
		);
	return writing(store, () => {
		const backup = store.backup('import');
		const {doc} = store.save(imported);
		return ok([
			`imported ${shown(file)}; progress now has ${counts(doc)}`,
			...(backup ? [`backup of the progress before: ${shown(backup)}`] : []),
		]);
	});
}

/** `sd-trainer reset [--chapter N] --yes`: clears progress (kept in a backup). */
export function resetCommand(
	store: ConfStore,
	packs: LessonPack[],
	options: {chapter?: number; yes: boolean},
	now = Date.now(),
): CommandResult {
	const pack = options.chapter === undefined ? undefined : packs.find((p) => p.chapter === options.chapter);
	if (options.chapter !== undefined && !pack) return fail(2, `sd-trainer: there is no chapter ${options.chapter}`);
	const what = pack ? `chapter ${pack.chapter} (${pack.id})` : 'all progress';
	if (!options.yes) return fail(2, `sd-trainer: this resets ${what}. Run again with --yes to do it.`);
	return writing(store, () => {
		const backup = store.backup('reset');
		store.save(resetProgress(emptyDoc(), pack ? pack.id : '*', now));
		return ok([`reset ${what}`, ...(backup ? [`backup: ${shown(backup)}`] : [])]);
	});
}
