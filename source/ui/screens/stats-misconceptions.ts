import type {Messages} from '../../content/messages.js';
import type {LessonPack} from '../../content/schema.js';
import {type Lang, pick, truncate, width, wrapHanging} from '../../content/text.js';
import {dayIndex} from '../../progress/days.js';
import type {MisconceptionStat} from '../../progress/misconception-stats.js';
import type {Line} from '../components/scroll-lines.js';
import {theme} from '../theme.js';

export const TOP_MISCONCEPTIONS = 5;

type Context = {packs: ReadonlyMap<string, LessonPack>; lang: Lang; m: Messages; columns: number; now: number; tz: number};

/** Where a misconception is corrected: its card and, where one shows the counter-example, a simulation and its challenge. */
export function remedyTexts(mc: MisconceptionStat, {packs, lang, m}: Pick<Context, 'packs' | 'lang' | 'm'>) {
	const pack = packs.get(mc.pack);
	const card = pack?.cards.find((c) => c.id === mc.remedy.card);
	const sim = pack?.simulations.find((s) => s.id === mc.remedy.simulation);
	const challenge = sim?.challenges.find((c) => c.id === mc.remedy.challenge);
	return {
		card: card ? m.remedyCard(pick(card.title, lang)) : undefined,
		sim: sim ? m.remedySim(pick(sim.title, lang)) : undefined,
		challenge: challenge ? `› ${pick(challenge.title, lang)}` : undefined,
	};
}

/** The remedy on one line where it fits, else the card, the simulation and its challenge each on a line of its own. */
function remedyLines(texts: ReturnType<typeof remedyTexts>, columns: number): string[] {
	const sim = [texts.sim, texts.challenge].filter((x) => x !== undefined).join(' ');
	const one = [texts.card, sim].filter((x) => x).join(' · ');
	if (width(one) <= columns) return one ? [one] : [];
	const lines = [texts.card, width(sim) <= columns ? sim : texts.sim, width(sim) <= columns ? undefined : texts.challenge];
	return lines.filter((x): x is string => !!x).map((x) => truncate(x, columns));
}

/**
 * The stats section: the top active misconceptions, each with its evidence
 * ("missed 3× · last 2 days ago") and its remedy (card, simulation); then
 * how many more are active and how many stopped recurring.
 */
export function misconceptionLines(all: readonly MisconceptionStat[], ctx: Context): Line[] {
	const {m, columns} = ctx;
	const active = all.filter((x) => x.active);
	const fixed = all.length - active.length;
	const lines: Line[] = [{text: ''}, {text: truncate(m.remedyTitle(active.length, fixed), columns), color: theme.accent, bold: true}];
	if (all.length === 0) return [...lines, {text: truncate(m.remedyNone, columns), color: theme.muted}];
	const indent = (text: string) => `  ${truncate(text, columns - 2)}`;
	for (const mc of active.slice(0, TOP_MISCONCEPTIONS)) {
		for (const text of wrapHanging(pick(mc.label, ctx.lang), '• ', columns)) lines.push({text, color: theme.warn});
		const ago = m.remedyAgo(dayIndex(ctx.now, ctx.tz) - dayIndex(mc.lastWrong, ctx.tz));
		lines.push({text: indent(m.remedyEvidence(mc.count, ago, mc.rightSince)), color: theme.muted});
		for (const text of remedyLines(remedyTexts(mc, ctx), columns - 2)) lines.push({text: `  ${text}`});
	}
	if (active.length > TOP_MISCONCEPTIONS) lines.push({text: indent(m.remedyMore(active.length - TOP_MISCONCEPTIONS)), color: theme.muted});
	if (fixed > 0) lines.push({text: truncate(m.remedyFixed(fixed), columns), color: theme.muted});
	return lines;
}
