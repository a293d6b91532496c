import type {Localized} from '../content/schema.js';
import {type Calibration, learnerCalibration} from './calibration.js';
import {chapterProgress} from './chapter-progress.js';
import {derive} from './derive.js';
import {type MisconceptionStat, misconceptionStats} from './misconception-stats.js';
import type {MisconceptionInfo} from './misconceptions.js';
import {type ExamEntry, examHistory} from './exams.js';
import {CLOCK_SKEW_MS, challengesMet, type ProgressDoc} from './progress-doc.js';
import {forecast} from './schedule.js';
import {streak} from './streak.js';
import {type Level, levelOf, xpOf} from './xp.js';

/** What stats need to know of a chapter. */
export type ChapterInfo = {
	pack: string;
	chapter: number;
	title: Localized;
	cards: string[];
	items: string[];
	/** Its simulations' challenges, as "sim/challenge". */
	challenges: string[];
	/** Misconception id → its label (a Map: ids from outside are never object members). */
	misconceptions: Map<string, Localized>;
	/** Its misconceptions with the items that can show them and their remedies (misconceptions.ts). */
	remediation?: MisconceptionInfo[] | undefined;
};

export type ChapterStats = {
	pack: string;
	chapter: number;
	/** Items whose latest answer was right, as a fraction of the chapter's items. */
	mastery: number;
	answered: number;
	items: number;
	cardsKnown: number;
	cards: number;
	best?: number | undefined;
	last?: number | undefined;
	runs: number;
	challengesMet: number;
	challenges: number;
};

export type Stats = {
	chapters: ChapterStats[];
	/** Every finished quiz, oldest first: when, which chapter, the score. */
	scores: {at: number; pack: string; chapter: number; score: number}[];
	/** Started chapters not yet mastered, the lowest mastery first. */
	weakest: {pack: string; chapter: number; mastery: number}[];
	/** The wrong ideas wrong answers showed, with evidence and remedy: active first, then most frequent. */
	misconceptions: MisconceptionStat[];
	/** Reviews on each of the next 7 days (day 0 = today). */
	forecast: number[];
	answers: number;
	correctRate: number;
	studiedMs: number;
	streak: {current: number; best: number};
	level: Level;
	/** Simulation challenges met, of all the packs have. */
	challenges: {met: number; total: number};
	/** Predictions made before a simulation ran, and how close they came on average (0–1). */
	predictions: {count: number; meanScore: number};
	/** Accuracy by stated confidence, the Brier score and a verdict (calibration.ts). */
	calibration: Calibration;
	/** Finished exams, oldest first (score, Brier, time; exams.ts). */
	exams: ExamEntry[];
};

export function statsOf(doc: ProgressDoc, chapters: ChapterInfo[], now: number, tz: number): Stats {
	const {runs, answers, right} = derive(doc, now);
	const perChapter = chapters.map((c): ChapterStats => {
		const {
			cardsKnown,
			cards,
			answered,
			mastery,
			best,
			last,
			runs: count,
		} = chapterProgress(doc, {id: c.pack, cardIds: c.cards, quizIds: c.items}, now);
		return {
			pack: c.pack,
			chapter: c.chapter,
			mastery,
			answered,
			items: c.items.length,
			cardsKnown,
			cards,
			...(best === undefined ? {} : {best, last}),
			runs: count,
			challengesMet: challengesMet(doc, c.pack, c.challenges, now),
			challenges: c.challenges.length,
		};
	});
	const chapterOfPack = new Map(chapters.map((c) => [c.pack, c]));
	const knownCards = perChapter.reduce((n, c) => n + c.cardsKnown, 0);
	const met = perChapter.reduce((n, c) => n + c.challengesMet, 0);
	const predictions = Object.values(doc.predictions).filter((p) => p.at <= now + CLOCK_SKEW_MS && chapterOfPack.has(p.pack));
	return {
		chapters: perChapter,
		scores: runs.map((r) => ({
			at: r.at,
			pack: r.pack,
			chapter: chapterOfPack.get(r.pack)?.chapter ?? 0,
			score: r.total > 0 ? r.correct / r.total : 0,
		})),
		weakest: perChapter
			.filter((c) => c.answered > 0 && c.mastery < 1)
			.sort((a, b) => a.mastery - b.mastery || a.chapter - b.chapter)
			.slice(0, 3)
			.map(({pack, chapter, mastery}) => ({pack, chapter, mastery})),
		misconceptions: misconceptionStats(doc, chapters, now, tz),
		forecast: forecast(doc, now, tz),
		answers,
		correctRate: answers > 0 ? right / answers : 0,
		studiedMs: Object.values(doc.sessions).reduce((n, s) => n + s.ms, 0),
		streak: streak(doc, now, tz),
		level: levelOf(xpOf(doc, knownCards, now, met)),
		challenges: {met, total: perChapter.reduce((n, c) => n + c.challenges, 0)},
		predictions: {
			count: predictions.length,
			meanScore: predictions.length > 0 ? predictions.reduce((n, p) => n + p.score, 0) / predictions.length : 0,
		},
		calibration: learnerCalibration(doc, now),
		exams: examHistory(doc, now),
	};
}
