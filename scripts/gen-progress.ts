/*
 * Writes a realistic progress file for benchmarks and manual testing: a learner
 * who studied every day for D days, N answers in all, spread over every shipped
 * chapter (chapter quizzes now and then, reviews the rest of the time), with
 * cards seen and known, a session per day and an undo here and there.
 *
 *   node scripts/run-ts.mjs scripts/gen-progress.ts --home DIR [--answers 50000] [--days 1000] [--seed 1] [--lang en]
 *
 * The file is written by the real store, so it is exactly what the game writes.
 */
import {mkdirSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {loadPackDir} from '../source/content/load-packs.js';
import {nextFloat, type RandomState, seedRandom} from '../source/sims/random.js';
import {ConfStore} from '../source/store/conf-store.js';
import {emptyDoc, type ProgressDoc, type Rating} from '../source/progress/progress-doc.js';

const DAY = 86_400_000;

export type GenOptions = {answers: number; days: number; seed: number; lang: 'ko' | 'en'; now: number};

/** A seeded stream of floats in [0, 1). */
function randomStream(seed: number) {
	let state: RandomState = seedRandom(seed);
	const next = () => {
		const [x, s] = nextFloat(state);
		state = s;
		return x;
	};
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
	return {next, pick};
}

/** The document a learner would have after `answers` answers over `days` days ending today. */
export function generateDoc({answers, days, seed, lang, now}: GenOptions): ProgressDoc {
	const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
	const rnd = randomStream(seed);
	const doc = emptyDoc();
	const start = now - days * DAY;
	doc.settings.lang = {value: lang, at: start};
	const perDay = Math.max(1, Math.ceil(answers / days));
	let made = 0;
	for (let day = 0; day < days && made < answers; day++) {
		const dayStart = start + day * DAY + 8 * 3_600_000 + Math.floor(rnd.next() * 6 * 3_600_000);
		let at = dayStart;
		const todays = Math.min(perDay, answers - made);
		let done = 0;
		while (done < todays) {
			const pack = rnd.pick(packs);
			// One run in five is a chapter quiz over the whole chapter; the rest are reviews.
			const quiz = rnd.next() < 0.2;
			const count = Math.min(todays - done, quiz ? pack.quiz.length : 1 + Math.floor(rnd.next() * 12));
			const runId = `quiz:${pack.id}:${at.toString(36)}`;
			let correct = 0;
			for (let i = 0; i < count; i++) {
				const item = quiz ? pack.quiz[i]! : rnd.pick(pack.quiz);
				const ms = 2_000 + Math.floor(rnd.next() * rnd.next() * 60_000);
				at += ms + 1_000;
				const right = rnd.next() < 0.75;
				const score = right ? 1 : rnd.next() < 0.2 ? 0.5 : 0;
				const rating: Rating = !right ? 1 : ms <= 8_000 ? 4 : ms >= 45_000 ? 2 : 3;
				if (right) correct++;
				const id = `${quiz ? runId : `review:${at.toString(36)}`}:${i}:${made}`;
				doc.answers[id] = {
					pack: pack.id,
					item: item.id,
					at,
					ms,
					correct: right,
					score,
					rating,
					mode: quiz ? 'quiz' : 'review',
					...(quiz ? {run: runId} : {}),
					...(!right && item.misconception ? {misconception: item.misconception.id} : {}),
				};
				// One answer in two hundred is taken back a moment later.
				if (rnd.next() < 0.005) doc.undone[id] = at + 2_000;
				made++;
				done++;
			}
			if (quiz && count === pack.quiz.length) doc.runs[runId] = {pack: pack.id, at, correct, total: count, ms: at - dayStart};
			// Cards of the chapter read along the way.
			doc.chapters[pack.id] ??= {known: {}, seen: {}};
			const chapter = doc.chapters[pack.id]!;
			const card = rnd.pick(pack.cards);
			chapter.seen[card.id] = at;
			chapter.position = {value: card.id, at};
			if (rnd.next() < 0.5) chapter.known[card.id] = {value: rnd.next() < 0.9, at};
		}
		doc.sessions[`${dayStart.toString(36)}-${day}`] = {start: dayStart, ms: at - dayStart};
	}
	return doc;
}

function flag(values: Record<string, string | undefined>, name: string, fallback: number): number {
	const raw = values[name];
	const value = raw === undefined ? fallback : Number(raw);
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1 (got ${raw})`);
	return value;
}

export function main(args: string[]): void {
	const {values} = parseArgs({
		args,
		options: {
			home: {type: 'string', default: process.env.SD_TRAINER_HOME},
			answers: {type: 'string'},
			days: {type: 'string'},
			seed: {type: 'string'},
			lang: {type: 'string', default: 'en'},
		},
	});
	if (!values.home) throw new Error('say where: --home DIR (or SD_TRAINER_HOME)');
	if (values.lang !== 'en' && values.lang !== 'ko') throw new Error('--lang must be en or ko');
	const answers = flag(values, 'answers', 50_000);
	const days = flag(values, 'days', Math.max(1, Math.round(answers / 50)));
	const doc = generateDoc({answers, days, seed: flag(values, 'seed', 1), lang: values.lang, now: Date.now()});
	mkdirSync(values.home, {recursive: true});
	const store = new ConfStore({home: values.home});
	store.save(doc);
	console.log(`${Object.keys(doc.answers).length} answers over ${days} days → ${store.path}`);
}
