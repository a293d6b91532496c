import {
	type AnswerRecord,
	addReset,
	addRun,
	emptyDoc,
	type ProgressDoc,
	type Rating,
	setKnown,
	undoAnswer,
	viewCard,
} from '../../source/progress/progress-doc.js';

export type LogChapter = {id: string; cardIds: string[]; quizIds: string[]};

/** mulberry32: a small seeded generator, enough to make logs. */
export function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 9);

type Options = {
	/** Answers a day (about). */
	perDay?: number;
	/** Chance per day of an undo, of a chapter reset and of a reset of everything. */
	undo?: number;
	reset?: number;
	resetAll?: number;
	/** Chance a wrong answer carries a misconception tag (some are hostile ids). */
	tags?: string[];
};

/**
 * A learner's log as the game writes it: days of study, each a chapter quiz
 * (a run) and reviews of items seen before, card views, and now and then an
 * undo or a reset. Ids have the game's shapes. `now` is just after the last day.
 */
export function generateLog(chapters: LogChapter[], answers: number, seed: number, options: Options = {}): {doc: ProgressDoc; now: number} {
	const random = seeded(seed);
	const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
	const perDay = options.perDay ?? 50;
	const tags = options.tags ?? ['tag-a', 'tag-b'];
	const seen: {pack: string; item: string}[] = [];
	const seenKeys = new Set<string>();
	let doc = emptyDoc();
	let count = 0;
	let day = 0;
	let sessions = 0;
	const answer = (session: string, i: number, pack: string, item: string, at: number, mode: 'quiz' | 'review') => {
		const correct = random() < 0.75;
		const rating: Rating = correct ? (pick([2, 3, 3, 4]) as Rating) : 1;
		const record: AnswerRecord = {
			pack,
			item,
			at,
			ms: Math.floor(random() * 60_000),
			correct,
			score: correct ? 1 : pick([0, 0, 0.5]),
			rating,
			mode,
			...(mode === 'quiz' ? {run: session} : {}),
			...(!correct && random() < 0.5 ? {misconception: pick(tags)} : {}),
			// Drawn from the index, not the generator, so logs from older seeds stay the same.
			...(i % 4 === 0 ? {} : {confidence: (i % 4) as 1 | 2 | 3}),
			...(i % 7 === 0 ? {seed: i * 7919} : {}),
		};
		const id = `${session}:${i}:${i}`;
		// Straight into the log: copying it per answer (as addAnswer does) makes big logs slow to build.
		doc.answers[id] = record;
		if (!seenKeys.has(`${pack}/${item}`)) {
			seenKeys.add(`${pack}/${item}`);
			seen.push({pack, item});
		}
		count++;
		return {id, correct};
	};
	while (count < answers) {
		// Study starts between 8:00 and 20:00; a day off now and then.
		let at = T0 + day * DAY + Math.floor(random() * 12 * 3_600_000);
		const tick = (ms: number) => {
			at += ms;
			return at;
		};
		day += random() < 0.15 ? 2 : 1;
		const chapter = pick(chapters);
		const session = () => `${at.toString(36)}-${(1000 + seed).toString(36)}-${(sessions++).toString(36)}`;
		for (const card of chapter.cardIds.slice(0, 1 + Math.floor(random() * chapter.cardIds.length))) {
			doc = viewCard(doc, chapter.id, card, tick(20_000));
			if (random() < 0.6) doc = setKnown(doc, chapter.id, card, random() < 0.9, at);
		}
		const quiz = session();
		let right = 0;
		let last = '';
		chapter.quizIds.forEach((item, i) => {
			if (count >= answers) return;
			const result = answer(quiz, i, chapter.id, item, tick(15_000), 'quiz');
			if (result.correct) right++;
			last = result.id;
		});
		doc = addRun(doc, `${quiz}#${at.toString(36)}`, {pack: chapter.id, at, correct: right, total: chapter.quizIds.length, ms: 60_000});
		if (random() < (options.undo ?? 0.05) && last) doc = undoAnswer(doc, last, at + 1000);
		const review = session();
		for (let i = 0; count < answers && i < perDay - chapter.quizIds.length && seen.length > 0; i++) {
			const ref = pick(seen);
			answer(review, i, ref.pack, ref.item, tick(12_000), 'review');
		}
		if (random() < (options.reset ?? 0.01)) doc = addReset(doc, `r${day}`, {scope: chapter.id, at: tick(1000)});
		if (random() < (options.resetAll ?? 0.002)) doc = addReset(doc, `R${day}`, {scope: '*', at: tick(1000)});
	}
	return {doc, now: T0 + (day + 1) * DAY};
}
