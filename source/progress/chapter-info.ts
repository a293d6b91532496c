import type {LessonPack, Localized} from '../content/schema.js';
import {misconceptionInfo} from './misconceptions.js';
import type {ChapterInfo} from './stats.js';

/** What progress and stats need of a pack. */
export function chapterInfo(pack: LessonPack): ChapterInfo {
	const misconceptions = new Map<string, Localized>();
	for (const q of pack.quiz) if (q.misconception) misconceptions.set(q.misconception.id, q.misconception.label);
	return {
		pack: pack.id,
		chapter: pack.chapter,
		title: pack.title,
		cards: pack.cards.map((c) => c.id),
		items: pack.quiz.map((q) => q.id),
		challenges: pack.simulations.flatMap((s) => s.challenges.map((c) => `${s.id}/${c.id}`)),
		misconceptions,
		remediation: misconceptionInfo(pack),
	};
}
