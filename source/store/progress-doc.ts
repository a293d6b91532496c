import {z} from 'zod';

/*
 * The progress document. Every field merges without loss when two terminals
 * save at once: choices are last-writer-wins registers stamped with the time
 * they were made, sets are unions. merge() is commutative, associative and
 * idempotent, so saving = merge(disk, mine) never drops the other's work.
 */

export const CURRENT_VERSION = 1;

const stamp = z.number().int().nonnegative();
const register = <T extends z.ZodType>(value: T) => z.strictObject({value, at: stamp});

const chapterProgress = z.strictObject({
	known: z.record(z.string(), register(z.boolean())).default({}),
	seen: z.array(z.string()).default([]),
	position: register(z.string()).optional(),
});

export const progressDoc = z.strictObject({
	version: z.literal(CURRENT_VERSION),
	settings: z
		.strictObject({
			lang: register(z.enum(['ko', 'en'])).optional(),
		})
		.default({}),
	chapters: z.record(z.string(), chapterProgress).default({}),
});

export type ProgressDoc = z.infer<typeof progressDoc>;
export type ChapterProgress = z.infer<typeof chapterProgress>;
type Register<T> = {value: T; at: number};

export function emptyDoc(): ProgressDoc {
	return {version: CURRENT_VERSION, settings: {}, chapters: {}};
}

export function emptyChapter(): ChapterProgress {
	return {known: {}, seen: []};
}

/** Upgrades older documents step by step; index i upgrades version i to i + 1. */
const migrations: ((doc: Record<string, unknown>) => Record<string, unknown>)[] = [
	// 0 → 1: a file with no version is the empty object conf creates.
	(doc) => ({...doc, version: 1}),
];

export type ReadOutcome =
	| {kind: 'ok'; doc: ProgressDoc}
	| {kind: 'newer'; version: number}
	| {kind: 'invalid'; reason: string};

/** Reads whatever JSON was on disk into a current document, or says why not. */
export function readDoc(raw: unknown): ReadOutcome {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {kind: 'invalid', reason: 'not a JSON object'};
	}
	let doc = raw as Record<string, unknown>;
	const version = doc.version ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return {kind: 'invalid', reason: `bad version ${JSON.stringify(version)}`};
	}
	if (version > CURRENT_VERSION) return {kind: 'newer', version};
	for (let v = version; v < CURRENT_VERSION; v++) doc = migrations[v]!(doc);
	const parsed = progressDoc.safeParse(doc);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		return {kind: 'invalid', reason: `${first?.path.join('.') || 'document'}: ${first?.message ?? 'invalid'}`};
	}
	return {kind: 'ok', doc: parsed.data};
}

function later<T>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined {
	if (!a) return b;
	if (!b) return a;
	if (a.at !== b.at) return a.at > b.at ? a : b;
	// Same instant: any fixed rule keeps merge commutative.
	return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
	const out: Record<string, T> = {...a};
	for (const [key, value] of Object.entries(b)) {
		const mine = out[key];
		out[key] = mine === undefined ? value : both(mine, value);
	}
	return out;
}

function mergeChapter(a: ChapterProgress, b: ChapterProgress): ChapterProgress {
	const merged: ChapterProgress = {
		known: mergeRecords(a.known, b.known, (x, y) => later(x, y)!),
		seen: [...new Set([...a.seen, ...b.seen])].sort(),
	};
	const position = later(a.position, b.position);
	if (position) merged.position = position;
	return merged;
}

export function merge(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
	const settings: ProgressDoc['settings'] = {};
	const lang = later(a.settings.lang, b.settings.lang);
	if (lang) settings.lang = lang;
	return {version: CURRENT_VERSION, settings, chapters: mergeRecords(a.chapters, b.chapters, mergeChapter)};
}

// Small pure edits the screens make; `at` is the wall-clock time of the choice.

export function chapterOf(doc: ProgressDoc, packId: string): ChapterProgress {
	return doc.chapters[packId] ?? emptyChapter();
}

function withChapter(doc: ProgressDoc, packId: string, edit: (c: ChapterProgress) => ChapterProgress): ProgressDoc {
	return {...doc, chapters: {...doc.chapters, [packId]: edit(chapterOf(doc, packId))}};
}

export function setKnown(doc: ProgressDoc, packId: string, cardId: string, known: boolean, at: number): ProgressDoc {
	return withChapter(doc, packId, (c) => ({...c, known: {...c.known, [cardId]: {value: known, at}}}));
}

export function viewCard(doc: ProgressDoc, packId: string, cardId: string, at: number): ProgressDoc {
	return withChapter(doc, packId, (c) => ({
		...c,
		seen: c.seen.includes(cardId) ? c.seen : [...c.seen, cardId].sort(),
		position: {value: cardId, at},
	}));
}

export function setLang(doc: ProgressDoc, lang: 'ko' | 'en', at: number): ProgressDoc {
	return {...doc, settings: {...doc.settings, lang: {value: lang, at}}};
}

export function isKnown(doc: ProgressDoc, packId: string, cardId: string): boolean {
	return chapterOf(doc, packId).known[cardId]?.value === true;
}

export function knownCount(doc: ProgressDoc, packId: string, cardIds: string[]): number {
	const known = chapterOf(doc, packId).known;
	return cardIds.filter((id) => known[id]?.value === true).length;
}
