import {describe, expect, it} from 'vitest';
import {type LessonPackInput, lessonPack} from '../../source/content/schema.js';
import {chapterInfo} from '../../source/progress/chapter-info.js';
import {DAY_MS} from '../../source/progress/days.js';
import {misconceptionStats} from '../../source/progress/misconception-stats.js';
import {misconceptionInfo, remediationItems, stoppedRecurring, trackMisconceptions} from '../../source/progress/misconceptions.js';
import {addAnswer, emptyDoc, type ProgressDoc, type Rating, undoAnswer} from '../../source/progress/progress-doc.js';
import {statsOf} from '../../source/progress/stats.js';

const t = (en: string) => ({ko: en, en});
const tag = (id: string, extra: object = {}) => ({id, label: t(`label ${id}`), ...extra});
// Misconception m-a: q1's option, q2's item tag, q3's option (cards c1, c2, c2); m-b: q3's option, q4 (cards c2, c1).
const input: LessonPackInput = {
	id: 'p',
	chapter: 90,
	title: t('P'),
	summary: t('S'),
	source: {title: 'S', url: 'https://example.com'},
	cards: ['c1', 'c2'].map((id) => ({id, title: t(id), body: t(id)})),
	quiz: [
		{
			id: 'q1',
			type: 'single',
			card: 'c1',
			prompt: t('?'),
			explanation: t('.'),
			choices: [t('a'), {...t('b'), misconception: tag('m-a', {remedy: {simulation: 's1', challenge: 'ch1'}})}],
			answer: 0,
		},
		{id: 'q2', type: 'true-false', card: 'c2', prompt: t('?'), explanation: t('.'), answer: true, misconception: tag('m-a')},
		{
			id: 'q3',
			type: 'single',
			card: 'c2',
			prompt: t('?'),
			explanation: t('.'),
			choices: [t('a'), {...t('b'), misconception: tag('m-a')}, {...t('c'), misconception: tag('m-b')}],
			answer: 0,
		},
		{id: 'q4', type: 'numeric', card: 'c1', prompt: t('?'), explanation: t('.'), answer: 3, tolerance: 0, misconception: tag('m-b')},
		{id: 'q5', type: 'true-false', card: 'c1', prompt: t('?'), explanation: t('.'), answer: false},
	],
	simulations: [
		{id: 's1', engine: 'rate-limiter', title: t('S1'), challenges: [{id: 'ch1', title: t('C'), goal: {metric: 'x', op: '>', value: 1}}]},
	],
};
const pack = lessonPack.parse(input);
const infos = misconceptionInfo(pack);
const TZ = 540;
// Midnight in Seoul on some day: day d at hour h is D0 + d * DAY_MS + h * HOUR.
const D0 = Date.UTC(2026, 10, 1) - TZ * 60_000;
const HOUR = 3_600_000;
const at = (day: number, hour = 10) => D0 + day * DAY_MS + hour * HOUR;

let n = 0;
function answer(doc: ProgressDoc, item: string, when: number, correct: boolean, misconception?: string, rating?: Rating): ProgressDoc {
	return addAnswer(doc, `a${String(n++).padStart(3, '0')}`, {
		pack: 'p',
		item,
		at: when,
		ms: 5000,
		correct,
		score: correct ? 1 : 0,
		rating: rating ?? (correct ? 3 : 1),
		mode: 'review',
		...(misconception ? {misconception} : {}),
	});
}
const stateOf = (doc: ProgressDoc, now: number) =>
	trackMisconceptions(doc, infos, now, TZ).map((e) => `${e.id} ${e.active ? 'active' : 'resolved'} ×${e.count} right ${e.rightSince}`);

describe('misconceptions: what corrects each', () => {
	it('lists the items that can show it, the card most of them test (the earliest on a tie) and the remedy', () => {
		expect(infos).toEqual([
			{pack: 'p', id: 'm-a', label: t('label m-a'), items: ['q1', 'q2', 'q3'], card: 'c2', simulation: 's1', challenge: 'ch1'},
			{pack: 'p', id: 'm-b', label: t('label m-b'), items: ['q3', 'q4'], card: 'c2'},
		]);
	});
});

