import {eachItemAnswer, type ItemSource, itemSources} from './archive.js';
import {type AnswerRecord, CLOCK_SKEW_MS, type ProgressDoc, type QuizRun, resetTimes} from './progress-doc.js';
import type {FsrsParams} from './fsrs.js';
import {fsrsParamsOf, type Replayed, replaySteps} from './review-card.js';
import {isScenarioItem} from './scenario-id.js';

export type Answered = AnswerRecord & {id: string};
export type Run = QuizRun & {id: string};

/** What one item's answers that count add up to; rebuilt only when they change. */
export type ItemFacts = Replayed & {
	pack: string;
	item: string;
	/** Oldest first. */
	answers: readonly Answered[];
	right: number;
	xp: number;
	/** Misconception id → how often a wrong answer showed it. */
	tags: Map<string, number>;
	/** The retention and longest interval the schedule (card, dues) was built for. */
	params: FsrsParams;
};

/** The log as it counts: undone answers, answers before a reset and future-dated records left out. */
export type Derived = {
	/** Item key ("pack/item") → its facts; only items with answers that count. */
	items: Map<string, ItemFacts>;
	/** Runs that count, oldest first. */
	runs: Run[];
	answers: number;
	right: number;
};

/** The key an item is known by across packs. */
export const itemKey = (pack: string, item: string) => `${pack}/${item}`;

const byTime = (x: {at: number; id: string}, y: {at: number; id: string}) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/*
 * Caches. Derivation is a pure function of the document and the clock; these
 * only remember earlier results: the Answered copy of each stored record, each
 * item's facts (reused while its answers are the same objects), and the last
 * result per document. Nothing derived is ever stored in the document.
 */
const answeredOf = new WeakMap<AnswerRecord, Answered>();
const itemCache = new Map<string, ItemFacts>();
const docCache = new WeakMap<ProgressDoc, {derived: Derived; limit: number; latest: number; nextFuture: number}>();

function answered(id: string, record: AnswerRecord): Answered {
	const cached = answeredOf.get(record);
	if (cached && cached.id === id) return cached;
	const fresh = {...record, id};
	answeredOf.set(record, fresh);
	return fresh;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function factsOf(key: string, answers: Answered[], params: FsrsParams): ItemFacts {
	const cached = itemCache.get(key);
	if (cached && cached.params === params && (cached.answers === answers || sameList(cached.answers, answers))) return cached;
	let right = 0;
	let xp = 0;
	const tags = new Map<string, number>();
	// A scenario item earns XP from its reviews only: its first answer is a simulation's prediction or challenge (no XP of its own here).
	const reviewsOnly = isScenarioItem(answers[0]!.item);
	for (const a of answers) {
		if (a.correct) right++;
		if (!reviewsOnly || a.mode === 'review') xp += Math.round(10 * a.score) + (a.mode === 'review' && a.correct ? 5 : 0);
		if (!a.correct && a.misconception !== undefined) tags.set(a.misconception, (tags.get(a.misconception) ?? 0) + 1);
	}
	const first = answers[0]!;
	const facts: ItemFacts = {pack: first.pack, item: first.item, answers, right, xp, tags, params, ...replaySteps(answers, params)};
	itemCache.set(key, facts);
	return facts;
}

type Counting = {answers: Answered[]; latest: number; nextFuture: number};
type SourceKey = {text: string; raw: [string, AnswerRecord][]; undone: Record<string, number>; since: number};
const sourceCache = new Map<string, {key: SourceKey; result: Counting}>();

/** One item's answers that count, oldest first; reused while its stored answers, the undos and its reset are the same. */
function countingAnswers(source: ItemSource, undone: Record<string, number>, since: number, limit: number): Counting {
	const cacheKey = `${source.pack}\u0000${source.item}`;
	const hit = sourceCache.get(cacheKey);
	if (
		hit &&
		hit.key.undone === undone &&
		hit.key.since === since &&
		hit.key.text === source.text &&
		limit >= hit.result.latest &&
		limit < hit.result.nextFuture &&
		hit.key.raw.length === source.raw.length &&
		hit.key.raw.every(([id, record], i) => source.raw[i]![0] === id && source.raw[i]![1] === record)
	)
		return hit.result;
	const answers: Answered[] = [];
	let latest = 0;
	let nextFuture = Number.POSITIVE_INFINITY;
	eachItemAnswer(source, (id, record) => {
		if (record.at > limit) nextFuture = Math.min(nextFuture, record.at);
		else if (!Object.hasOwn(undone, id) && record.at >= since) {
			latest = Math.max(latest, record.at);
			answers.push(answered(id, record));
		}
	});
	answers.sort(byTime);
	const result = {answers, latest, nextFuture};
	sourceCache.set(cacheKey, {key: {text: source.text, raw: source.raw, undone, since}, result});
	return result;
}

/**
 * The log as it counts at `now`. Records dated more than a few minutes ahead
 * of the clock are ignored (a bad clock or a hostile import must not hide
 * progress or break the schedule); they count once their time comes.
 */
export function derive(doc: ProgressDoc, now: number): Derived {
	const limit = now + CLOCK_SKEW_MS;
	const hit = docCache.get(doc);
	// Still valid if the clock has not moved past anything it left out, nor back before anything it kept.
	if (hit && limit >= hit.latest && limit < hit.nextFuture) return hit.derived;
	const resets = resetTimes(doc, limit);
	const since = (pack: string) => Math.max(resets.get('*') ?? 0, resets.get(pack) ?? 0);
	let latest = 0;
	let nextFuture = Number.POSITIVE_INFINITY;
	const counts = (id: string, at: number, pack: string) => {
		if (at > limit) {
			nextFuture = Math.min(nextFuture, at);
			return false;
		}
		if (Object.hasOwn(doc.undone, id) || at < since(pack)) return false;
		latest = Math.max(latest, at);
		return true;
	};
	// The schedule depends on the settings too: a new retention reschedules every item.
	const params = fsrsParamsOf(doc.settings);
	const found: [string, ItemFacts][] = [];
	let total = 0;
	let right = 0;
	for (const source of itemSources(doc).values()) {
		const list = countingAnswers(source, doc.undone, since(source.pack), limit);
		latest = Math.max(latest, list.latest);
		nextFuture = Math.min(nextFuture, list.nextFuture);
		if (list.answers.length === 0) continue;
		const facts = factsOf(itemKey(source.pack, source.item), list.answers, params);
		found.push([itemKey(source.pack, source.item), facts]);
		total += list.answers.length;
		right += facts.right;
	}
	// Items in the order they were first answered, wherever their answers are stored.
	const first = (f: ItemFacts) => f.answers[0]!;
	const items = new Map(found.sort(([, x], [, y]) => byTime(first(x), first(y))));
	const runs: Run[] = [];
	for (const [id, run] of Object.entries(doc.runs)) if (counts(id, run.at, run.pack)) runs.push({...run, id});
	runs.sort(byTime);
	const derived = {items, runs, answers: total, right};
	docCache.set(doc, {derived, limit, latest, nextFuture});
	return derived;
}

/** Every answer that counts, oldest first (for commands and tests; screens use the per-item facts). */
export function allAnswers(derived: Derived): Answered[] {
	const out: Answered[] = [];
	for (const facts of derived.items.values()) out.push(...facts.answers);
	return out.sort(byTime);
}

/** Packs with at least one answer that counts. */
export function answeredPacks(doc: ProgressDoc, now: number): Set<string> {
	const packs = new Set<string>();
	for (const facts of derive(doc, now).items.values()) packs.add(facts.pack);
	return packs;
}
