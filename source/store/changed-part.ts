import type {ProgressDoc} from '../progress/progress-doc.js';

/** The fields of a document that are records keyed by id. */
const RECORDS = ['chapters', 'answers', 'runs', 'undone', 'resets', 'sessions', 'challenges', 'predictions'] as const;

/**
 * The entries of `doc` that are not, by reference, the same entries of `base`.
 * merge(base, changedPart(base, doc)) equals merge(base, doc), since merging an
 * entry with itself changes nothing (merge is idempotent); but it costs only
 * the changed entries. A save after one answer merges one answer, not 50,000:
 * the game's document shares every other entry with what the store last wrote.
 */
export function changedPart(base: ProgressDoc, doc: ProgressDoc): ProgressDoc {
	const out: ProgressDoc = {...doc};
	for (const key of RECORDS) {
		const mine = doc[key] as Record<string, unknown>;
		const theirs = base[key] as Record<string, unknown>;
		const part: Record<string, unknown> = {};
		if (mine !== theirs) {
			for (const id of Object.keys(mine)) if (!Object.hasOwn(theirs, id) || theirs[id] !== mine[id]) part[id] = mine[id];
		}
		(out as Record<string, unknown>)[key] = part;
	}
	return out;
}