describe('misconceptions: active until the last two chances since it showed were right, on different days', () => {
	it('the rule by itself', () => {
		const right = (day: number, hour = 10) => ({correct: true, at: at(day, hour)});
		const wrong = (day: number) => ({correct: false, at: at(day)});
		expect(stoppedRecurring([], TZ)).toBe(false);
		expect(stoppedRecurring([right(1)], TZ)).toBe(false);
		expect(stoppedRecurring([right(1, 9), right(1, 23)], TZ)).toBe(false);
		expect(stoppedRecurring([right(1), right(2)], TZ)).toBe(true);
		expect(stoppedRecurring([right(1), wrong(2), right(3)], TZ)).toBe(false);
		expect(stoppedRecurring([right(1), wrong(2), right(3), right(4)], TZ)).toBe(true);
		// 23:30 and 00:30 in Seoul are different days there (the same UTC day).
		expect(stoppedRecurring([right(1, 23.5), right(2, 0.5)], TZ)).toBe(true);
	});

	it('follows a log: shown, right twice in a day, right the next day, shown again, another mistake, right twice', () => {
		let doc = answer(emptyDoc(), 'q1', at(0), false, 'm-a');
		// A right answer on an item that cannot show m-a is no chance; one before it first showed is no evidence.
		doc = answer(doc, 'q5', at(0, 11), true);
		expect(stateOf(doc, at(0, 12))).toEqual(['m-a active ×1 right 0']);
		doc = answer(doc, 'q2', at(0, 13), true);
		doc = answer(doc, 'q3', at(0, 14), true);
		expect(stateOf(doc, at(0, 15))).toEqual(['m-a active ×1 right 2']);
		doc = answer(doc, 'q1', at(1), true);
		expect(stateOf(doc, at(1, 12))).toEqual(['m-a resolved ×1 right 3']);
		doc = answer(doc, 'q3', at(2), false, 'm-a');
		expect(stateOf(doc, at(2, 12))).toEqual(['m-a active ×2 right 0']);
		doc = answer(doc, 'q2', at(3), true);
		// q3's other wrong option: m-b shows; for m-a it is a chance not answered right.
		doc = answer(doc, 'q3', at(4), false, 'm-b');
		doc = answer(doc, 'q1', at(5), true);
		// q1 cannot show m-b: no chance for it.
		expect(stateOf(doc, at(5, 12))).toEqual(['m-a active ×2 right 2', 'm-b active ×1 right 0']);
		doc = answer(doc, 'q4', at(6), true);
		expect(stateOf(doc, at(6, 12))).toEqual(['m-a active ×2 right 2', 'm-b active ×1 right 1']);
		// q3 can show both: right on day 7 clears m-a (q1 on day 5) and m-b (q4 on day 6).
		doc = answer(doc, 'q3', at(7), true);
		expect(stateOf(doc, at(7, 12))).toEqual(['m-a resolved ×2 right 3', 'm-b resolved ×1 right 2']);
		const ma = trackMisconceptions(doc, infos, at(7, 12), TZ)[0]!;
		expect([ma.lastWrong, ma.wrongItems]).toEqual([at(2), ['q3', 'q1']]);
		expect(trackMisconceptions(doc, infos, at(6, 12), TZ)[0]).toMatchObject({id: 'm-a', active: true});
	});

	it('counts only answers that count: an undone mistake is no evidence', () => {
		const doc = answer(emptyDoc(), 'q1', at(0), false, 'm-a');
		expect(stateOf(undoAnswer(doc, `a${String(n - 1).padStart(3, '0')}`, at(0, 11)), at(0, 12))).toEqual([]);
		// A record dated in the future does not count yet.
		expect(stateOf(answer(emptyDoc(), 'q1', at(3), false, 'm-a'), at(0))).toEqual([]);
	});

	it('takes a scenario answer that carries a known misconception as evidence, and its item as a chance', () => {
		let doc = answer(emptyDoc(), 'sim:s1:ch1', at(0), false, 'm-a');
		doc = answer(doc, 'sim:s1:ch1', at(1), true);
		doc = answer(doc, 'sim:s1:ch1', at(2), true);
		// An id the pack does not declare has no label to show: left out.
		doc = answer(doc, 'sim:s1:predict', at(2), false, 'not-declared');
		expect(stateOf(doc, at(2, 12))).toEqual(['m-a resolved ×1 right 2']);
	});
});

