import type {Localized} from '../content/schema.js';
import {type Calibration, learnerCalibration} from './calibration.js';
import {chapterProgress} from './chapter-progress.js';
import {derive} from './derive.js';
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
	/** The wrong ideas behind wrong answers, most frequent first. */
	misconceptions: {id: string; pack: string; label: Localized; count: number}[];
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
};

export function statsOf(doc: ProgressDoc, chapters: ChapterInfo[], now: number, tz: number): Stats {
	const {items, runs, answers, right} = derive(doc, now);
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
	const tags = new Map<string, {id: string; pack: string; label: Localized; count: number}>();
	for (const facts of items.values()) {
		for (const [tag, count] of facts.tags) {
			const label = chapterOfPack.get(facts.pack)?.misconceptions.get(tag);
			if (!label) continue;
			const key = `${facts.pack}/${tag}`;
			const entry = tags.get(key) ?? {id: tag, pack: facts.pack, label, count: 0};
			entry.count += count;
			tags.set(key, entry);
		}
	}
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
		misconceptions: [...tags.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, 5),
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
	};
}
