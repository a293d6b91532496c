import {misconceptionTags} from '../content/check-remedies.js';
import type {LessonPack, Localized} from '../content/schema.js';
import {dayIndex, dayStart} from './days.js';
import {type Answered, derive, itemKey} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';

/*
 * Misconceptions, tracked per learner with evidence. A misconception (a tag on
 * a quiz item or on one of its options) shows when a wrong answer carries it;
 * every answer on an item that can show it is a chance to show it again. It is
 * active from its first showing until it stops recurring: the last two
 * chances since it last showed were answered right, on different days (one
 * lucky answer, or two in one sitting, do not clear it). Only answers that
 * count (derive.ts) are evidence.
 *
 * Scenario items (sim:…) have no tags in the pack; a scenario answer that
 * carries a misconception id of its pack counts as a showing like any other,
 * and its item becomes a chance to show it from then on.
 */

/** What a pack says of one misconception: where it can show, and what corrects it. */
export type MisconceptionInfo = {
	pack: string;
	id: string;
	label: Localized;
	/** Quiz items that can show it (the item or one of its options carries it), in pack order. */
	items: string[];
	/** The card that corrects it: the one most of those items test (the first in pack order on a tie). */
	card?: string | undefined;
	/** A simulation of the pack that shows the counter-example, and the challenge to try in it. */
	simulation?: string | undefined;
	challenge?: string | undefined;
};

const infoCache = new WeakMap<LessonPack, MisconceptionInfo[]>();

/** A pack's misconceptions, in the order they first appear in its quiz (computed once per pack). */
export function misconceptionInfo(pack: LessonPack): MisconceptionInfo[] {
	const cached = infoCache.get(pack);
	if (cached) return cached;
	const infos = infosOf(pack);
	infoCache.set(pack, infos);
	return infos;
}

function infosOf(pack: LessonPack): MisconceptionInfo[] {
	const cardOf = new Map(pack.quiz.map((q) => [q.id, q.card]));
	const byId = new Map<string, MisconceptionInfo>();
	for (const {tag, item} of misconceptionTags(pack)) {
		const info = byId.get(tag.id) ?? {pack: pack.id, id: tag.id, label: tag.label, items: []};
		if (!info.items.includes(item)) info.items.push(item);
		if (tag.remedy && info.simulation === undefined) {
			info.simulation = tag.remedy.simulation;
			info.challenge = tag.remedy.challenge;
		}
		byId.set(tag.id, info);
	}
	for (const info of byId.values()) {
		const votes = new Map<string, number>();
		for (const item of info.items) {
			const card = cardOf.get(item);
			if (card !== undefined) votes.set(card, (votes.get(card) ?? 0) + 1);
		}
		// Map order is first-seen order, so on a tie the card of the earliest item wins.
		let best: [string, number] | undefined;
		for (const vote of votes) if (!best || vote[1] > best[1]) best = vote;
		info.card = best?.[0];
	}
	return [...byId.values()];
}

/** One misconception with the evidence for it. */
export type MisconceptionEvidence = MisconceptionInfo & {
	/** Wrong answers that showed it, when it last showed, and on which items (most recent first). */
	count: number;
	lastWrong: number;
	wrongItems: string[];
	/** Right answers since it last showed, on items that can show it. */
	rightSince: number;
	active: boolean;
};

/** The rule: the last two chances since it last showed were right, on different days. */
export function stoppedRecurring(since: readonly {correct: boolean; at: number}[], tz: number): boolean {
	const last = since.at(-1);
	const before = since.at(-2);
	return !!last && !!before && last.correct && before.correct && dayIndex(last.at, tz) !== dayIndex(before.at, tz);
}

const byTime = (a: Answered, b: Answered) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every misconception the learner has shown (of those the packs declare),
 * active ones first, then the most often shown, the most recent, by pack and id.
 */
