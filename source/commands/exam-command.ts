import type {PackIndex} from '../content/pack-index.js';
import type {ExamEntry} from '../progress/exams.js';
import {EXAM_DEFAULT_ITEMS, EXAM_DEFAULT_MINUTES, EXAM_MAX_ITEMS, EXAM_MAX_MINUTES} from '../quiz/exam.js';
import type {ExamOptions} from '../ui/hooks/use-exam.js';
import {type CommandResult, fail, shown} from './result.js';

/** The flags every command may be given (meow declares them); anything else must be the exam's own. */
const COMMON = new Set(['lang', 'lessons', 'json', 'chapter', 'yes', 'seed', 'list', 'help', 'version']);
const OWN = new Set(['chapters', 'items', 'minutes']);

const usage = 'Usage: sd-trainer exam [--chapters 57,58] [--items N] [--minutes M]';

function whole(name: string, value: unknown, fallback: number, max: number): number | CommandResult {
	if (value === undefined) return fallback;
	const n = typeof value === 'number' ? value : Number(String(value).trim() || Number.NaN);
	if (!Number.isInteger(n) || n < 1 || n > max) {
		return fail(2, `sd-trainer: --${name} must be a whole number from 1 to ${max} (got ${shown(String(value))}). ${usage}`);
	}
	return n;
}

/**
 * `sd-trainer exam` options as an exam's setup, or a usage error (exit 2):
 * --chapters takes chapter numbers or pack ids, comma-separated; --items and
 * --minutes whole numbers. Only chapters with questions can be chosen.
 */
export function examOptions(flags: Record<string, unknown>, index: readonly PackIndex[]): ExamOptions | CommandResult {
	const unknown = Object.keys(flags).filter((k) => !COMMON.has(k) && !OWN.has(k));
	if (unknown.length > 0) return fail(2, `sd-trainer: exam has no option ${unknown.map((k) => `--${shown(k)}`).join(', ')}. ${usage}`);
	const items = whole('items', flags.items, EXAM_DEFAULT_ITEMS, EXAM_MAX_ITEMS);
	if (typeof items !== 'number') return items;
	const minutes = whole('minutes', flags.minutes, EXAM_DEFAULT_MINUTES, EXAM_MAX_MINUTES);
	if (typeof minutes !== 'number') return minutes;
	const asked = [flags.chapters, flags.chapter].filter((x) => x !== undefined && x !== true).flatMap((x) => String(x).split(','));
	if ((flags.chapters === true || flags.chapters === '') && asked.length === 0)
		return fail(2, `sd-trainer: --chapters needs chapter numbers or ids. ${usage}`);
	const chapters: string[] = [];
	for (const raw of asked.map((x) => x.trim()).filter((x) => x !== '')) {
		const pack = index.find((p) => p.id === raw || String(p.chapter) === raw);
		if (!pack) {
			const known = index.map((p) => p.chapter).join(', ');
			return fail(2, `sd-trainer: no chapter "${shown(raw)}" (chapters: ${known}). ${usage}`);
		}
		if (pack.quizIds.length === 0) return fail(2, `sd-trainer: chapter ${pack.chapter} has no questions to ask. ${usage}`);
		if (!chapters.includes(pack.id)) chapters.push(pack.id);
	}
	return {...(chapters.length > 0 ? {chapters} : {}), items, minutes};
}

export const isExamOptions = (x: ExamOptions | CommandResult): x is ExamOptions => !('code' in x);

/** The exams in plain `sd-trainer stats`: how many, and the latest one's score and Brier. */
export function examSummaryLines(exams: readonly ExamEntry[]): string[] {
	const last = exams.at(-1);
	if (!last) return [];
	const brier = last.brier === undefined ? '' : `, Brier ${last.brier.toFixed(2)}`;
	return [`exams: ${exams.length}; latest ${Math.round(last.score * 100)}% (${last.correct}/${last.items}${brier})`];
}
