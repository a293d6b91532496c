import type {LessonPack, Localized} from './schema.js';

/**
 * What the chapter map and chapter screen need of a pack. It is small, so it
 * is compiled into the start-up code; full packs load just after the first frame.
 */
export type PackIndex = {
	id: string;
	chapter: number;
	title: Localized;
	summary: Localized;
	source: {title: string; url: string};
	cardIds: string[];
	quizIds: string[];
	quiz: number;
	glossary: number;
	simulations: number;
	simulationIds: string[];
	/** Every challenge of its simulations, as "sim/challenge". */
	challengeIds: string[];
};

export function indexOf(pack: LessonPack): PackIndex {
	return {
		id: pack.id,
		chapter: pack.chapter,
		title: pack.title,
		summary: pack.summary,
		source: pack.source,
		cardIds: pack.cards.map((c) => c.id),
		quizIds: pack.quiz.map((q) => q.id),
		quiz: pack.quiz.length,
		glossary: pack.glossary.length,
		simulations: pack.simulations.length,
		simulationIds: pack.simulations.map((s) => s.id),
		challengeIds: pack.simulations.flatMap((s) => s.challenges.map((c) => `${s.id}/${c.id}`)),
	};
}
