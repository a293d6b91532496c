import type {AnyEngine} from '../sims/types.js';
import {CARD_ROWS, overlongCards} from './card-layout.js';
import {checkRemedies} from './check-remedies.js';
import {type PackIssue, checkSimulations} from './check-simulations.js';
import {itemQuality} from './item-quality.js';
import {messages} from './messages.js';
import type {LessonPack} from './schema.js';

export type {PackIssue} from './check-simulations.js';

export type CheckOptions = {
	/** The simulation engines a pack may name (the registry's list). */
	engines: readonly AnyEngine[];
};

/**
 * The one pack checker, beyond the schema (which `parsePack` applies): the
 * simulations (engines, params, metrics, challenges and their solutions)
 * and whether every card fits an 80×24 screen. `validate`, `--lessons`, the
 * build and the tests all go through it, so they agree. A card that needs
 * scrolling is a warning: the game still shows it.
 */
export function checkPack(pack: LessonPack, {engines}: CheckOptions): PackIssue[] {
	return [...checkSimulations(pack, engines), ...checkRemedies(pack), ...checkCards(pack)];
}

function checkCards(pack: LessonPack): PackIssue[] {
	return overlongCards(pack, messages).map((o) => ({
		path: ['cards', pack.cards.findIndex((c) => c.id === o.card)],
		message: `card "${o.card}" needs ${o.lines} lines in ${o.lang === 'ko' ? 'Korean' : 'English'}; ${CARD_ROWS} fit on an 80×24 screen`,
		warning: true,
	}));
}

/**
 * Checks packs together: each alone, and that no two (nor one and a pack
 * in `known`, e.g. the shipped ones) share an id or a chapter, so an extra
 * pack can never shadow another silently. The issues come back in the
 * packs' order; a pack is a duplicate of the first good one that used its id.
 */
export function checkPacks(packs: readonly LessonPack[], options: CheckOptions & {known?: readonly LessonPack[]}): PackIssue[][] {
	const taken = [...(options.known ?? [])];
	// The quiz-item quality rules (item-quality.ts), as warnings: the game can still use such a pack.
	// A rule over all the packs together (true/false balance) is told at the first one.
	const quality = itemQuality([...packs]);
	const qualityOf = (pack: LessonPack, i: number): PackIssue[] =>
		quality
			.filter((q) => q.pack === pack.id || (q.pack === '*' && i === 0))
			.map((q) => ({path: q.path, message: `${q.path.join('.')}: ${q.message}`, warning: true}));
	return packs.map((pack, i) => {
		const issues = [...checkPack(pack, options), ...qualityOf(pack, i)];
		const id = taken.find((p) => p.id === pack.id);
		const chapter = taken.find((p) => p.chapter === pack.chapter);
		if (id) issues.push({path: ['id'], message: `duplicate pack: id "${pack.id}" is already used by another pack`});
		if (chapter) {
			issues.push({path: ['chapter'], message: `duplicate pack: chapter ${pack.chapter} is already used by pack "${chapter.id}"`});
		}
		// Only a pack that will load takes its id and chapter.
		if (issues.every((i) => i.warning)) taken.push(pack);
		return issues;
	});
}
