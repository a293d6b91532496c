import {decodeArchive} from './archive.js';
import {CLOCK_SKEW_MS, type ProgressDoc} from './progress-doc.js';

/**
 * Records dated later than `now` (plus the clock-skew allowance): how many,
 * and the section and time of the latest. An import with any is refused.
 */
export function futureRecords(doc: ProgressDoc, now: number): {count: number; latest?: {section: string; at: number}} {
	const limit = now + CLOCK_SKEW_MS;
	let count = 0;
	let latest: {section: string; at: number} | undefined;
	const check = (section: string, at: number) => {
		if (at <= limit) return;
		count++;
		if (!latest || at > latest.at) latest = {section, at};
	};
	for (const register of Object.values(doc.settings)) if (register) check('settings', register.at);
	for (const chapter of Object.values(doc.chapters)) {
		for (const register of Object.values(chapter.known)) check('chapters', register.at);
		for (const at of Object.values(chapter.seen)) check('chapters', at);
		if (chapter.position) check('chapters', chapter.position.at);
	}
	for (const a of Object.values(doc.answers)) check('answers', a.at);
	for (const [pack, items] of Object.entries(doc.archive)) {
		for (const [item, text] of Object.entries(items))
			for (const row of decodeArchive(text, pack, item) ?? []) check('archive', row.record.at);
	}
	for (const r of Object.values(doc.runs)) check('runs', r.at);
	for (const at of Object.values(doc.undone)) check('undone', at);
	for (const r of Object.values(doc.resets)) check('resets', r.at);
	for (const s of Object.values(doc.sessions)) check('sessions', s.start);
	for (const at of Object.values(doc.challenges)) check('challenges', at);
	for (const p of Object.values(doc.predictions)) check('predictions', p.at);
	return latest ? {count, latest} : {count};
}