export function trackMisconceptions(
	doc: ProgressDoc,
	infos: readonly MisconceptionInfo[],
	now: number,
	tz: number,
): MisconceptionEvidence[] {
	const {items} = derive(doc, now);
	const known = new Map(infos.map((i) => [`${i.pack}\u0000${i.id}`, i]));
	// Items where a wrong answer showed a misconception, beyond those the pack tags (the scenario hook).
	const shownOn = new Map<string, Set<string>>();
	for (const facts of items.values()) {
		for (const [tag] of facts.tags) {
			const key = `${facts.pack}\u0000${tag}`;
			if (!known.has(key)) continue;
			const set = shownOn.get(key) ?? new Set();
			set.add(facts.item);
			shownOn.set(key, set);
		}
	}
	const out: MisconceptionEvidence[] = [];
	for (const [key, where] of shownOn) {
		const info = known.get(key)!;
		// Each item's answers are in time order: read back from the end only as far as needed.
		let count = 0;
		const shown: Answered[] = [];
		for (const item of where) {
			const facts = items.get(itemKey(info.pack, item))!;
			count += facts.tags.get(info.id) ?? 0;
			const last = facts.answers.findLast((a) => !a.correct && a.misconception === info.id);
			if (last) shown.push(last);
		}
		shown.sort((a, b) => byTime(b, a));
		const latest = shown[0]!;
		// Chances since it last showed: how many were right, and the latest two (all the rule needs).
		let rightSince = 0;
		let first: Answered | undefined;
		let second: Answered | undefined;
		for (const item of new Set([...info.items, ...where])) {
			const answers = items.get(itemKey(info.pack, item))?.answers ?? [];
			for (let i = answers.length - 1; i >= 0 && byTime(answers[i]!, latest) > 0; i--) {
				const a = answers[i]!;
				if (a.correct) rightSince++;
				if (!first || byTime(a, first) > 0) {
					second = first;
					first = a;
				} else if (!second || byTime(a, second) > 0) second = a;
			}
		}
		const since = [second, first].filter((a) => a !== undefined);
		const lastWrong = latest.at;
		const wrongItems = shown.map((a) => a.item);
		out.push({...info, count, lastWrong, wrongItems, rightSince, active: !stoppedRecurring(since, tz)});
	}
	return out.sort(
		(a, b) =>
			Number(b.active) - Number(a.active) ||
			b.count - a.count ||
			b.lastWrong - a.lastWrong ||
			(a.pack < b.pack ? -1 : a.pack > b.pack ? 1 : 0) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
}

/** A review item that checks a misconception: `remedy` is the misconception's id (in the ref's pack). */
export type RemedyRef = {pack: string; item: string; remedy: string};

/**
 * For the top active misconceptions (at most `max`), one item each that can
 * show it: not due today (the queue has those already), not answered today,
 * not in `exclude` ("pack/item") nor picked for another; of those, the one
 * answered longest ago (never answered first), in pack order on a tie.
 * Review mixes these in until the misconception stops recurring.
 */
export function remediationItems(
	doc: ProgressDoc,
	infos: readonly MisconceptionInfo[],
	now: number,
	max: number,
	options: {tz: number; exclude?: ReadonlySet<string>},
): RemedyRef[] {
	const {tz, exclude} = options;
	const {items} = derive(doc, now);
	const today = dayIndex(now, tz);
	const endOfToday = dayStart(today + 1, tz);
	const taken = new Set(exclude);
	const out: RemedyRef[] = [];
	for (const evidence of trackMisconceptions(doc, infos, now, tz)) {
		if (out.length >= max || !evidence.active) break;
		let best: {item: string; last: number} | undefined;
		for (const item of evidence.items) {
			const key = itemKey(evidence.pack, item);
			if (taken.has(key)) continue;
			const facts = items.get(key);
			const last = facts?.answers.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
			if (facts && (facts.dues.at(-1)! < endOfToday || dayIndex(last, tz) === today)) continue;
			if (!best || last < best.last) best = {item, last};
		}
		if (!best) continue;
		taken.add(itemKey(evidence.pack, best.item));
		out.push({pack: evidence.pack, item: best.item, remedy: evidence.id});
	}
	return out;
}

/** Default: how many remediation items a review may take (the session plan caps them at a third anyway). */
export const MAX_REMEDIATION = 5;

/**
 * remediationItems for the packs as loaded: what a review session takes as its
 * `remediation` input (session-plan.ts), e.g.
 * `todayPlan(doc, index, now, tz, remediationFor(doc, packs.values(), now, tz))`.
 */
export function remediationFor(
	doc: ProgressDoc,
	packs: Iterable<LessonPack>,
	now: number,
	tz: number,
	max = MAX_REMEDIATION,
	exclude?: ReadonlySet<string>,
): RemedyRef[] {
	const infos = [...packs].flatMap(misconceptionInfo);
	return remediationItems(doc, infos, now, max, {tz, ...(exclude ? {exclude} : {})});
}
