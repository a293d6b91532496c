import {describe, expect, it} from 'vitest';
import {compact} from '../../source/progress/archive.js';
import {DAY_MS} from '../../source/progress/days.js';
import {history} from '../../source/progress/history.js';
import {homeStatus} from '../../source/progress/home-status.js';
import {
	addReset,
	type AnswerRecord,
	emptyDoc,
	merge,
	type ProgressDoc,
	type Rating,
	undoAnswer,
} from '../../source/progress/progress-doc.js';
import {readDoc} from '../../source/progress/progress-schema.js';
import {replaySteps} from '../../source/progress/review-card.js';
import {reviewQueue} from '../../source/progress/review-queue.js';
import {reviewCards} from '../../source/progress/schedule.js';
import {type ChapterInfo, statsOf} from '../../source/progress/stats.js';
import {streakOf} from '../../source/progress/streak.js';
import {generateLog, seeded} from '../support/random-log.js';

const TAGS = ['tag-a', 'constructor', '__proto__', 'toString'];
const chapters = ['kafka', 'raft', 'oauth2'].map((id, n) => ({
	id,
	cardIds: ['c1', 'c2', 'c3'],
	quizIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((q) => `${q}-${n}`),
}));
const infos: ChapterInfo[] = chapters.map((c, n) => ({
	pack: c.id,
	chapter: 50 + n,
	title: {ko: c.id, en: c.id},
	cards: c.cardIds,
	items: c.quizIds,
	challenges: [],
	misconceptions: new Map(TAGS.map((t) => [t, {ko: t, en: t}])),
}));
const index = chapters.map((c, n) => ({
	...c,
	chapter: 50 + n,
	title: {ko: c.id, en: c.id},
	summary: {ko: '', en: ''},
	source: {title: '', url: ''},
	quiz: c.quizIds.length,
	simulations: 0,
	simulationIds: [],
	challengeIds: [],
}));

/** Every figure a screen or command shows, at a time. */
function figures(doc: ProgressDoc, now: number) {
	return {
		stats: statsOf(doc, infos, now, 540),
		home: homeStatus(doc, index, now, 540),
		queue: reviewQueue(doc, chapters, now, 540),
		cards: reviewCards(doc, now),
		history: history(doc, now),
	};
}

const log = (seed: number, answers = 400) =>
	generateLog(chapters, answers, seed, {perDay: 20, undo: 0.2, reset: 0.04, resetAll: 0.01, tags: TAGS});

/** Through the file and back, as the store would. */
const roundTrip = (doc: ProgressDoc): ProgressDoc => {
	const outcome = readDoc(JSON.parse(JSON.stringify(doc)));
	if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
	return outcome.doc;
};

