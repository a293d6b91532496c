// A scripted week of study, to see how review sessions are made (not part of
// `npm test`). Day 0: the learner opens three chapters, takes their quizzes
// and meets one simulation challenge (a scenario item); on day 3 two more
// chapters are opened; on day 4 a remediation item is offered. Each day one
// review session is planned (source/progress/session-plan.ts) and answered
// (right 80% of the time, new items 60%, 20–40 s each). Prints each day's
// session: its size, length, chapters in order, new and remediation items,
// and what was left for another session. Seeded: the same every run.
//
//   node scripts/run-ts.mjs scripts/week-of-sessions.ts [--seed 1] [--days 7]
import {parseArgs} from 'node:util';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {DAY_MS} from '../source/progress/days.js';
import {type AnswerRecord, addAnswer, emptyDoc, type ProgressDoc, viewCard} from '../source/progress/progress-doc.js';
import {scenarioItemId} from '../source/progress/scenario-id.js';
import {type Ref, todayPlan} from '../source/progress/session-plan.js';
import {sameGroupNeighbours} from '../source/quiz/interleave.js';
import {seeded} from '../test/support/random-log.js';

export async function main(args: string[]) {
	const {values} = parseArgs({args, options: {seed: {type: 'string', default: '1'}, days: {type: 'string', default: '7'}}});
	const random = seeded(Number(values.seed));
	const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
	const index = packs.map(indexOf);
	const chapterOf = new Map(packs.map((p) => [p.id, p.chapter]));
	const T0 = Date.UTC(2026, 0, 5, 9);
	let doc: ProgressDoc = emptyDoc();
	let n = 0;
	const answer = (ref: Ref, at: number, mode: 'quiz' | 'review', chance: number) => {
		const correct = random() < chance;
		const record: AnswerRecord = {
			pack: ref.pack,
			item: ref.item,
			at,
			ms: 20_000 + Math.floor(random() * 20_000),
			correct,
			score: correct ? 1 : 0,
			rating: correct ? 3 : 1,
			mode,
		};
		doc = addAnswer(doc, `w${n++}`, record);
		return correct;
	};
	const open = (pack: (typeof packs)[number], at: number) => {
		doc = viewCard(doc, pack.id, pack.cards[0]!.id, at);
	};
	// Day 0: chapters 46–48 opened and quizzed; a challenge met in 57's simulation.
	let at = T0;
	const tick = (ms: number) => {
		at += ms;
		return at;
	};
	for (const pack of packs.slice(0, 3)) {
		open(pack, tick(60_000));
		for (const q of pack.quiz) answer({pack: pack.id, item: q.id}, tick(30_000), 'quiz', 0.7);
	}
	const lb = packs.find((p) => p.id === 'load-balancing');
	if (lb) answer({pack: lb.id, item: scenarioItemId('load-balancer', 'beat-round-robin')}, tick(60_000), 'quiz', 1);
	console.log('day  items  min  due-left  new  remedy  neighbours  chapters in order');
	for (let day = 1; day <= Number(values.days); day++) {
		at = T0 + day * DAY_MS;
		if (day === 3) for (const pack of packs.slice(3, 5)) open(pack, at);
		const missed46 = Object.values(doc.answers).find((a) => a.pack === packs[0]!.id && !a.correct);
		const remediation = day === 4 && missed46 ? [{pack: missed46.pack, item: missed46.item}] : [];
		const plan = todayPlan(doc, index, at, 0, remediation);
		const answered = new Set(Object.values(doc.answers).map((a) => `${a.pack}/${a.item}`));
		const fresh = new Set(plan.items.filter((r) => !answered.has(`${r.pack}/${r.item}`)).map((r) => r.item));
		const order = plan.items
			.map((r) => `${chapterOf.get(r.pack)}${fresh.has(r.item) ? '*' : ''}${r.item.startsWith('sim:') ? 's' : ''}`)
			.join(' ');
		const neighbours = sameGroupNeighbours(plan.items, (r) => r.pack);
		console.log(
			`${String(day).padStart(3)}  ${String(plan.items.length).padStart(5)}  ${String(plan.minutes).padStart(3)}  ${String(plan.later).padStart(8)}  ${String(plan.fresh).padStart(3)}  ${String(plan.remediation).padStart(6)}  ${String(neighbours).padStart(10)}  ${order}`,
		);
		for (const ref of plan.items) answer(ref, tick(35_000), 'review', fresh.has(ref.item) ? 0.6 : 0.8);
	}
	console.log('(* new item, s scenario item; chapters by number)');
}
