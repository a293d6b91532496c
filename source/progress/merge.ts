/*
 * Merging two progress documents (see progress-doc.ts): commutative,
 * associative and idempotent, so saving = merge(disk, mine) never drops the
 * other terminal's work.
 */
import {fold, mergeArchiveText, pickAnswer} from './archive.js';
import {type ChapterProgress, CURRENT_VERSION, own, type ProgressDoc, put, type Register, type Settings} from './progress-doc.js';

/** Any fixed rule for two different values with equal keys keeps merge commutative. */
function pickStable<T>(a: T, b: T): T {
	return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function later<T>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined {
	if (!a) return b;
	if (!b) return a;
	if (a.at !== b.at) return a.at > b.at ? a : b;
	return pickStable(a, b);
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T, key: string) => T): Record<string, T> {
	const out: Record<string, T> = {...a};
	for (const [key, value] of Object.entries(b)) {
		const mine = own(out, key);
		put(out, key, mine === undefined ? value : both(mine, value, key));
	}
	return out;
}

function mergeArchives(a: Record<string, string>, b: Record<string, string>, pack: string): Record<string, string> {
	return mergeRecords(a, b, (x, y, item) => mergeArchiveText(x, y, pack, item));
}

function mergeChapter(a: ChapterProgress, b: ChapterProgress): ChapterProgress {
	const merged: ChapterProgress = {
		known: mergeRecords(a.known, b.known, (x, y) => later(x, y)!),
		seen: mergeRecords(a.seen, b.seen, (x, y) => Math.max(x, y)),
	};
	const position = later(a.position, b.position);
	if (position) merged.position = position;
	return merged;
}

function mergeSettings(a: Settings, b: Settings): Settings {
	const out: Settings = {};
	for (const key of ['lang', 'reviewCap', 'newCap', 'retention', 'maxInterval', 'askConfidence'] as const) {
		const value = later<unknown>(a[key], b[key]);
		if (value) (out as Record<string, unknown>)[key] = value;
	}
	return out;
}

export function merge(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
	// An answer archived on either side is archived in the result (and not also kept in the log).
	const {answers, archive} = fold(
		mergeRecords(a.answers, b.answers, (x, y, id) => pickAnswer(id, x, y)),
		mergeRecords(a.archive, b.archive, mergeArchives),
	);
	return {
		version: CURRENT_VERSION,
		settings: mergeSettings(a.settings, b.settings),
		chapters: mergeRecords(a.chapters, b.chapters, mergeChapter),
		answers,
		archive,
		runs: mergeRecords(a.runs, b.runs, pickStable),
		undone: mergeRecords(a.undone, b.undone, (x, y) => Math.max(x, y)),
		resets: mergeRecords(a.resets, b.resets, pickStable),
		sessions: mergeRecords(a.sessions, b.sessions, (x, y) => ({start: Math.min(x.start, y.start), ms: Math.max(x.ms, y.ms)})),
		challenges: mergeRecords(a.challenges, b.challenges, (x, y) => Math.min(x, y)),
		predictions: mergeRecords(a.predictions, b.predictions, pickStable),
		exams: mergeRecords(a.exams, b.exams, pickStable),
	};
}
