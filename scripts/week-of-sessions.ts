// A scripted week of study, to see how review sessions are made (not part of
// `npm test`). Day 0: the learner opens three chapters, takes their quizzes
// and meets two challenges of one simulation (two scenario items); on day 3
// two more chapters are opened. Every wrong answer carries the misconception
// its item or a wrong option names, so remediation items come in while a
// misconception keeps recurring. Each day one review session is planned
// exactly as the game plans it (remediation from misconceptions.ts, the plan
// from session-plan.ts) and answered by a scripted learner: right 80% of the
// time on reviews, 70% on remediation, 60% on new items and scenarios,
// 20–40 s each, with a confidence on every answer (sure when right more often
// than when wrong) and the game's own ratings. Prints each day's session in
// order (chapter number; * new, s scenario, r remediation), and what waits.
// Seeded: the same every run.
//
//   node scripts/run-ts.mjs scripts/week-of-sessions.ts [--seed 1] [--days 7]
import {parseArgs} from 'node:util';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import type {LessonPack} from '../source/content/schema.js';
import {DAY_MS} from '../source/progress/days.js';
import {remediationFor, trackMisconceptions, misconceptionInfo} from '../source/progress/misconceptions.js';
import {type AnswerRecord, addAnswer, type Confidence, emptyDoc, type ProgressDoc, viewCard} from '../source/progress/progress-doc.js';
import {ratingFor} from '../source/progress/rating.js';
import {isScenarioItem, scenarioItemId} from '../source/progress/scenario-id.js';
import {type Ref, todayPlan} from '../source/progress/session-plan.js';
import {sameGroupNeighbours} from '../source/quiz/interleave.js';
import {scenarioRating} from '../source/quiz/scenario-grade.js';
import {seeded} from '../test/support/random-log.js';

const TZ = 0;

/** The misconception a wrong answer to this item shows: the item's own, else one of its options'. */
function tagOf(pack: LessonPack, item: string): string | undefined {
	const q = pack.quiz.find((x) => x.id === item);
	if (!q) return undefined;
	const options = q.type === 'single' || q.type === 'multi' ? q.choices.map((c) => c.misconception?.id) : [];
	return q.misconception?.id ?? options.find((x) => x !== undefined);
}

export async function main(args: string[]) {
	const {values} = parseArgs({args, options: {seed: {type: 'string', default: '1'}, days: {type: 'string', default: '7'}}});
	const random = seeded(Number(values.seed));
	const packs = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
	const byId = new Map(packs.map((p) => [p.id, p]));
	const index = packs.map(indexOf);
	const infos = packs.flatMap(misconceptionInfo);
	const T0 = Date.UTC(2026, 0, 5, 9);
	let doc: ProgressDoc = emptyDoc();
	let n = 0;
	let at = T0;
	const tick = (ms: number) => {
		at += ms;
		return at;
	};
	const answer = (ref: Ref, mode: 'quiz' | 'review', chance: number) => {
		const correct = random() < chance;
		const ms = 20_000 + Math.floor(random() * 20_000);
		// Sure more often when right: high 60% / 20%, low 10% / 40%.
		const r = random();
		const confidence = (correct ? (r < 0.6 ? 3 : r < 0.9 ? 2 : 1) : r < 0.2 ? 3 : r < 0.6 ? 2 : 1) as Confidence;
		const result = {correct, score: correct ? 1 : 0};
		const scenario = isScenarioItem(ref.item);
		const tag = correct ? undefined : tagOf(byId.get(ref.pack)!, ref.item);
		const record: AnswerRecord = {
			pack: ref.pack,
			item: ref.item,
			at: tick(ms),
			ms,
			...result,
			rating: scenario ? scenarioRating(result, ms, {confidence}) : ratingFor(result, ms, confidence),
			mode,
			confidence,
			...(tag ? {misconception: tag} : {}),
			...(scenario ? {seed: 1000 + n} : {}),
		};
		doc = addAnswer(doc, `w${n++}`, record);
	};
	const study = (pack: LessonPack) => {
		doc = viewCard(doc, pack.id, pack.cards[0]!.id, tick(60_000));
		for (const q of pack.quiz) answer({pack: pack.id, item: q.id}, 'quiz', 0.7);
	};
	// Day 0: chapters 46–48 studied; two challenges of chapter 57's simulation met (scenario items, no XP).
	for (const pack of packs.slice(0, 3)) study(pack);
	const lb = packs.find((p) => p.chapter === 57)!;
	const sim = lb.simulations[0]!;
	for (const c of sim.challenges.slice(0, 2)) answer({pack: lb.id, item: scenarioItemId(sim.id, c.id)}, 'quiz', 1);

	console.log('day  items  min  later  new  scen  remedy  chapters  neighbours  active  order');
	for (let day = 1; day <= Number(values.days); day++) {
		at = T0 + day * DAY_MS;
		if (day === 3) for (const pack of packs.slice(3, 5)) study(pack);
		at = T0 + day * DAY_MS + 3_600_000;
		const remediation = remediationFor(doc, packs, at, TZ);
		const plan = todayPlan(doc, index, at, TZ, remediation);
		const answered = new Set(Object.values(doc.answers).map((a) => `${a.pack}/${a.item}`));
		const isNew = (r: Ref) => !answered.has(`${r.pack}/${r.item}`);
		const remedies = new Set(remediation.map((r) => `${r.pack}/${r.item}`));
		const isRemedy = (r: Ref) => remedies.has(`${r.pack}/${r.item}`);
		const mark = (r: Ref) =>
			`${byId.get(r.pack)!.chapter}${isNew(r) ? '*' : ''}${isScenarioItem(r.item) ? 's' : ''}${isRemedy(r) ? 'r' : ''}`;
		const active = trackMisconceptions(doc, infos, at, TZ).filter((m) => m.active).length;
		const scenarios = plan.items.filter((r) => isScenarioItem(r.item)).length;
		const row = [
			String(day).padStart(3),
			String(plan.items.length).padStart(5),
			String(plan.minutes).padStart(4),
			String(plan.later).padStart(5),
			String(plan.fresh).padStart(4),
			String(scenarios).padStart(5),
			String(plan.remediation).padStart(7),
			String(plan.chapters).padStart(9),
			String(sameGroupNeighbours(plan.items, (r) => r.pack)).padStart(11),
			String(active).padStart(7),
		];
		console.log(`${row.join('')}  ${plan.items.map(mark).join(' ')}`);
		for (const ref of plan.items) {
			const chance = isScenarioItem(ref.item) ? 0.6 : isRemedy(ref) ? 0.7 : isNew(ref) ? 0.6 : 0.8;
			answer(ref, 'review', chance);
		}
	}
	console.log(
		'(chapter numbers in the order asked; * new item, s scenario item, r remediation item; active = misconceptions still recurring)',
	);
}
