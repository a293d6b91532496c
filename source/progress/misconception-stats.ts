import type {Localized} from '../content/schema.js';
import {type MisconceptionInfo, trackMisconceptions} from './misconceptions.js';
import type {ProgressDoc} from './progress-doc.js';

/** A misconception as stats show it (and `stats --json` prints it). */
export type MisconceptionStat = {
	id: string;
	pack: string;
	label: Localized;
	count: number;
	lastWrong: number;
	/** Items where it showed, most recent first. */
	items: string[];
	rightSince: number;
	active: boolean;
	remedy: {card?: string | undefined; simulation?: string | undefined; challenge?: string | undefined};
};

/** What stats need of a chapter: its misconceptions with their remedies, or at least their labels. */
export type MisconceptionSource = {pack: string; misconceptions: Map<string, Localized>; remediation?: MisconceptionInfo[] | undefined};

/** Every misconception shown, active first (see trackMisconceptions). */
export function misconceptionStats(
	doc: ProgressDoc,
	chapters: readonly MisconceptionSource[],
	now: number,
	tz: number,
): MisconceptionStat[] {
	const infos = chapters.flatMap(
		(c) => c.remediation ?? [...c.misconceptions].map(([id, label]): MisconceptionInfo => ({pack: c.pack, id, label, items: []})),
	);
	return trackMisconceptions(doc, infos, now, tz).map((e) => ({
		id: e.id,
		pack: e.pack,
		label: e.label,
		count: e.count,
		lastWrong: e.lastWrong,
		items: e.wrongItems,
		rightSince: e.rightSince,
		active: e.active,
		remedy: {card: e.card, simulation: e.simulation, challenge: e.challenge},
	}));
}
