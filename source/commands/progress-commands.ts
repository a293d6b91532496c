import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import type {LessonPack} from '../content/schema.js';
import {chapterInfo} from '../progress/chapter-info.js';
import {localTz} from '../progress/days.js';
import {futureRecords} from '../progress/future.js';
import {history} from '../progress/history.js';
import {statsOf} from '../progress/stats.js';
import {addReset, type ProgressDoc} from '../progress/progress-doc.js';
import {readDoc} from '../progress/progress-schema.js';
import type {ProgressStore} from '../store/progress-store.js';

export type Output = {code: number; out: string[]; err: string[]};
const ok = (out: string[]): Output => ({code: 0, out, err: []});
const fail = (code: number, err: string): Output => ({code, out: [], err: [err]});

function counts(doc: ProgressDoc): string {
	const {answers, runs} = history(doc);
	const known = Object.values(doc.chapters).reduce((n, c) => n + Object.values(c.known).filter((k) => k.value).length, 0);
	return `${answers.length} answers, ${runs.length} quizzes, ${known} cards known`;
}

/** `sd-trainer stats [--json]`. */
export function statsCommand(store: ProgressStore, packs: LessonPack[], json: boolean, now = Date.now()): Output {
	const stats = statsOf(store.open().doc, packs.map(chapterInfo), now, localTz(now));
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
	]);
}

/** `sd-trainer export FILE`: the whole progress document, written atomically. */
export function exportCommand(store: ProgressStore, file: string): Output {
	const {doc} = store.open();
	const temp = `${file}.tmp-${process.pid}`;
	writeFileSync(temp, `${JSON.stringify(doc, null, '\t')}\n`);
	renameSync(temp, file);
	return ok([`exported ${counts(doc)} to ${file}`]);
}

/** A time for a message; times past what a Date can hold are shown as numbers. */
const when = (at: number) => (Number.isNaN(new Date(at).getTime()) ? String(at) : new Date(at).toISOString());

/** `sd-trainer import FILE`: merged into the progress here (nothing here is lost); a backup first. */
export function importCommand(store: ProgressStore, file: string, now = Date.now()): Output {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		return fail(1, `sd-trainer: cannot read ${file}: ${(error as Error).message}`);
	}
	const outcome = readDoc(raw);
	if (outcome.kind === 'newer')
		return fail(1, `sd-trainer: ${file} was written by a newer sd-trainer (format ${outcome.version}); update to import it`);
	if (outcome.kind === 'invalid') return fail(1, `sd-trainer: ${file} is not a progress file (${outcome.reason})`);
	const future = futureRecords(outcome.doc, now);
	if (future.latest)
		return fail(
			1,
			`sd-trainer: ${file} has ${future.count} record(s) dated in the future (${future.latest.section}, ${when(future.latest.at)}); nothing was imported. Check the clock of the machine that wrote it.`,
		);
	store.open();
	const backup = store.backup('import');
	const {doc} = store.save(outcome.doc);
	return ok([`imported ${file}; progress now has ${counts(doc)}`, ...(backup ? [`backup of the progress before: ${backup}`] : [])]);
}

/** `sd-trainer reset [--chapter N] --yes`: clears progress (kept in a backup). */
export function resetCommand(
	store: ProgressStore,
	packs: LessonPack[],
	options: {chapter?: number; yes: boolean},
	now = Date.now(),
): Output {
	const pack = options.chapter === undefined ? undefined : packs.find((p) => p.chapter === options.chapter);
	if (options.chapter !== undefined && !pack) return fail(2, `sd-trainer: there is no chapter ${options.chapter}`);
	const what = pack ? `chapter ${pack.chapter} (${pack.id})` : 'all progress';
	if (!options.yes) return fail(2, `sd-trainer: this resets ${what}. Run again with --yes to do it.`);
	const {doc} = store.open();
	const backup = store.backup('reset');
	store.save(addReset(doc, `${now.toString(36)}-${process.pid}`, {scope: pack ? pack.id : '*', at: now}));
	return ok([`reset ${what}`, ...(backup ? [`backup: ${backup}`] : [])]);
}
