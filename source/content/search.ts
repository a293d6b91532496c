import type {LessonPack, Localized} from './schema.js';
import {LANGS, type Lang} from './text.js';

/*
 * Search over every card and glossary term, in both languages. Korean-aware: a
 * query written in initial consonants (ㅋㅍㅋ) matches the syllables that start
 * with them (카프카), so a learner can type fast without composing syllables;
 * a query may mix both (카ㅍ). Case and extra spaces do not matter.
 */

export type SearchHit = {
	kind: 'card' | 'term';
	pack: string;
	chapter: number;
	/** The card's id; for a term, its index in the pack's glossary. */
	id: string;
	title: Localized;
	/** Where the query matched: the title (or term) ranks above the body (or definition). */
	field: 'title' | 'body';
	/** The matched language's text around the match, on one line. */
	snippet: string;
	lang: Lang;
};

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const SYLLABLE_START = 0xac00;
const SYLLABLE_END = 0xd7a3;

/** The initial consonant of a Hangul syllable (카 → ㅋ), or undefined. */
export function initialOf(ch: string): string | undefined {
	const code = ch.codePointAt(0) ?? 0;
	if (code < SYLLABLE_START || code > SYLLABLE_END) return undefined;
	return CHOSEONG[Math.floor((code - SYLLABLE_START) / (21 * 28))];
}

const isChoseong = (ch: string) => CHOSEONG.includes(ch);

function normalize(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Where `query` first matches in `text` (a consonant in the query matches any syllable starting with it), or -1. */
export function matchAt(text: string, query: string): number {
	const hay = [...normalize(text)];
	const needle = [...normalize(query).trim()];
	if (needle.length === 0) return -1;
	outer: for (let i = 0; i + needle.length <= hay.length; i++) {
		for (let j = 0; j < needle.length; j++) {
			const h = hay[i + j]!;
			const q = needle[j]!;
			if (h === q || (isChoseong(q) && initialOf(h) === q)) continue;
			continue outer;
		}
		return i;
	}
	return -1;
}

function snippet(text: string, at: number, length: number, room = 60): string {
	const chars = [...text.replace(/\s+/g, ' ')];
	const start = Math.max(0, at - Math.floor((room - length) / 3));
	const cut = chars.slice(start, start + room).join('');
	return `${start > 0 ? '…' : ''}${cut}${start + room < chars.length ? '…' : ''}`;
}

/** Every card and term that matches, best first: title matches, then the learner's language, then chapter order. */
export function search(packs: LessonPack[], query: string, lang: Lang): SearchHit[] {
	const hits: (SearchHit & {rank: number})[] = [];
	const length = [...query.trim()].length;
	const consider = (base: Omit<SearchHit, 'field' | 'snippet' | 'lang'>, fields: [SearchHit['field'], Localized][]) => {
		for (const [field, text] of fields) {
			const order = [lang, ...LANGS.filter((l) => l !== lang)];
			for (const l of order) {
				const at = matchAt(text[l], query);
				if (at < 0) continue;
				const rank = (field === 'title' ? 0 : 2) + (l === lang ? 0 : 1);
				hits.push({...base, field, lang: l, snippet: snippet(text[l], at, length), rank});
				return;
			}
		}
	};
	for (const pack of packs) {
		for (const card of pack.cards) {
			const body: Localized = {
				ko: [card.body.ko, ...card.points.map((p) => p.ko), card.pitfall?.ko ?? '', card.inPractice?.ko ?? ''].join(' '),
				en: [card.body.en, ...card.points.map((p) => p.en), card.pitfall?.en ?? '', card.inPractice?.en ?? ''].join(' '),
			};
			const base = {kind: 'card' as const, pack: pack.id, chapter: pack.chapter, id: card.id, title: card.title};
			consider(base, [
				['title', card.title],
				['body', body],
			]);
		}
		pack.glossary.forEach((term, i) => {
			const base = {kind: 'term' as const, pack: pack.id, chapter: pack.chapter, id: String(i), title: term.term};
			consider(base, [
				['title', term.term],
				['body', term.definition],
			]);
		});
	}
	return hits.sort((a, b) => a.rank - b.rank || a.chapter - b.chapter).map(({rank: _, ...hit}) => hit);
}
