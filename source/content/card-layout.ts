import type {Card} from './schema.js';
import {type Lang, pick, wrap, wrapHanging} from './text.js';

/** The card screen's text area at the minimum terminal size (80×24). */
export const CARD_COLUMNS = 76;
export const CARD_ROWS = 16;

export type CardLine = {text: string; kind: 'body' | 'point' | 'pitfall' | 'practice' | 'gap' | 'source'};

/**
 * The lines of a card's text (below its title), wrapped for `columns`. The card
 * screen renders exactly these, so the validator can tell whether a card fits.
 */
export function cardLines(
	card: Card,
	lang: Lang,
	columns: number,
	labels: {pitfall: string; practice: string; source?: string},
): CardLine[] {
	const lines: CardLine[] = wrap(pick(card.body, lang), columns).map((text) => ({text, kind: 'body'}));
	const block = (list: CardLine[]) => {
		if (list.length > 0) lines.push({text: '', kind: 'gap'}, ...list);
	};
	block(card.points.flatMap((p) => wrapHanging(pick(p, lang), '• ', columns).map((text) => ({text, kind: 'point' as const}))));
	if (card.pitfall) {
		block(wrapHanging(pick(card.pitfall, lang), `${labels.pitfall} `, columns).map((text) => ({text, kind: 'pitfall' as const})));
	}
	if (card.inPractice) {
		block(wrapHanging(pick(card.inPractice, lang), `${labels.practice} `, columns).map((text) => ({text, kind: 'practice' as const})));
	}
	// Where a fact from outside the chapter comes from, last: a footnote the learner may scroll to.
	if (labels.source) {
		const marker = `${labels.source}: `;
		block(
			card.sources.flatMap((s) => wrapHanging(`${s.title} — ${s.url}`, marker, columns).map((text) => ({text, kind: 'source' as const}))),
		);
	}
	return lines;
}

/** Cards whose text would need scrolling on an 80×24 terminal, per language. */
export function overlongCards(
	pack: {cards: Card[]},
	labels: Record<Lang, {pitfall: string; practice: string; source?: string}>,
): {card: string; lang: Lang; lines: number}[] {
	const out: {card: string; lang: Lang; lines: number}[] = [];
	for (const card of pack.cards) {
		for (const lang of ['ko', 'en'] as const) {
			// Sources are footnotes (left out here): the teaching text must fit, a source may be scrolled to.
			const lines = cardLines(card, lang, CARD_COLUMNS, {pitfall: labels[lang].pitfall, practice: labels[lang].practice}).length;
			if (lines > CARD_ROWS) out.push({card: card.id, lang, lines});
		}
	}
	return out;
}