describe('the answer archive keeps every figure', () => {
	it('gives the same figures before and after compaction, over many seeded logs and times', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const {doc, now} = log(seed);
			for (const when of [now - 20 * DAY_MS, now - 3 * DAY_MS, now, now + 40 * DAY_MS]) {
				const packed = compact(doc, when);
				if (when >= now) expect(Object.keys(packed.answers).length).toBeLessThan(Object.keys(doc.answers).length / 10);
				for (const at of [now, now + 2 * DAY_MS]) {
					expect(figures(roundTrip(packed), at), `seed ${seed}`).toEqual(figures(doc, at));
				}
			}
		}
	});

	it('merges correctly: two terminals, one compacted, in either order, with undos and resets arriving later', () => {
		for (let seed = 100; seed < 115; seed++) {
			const {doc, now} = log(seed, 300);
			const random = seeded(seed);
			// Two terminals holding overlapping parts of the log.
			const split = (keep: number): ProgressDoc => ({
				...doc,
				answers: Object.fromEntries(Object.entries(doc.answers).filter(() => random() < keep)) as Record<string, AnswerRecord>,
			});
			const a = split(0.7);
			const b = split(0.7);
			const whole = merge(a, b);
			const packed = compact(a, now);
			expect(figures(roundTrip(merge(packed, b)), now)).toEqual(figures(whole, now));
			expect(figures(merge(b, packed), now)).toEqual(figures(whole, now));
			// Both compacted at different times, merged, compacted again.
			expect(figures(compact(merge(compact(b, now - 5 * DAY_MS), packed), now), now)).toEqual(figures(whole, now));
			// An undo and a reset arriving after compaction still apply.
			const ids = Object.keys(doc.answers);
			const victim = ids[Math.floor(random() * ids.length)]!;
			const middle = doc.answers[ids[Math.floor(ids.length / 2)]!]!.at;
			const later = (d: ProgressDoc) => addReset(undoAnswer(d, victim, now), 'late', {scope: 'raft', at: middle});
			expect(figures(later(packed), now)).toEqual(figures(later(a), now));
			// Merging is still idempotent and commutative with archives.
			expect(merge(packed, packed)).toEqual(packed);
			expect(figures(merge(packed, whole), now)).toEqual(figures(merge(whole, packed), now));
		}
	});

	it('packs the file to under a third of its size and loads a version 3 file', () => {
		const {doc, now} = log(7, 2000);
		const packed = compact(doc, now);
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(doc).length * 0.4);
		const {archive: _, ...v3} = {...doc, version: 3};
		const outcome = readDoc(JSON.parse(JSON.stringify(v3)));
		expect(outcome.kind).toBe('ok');
		if (outcome.kind === 'ok') expect(figures(outcome.doc, now)).toEqual(figures(doc, now));
	});

	it('refuses a malformed archive as it refuses any broken document', () => {
		const bad = {...emptyDoc(), archive: {kafka: {q1: 'x 1 1 1 9zz'}}};
		expect(readDoc(JSON.parse(JSON.stringify(bad)))).toEqual({kind: 'invalid', reason: 'archive: a row of "kafka/q1" is malformed'});
	});

	it('packs odd ids exactly, and leaves in the log what it cannot pack exactly (a run that is empty text)', () => {
		const record: AnswerRecord = {pack: 'kafka', item: 'q1-0', at: 1000, ms: 1, correct: true, score: 1, rating: 3, mode: 'review'};
		const odd = ['\ud800', 'a b,c%d', '\u001b]0;x\u0007', '__proto__'];
		const doc: ProgressDoc = {...emptyDoc(), answers: {}};
		for (const id of odd) Object.defineProperty(doc.answers, id, {value: record, enumerable: true});
		doc.answers.empty = {...record, run: ''};
		const packed = roundTrip(compact(doc, 10 * DAY_MS));
		expect(Object.keys(packed.answers)).toEqual(['empty']);
		expect(history(packed, 10 * DAY_MS).answers.map((a) => a.id)).toEqual(history(doc, 10 * DAY_MS).answers.map((a) => a.id));
		expect(history(packed, 10 * DAY_MS).answers).toHaveLength(5);
	});
});

describe('the streak index', () => {
	/** The definition, computed the slow way: replay every prefix. */
	function slowStreak(doc: ProgressDoc, now: number, tz: number) {
		const day = (ms: number) => Math.floor((ms + tz * 60_000) / DAY_MS);
		const answers = history(doc, now).answers;
		const active = new Set(answers.map((a) => day(a.at)));
		for (const c of Object.values(doc.chapters)) for (const at of Object.values(c.seen)) if (at > 0) active.add(day(at));
		const items = new Map<string, {at: number; rating: Rating}[]>();
		for (const a of answers) items.set(`${a.pack}/${a.item}`, [...(items.get(`${a.pack}/${a.item}`) ?? []), a]);
		const steps = [...items.values()].map((list) => list.map((a, i) => ({at: a.at, due: replaySteps(list.slice(0, i + 1)).dues.at(-1)!})));
		const wasDue = (d: number) => {
			const start = d * DAY_MS - tz * 60_000;
			return steps.some((item) => {
				const before = item.filter((s) => s.at < start).at(-1);
				return before !== undefined && before.due < start + DAY_MS;
			});
		};
		return streakOf(active, wasDue, day(now));
	}

	it('agrees with replaying every prefix, as answers are added one by one', () => {
		for (let seed = 200; seed < 210; seed++) {
			const {doc, now} = generateLog(chapters, 250, seed, {perDay: 8, reset: 0, resetAll: 0, undo: 0.1});
			const expected = slowStreak(doc, now, 540);
			expect(statsOf(compact(doc, now), infos, now, 540).streak, `seed ${seed}`).toEqual(expected);
			// Growing the log answer by answer: each step agrees.
			let grown = {...doc, answers: {}} as ProgressDoc;
			for (const [id, a] of Object.entries(doc.answers).slice(-30)) {
				grown = {...grown, answers: {...grown.answers, [id]: a}};
				expect(statsOf(grown, infos, now, 0).streak).toEqual(slowStreak(grown, now, 0));
			}
		}
	});
});
