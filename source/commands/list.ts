import type {LessonPack} from '../content/schema.js';
import {type Lang, pick, width} from '../content/text.js';

export type ChapterRow = {
	chapter: number;
	id: string;
	title: {ko: string; en: string};
	cards: number;
	quiz: number;
	quizTypes: string[];
	glossary: number;
	simulations: number;
	challenges: number;
};

export function chapterRows(packs: LessonPack[]): ChapterRow[] {
	return packs.map((p) => ({
		chapter: p.chapter,
		id: p.id,
		title: {ko: pick(p.title, 'ko'), en: pick(p.title, 'en')},
		cards: p.cards.length,
		quiz: p.quiz.length,
		quizTypes: [...new Set(p.quiz.map((q) => q.type))].sort(),
		glossary: p.glossary.length,
		simulations: p.simulations.length,
		challenges: p.simulations.reduce((n, s) => n + s.challenges.length, 0),
	}));
}

/** `sd-trainer list`: one line a chapter, or `--json` for scripts. */
export function listCommand(packs: LessonPack[], options: {json: boolean; lang: Lang}): string {
	const rows = chapterRows(packs);
	if (options.json) return JSON.stringify({chapters: rows}, null, 2);
	const titles = rows.map((r) => r.title[options.lang]);
	const titleWidth = Math.max(5, ...titles.map(width));
	const pad = (s: string) => s + ' '.repeat(titleWidth - width(s));
	const head = `${'ch'.padStart(3)}  ${pad('title')}  ${'cards'.padStart(5)}  ${'quiz'.padStart(4)}  ${'sims'.padStart(4)}`;
	const lines = rows.map(
		(r, i) =>
			`${String(r.chapter).padStart(3)}  ${pad(titles[i]!)}  ${String(r.cards).padStart(5)}  ${String(r.quiz).padStart(4)}  ${String(r.simulations).padStart(4)}`,
	);
	return [head, ...lines].join('\n');
}