describe('remediationItems', () => {
	// m-b shown twice on q4 (day 0), m-a once on q1 (day 10, today); q3 answered easily yesterday, q2 never.
	let doc = answer(emptyDoc(), 'q4', at(0), false, 'm-b');
	doc = answer(doc, 'q4', at(0, 11), false, 'm-b');
	doc = answer(doc, 'q3', at(9), true, undefined, 4);
	doc = answer(doc, 'q1', at(10), false, 'm-a');
	const now = at(10, 12);

	it('picks for each top active misconception an item not due, not answered today, the one answered longest ago', () => {
		expect(stateOf(doc, now)).toEqual(['m-b active ×2 right 1', 'm-a active ×1 right 0']);
		// m-b: q4 is due (missed), so q3; m-a: q1 was answered today and q3 is taken, so q2 (never answered).
		expect(remediationItems(doc, infos, now, 5, {tz: TZ})).toEqual([
			{pack: 'p', item: 'q3', remedy: 'm-b'},
			{pack: 'p', item: 'q2', remedy: 'm-a'},
		]);
		expect(remediationItems(doc, infos, now, 1, {tz: TZ})).toEqual([{pack: 'p', item: 'q3', remedy: 'm-b'}]);
		// Items already in the session are not picked again.
		expect(remediationItems(doc, infos, now, 5, {tz: TZ, exclude: new Set(['p/q3'])})).toEqual([{pack: 'p', item: 'q2', remedy: 'm-a'}]);
	});

	it('prefers the item answered longest ago, and gives nothing once the misconception stopped recurring', () => {
		let log = answer(emptyDoc(), 'q2', at(3), true, undefined, 4);
		log = answer(log, 'q3', at(5), true, undefined, 4);
		log = answer(log, 'q1', at(6), false, 'm-a');
		expect(remediationItems(log, infos, at(6, 12), 5, {tz: TZ})).toEqual([{pack: 'p', item: 'q2', remedy: 'm-a'}]);
		log = answer(log, 'q2', at(7), true);
		expect(remediationItems(log, infos, at(7, 12), 5, {tz: TZ})).toEqual([{pack: 'p', item: 'q3', remedy: 'm-a'}]);
		log = answer(log, 'q3', at(8), true);
		expect(stateOf(log, at(8, 12))).toEqual(['m-a resolved ×1 right 2']);
		expect(remediationItems(log, infos, at(8, 12), 5, {tz: TZ})).toEqual([]);
	});
});

describe('stats (and stats --json): misconceptions with evidence and remedy', () => {
	it('lists each shown misconception, active first, with its remedy', () => {
		let doc = answer(emptyDoc(), 'q4', at(0), false, 'm-b');
		doc = answer(doc, 'q3', at(1), true);
		doc = answer(doc, 'q4', at(2), true);
		doc = answer(doc, 'q2', at(2), false, 'm-a');
		const stats = statsOf(doc, [chapterInfo(pack)], at(3), TZ);
		expect(JSON.parse(JSON.stringify(stats.misconceptions))).toEqual([
			{
				id: 'm-a',
				pack: 'p',
				label: t('label m-a'),
				count: 1,
				lastWrong: at(2),
				items: ['q2'],
				rightSince: 0,
				active: true,
				remedy: {card: 'c2', simulation: 's1', challenge: 'ch1'},
			},
			{
				id: 'm-b',
				pack: 'p',
				label: t('label m-b'),
				count: 1,
				lastWrong: at(0),
				items: ['q4'],
				rightSince: 2,
				active: false,
				remedy: {card: 'c2'},
			},
		]);
	});

	it('still lists misconceptions by label for a chapter given without remedies', () => {
		const doc = answer(emptyDoc(), 'q4', at(0), false, 'm-b');
		const chapters = [{pack: 'p', misconceptions: new Map([['m-b', t('label m-b')]])}];
		expect(misconceptionStats(doc, chapters, at(1), TZ).map((s) => [s.id, s.count, s.active, s.remedy])).toEqual([['m-b', 1, true, {}]]);
	});
});
