/*
 * The progress document. Every field merges without loss when two terminals
 * save at once: choices are last-writer-wins registers stamped with the time
 * they were made, sets are unions. merge() is commutative, associative and
 * idempotent, so saving = merge(disk, mine) never drops the other's work.
 *
 * Plain TypeScript on purpose: the screens use these helpers from the first
 * frame, and the validator (zod, in progress-schema.ts) loads with the store.
 */

export const CURRENT_VERSION = 1;

export type Register<T> = {value: T; at: number};

export type ChapterProgress = {
	known: Record<string, Register<boolean>>;
	seen: string[];
	position?: Register<string> | undefined;
};

export type ProgressDoc = {
	version: typeof CURRENT_VERSION;
	settings: {lang?: Register<'ko' | 'en'> | undefined};
	chapters: Record<string, ChapterProgress>;
};

export function emptyDoc(): ProgressDoc {
	return {version: CURRENT_VERSION, settings: {}, chapters: {}};
}

export function emptyChapter(): ChapterProgress {
	return {known: {}, seen: []};
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
