import {dayIndex} from './days.js';
import {derive} from './derive.js';
import {chapterOf, type ProgressDoc} from './progress-doc.js';

export type Streak = {current: number; best: number};

/**
 * Consecutive study days. A day without study breaks the streak only if a
 * review was due that day; today never breaks it (the day is not over).
 * Only days with study count towards the number.
 */
export function streakOf(active: Set<number>, wasDue: (day: number) => boolean, today: number): Streak {
	const days = [...active].filter((d) => d <= today).sort((a, b) => a - b);
	if (days.length === 0) return {current: 0, best: 0};
	let best = 0;
	let run = 0;
	let current = 0;
	for (let day = days[0]!; day <= today; day++) {
		if (active.has(day)) run++;
		else if (day !== today && wasDue(day)) run = 0;
		best = Math.max(best, run);
		current = run;
	}
	return {current, best};
}

/** Days on which the learner answered something or viewed a card (after the last reset that covers it). */
export function activeDays(doc: ProgressDoc, tz: number, now = Date.now()): Set<number> {
	const days = new Set<number>();
	for (const facts of derive(doc, now).items.values()) for (const a of facts.answers) days.add(dayIndex(a.at, tz));
	for (const pack of Object.keys(doc.chapters)) {
		for (const at of Object.values(chapterOf(doc, pack, now).seen)) if (at > 0 && at <= now) days.add(dayIndex(at, tz));
	}
	return days;
}

/**
 * Whether any review was due on a day, judged by the schedule as it stood
 * then. One pass over each item's answers: the schedule set by answer i is in
 * force on the days that start after it and no later than the next answer,
 * and it makes the item due on those days from its due day on.
 */
export function dueChecker(doc: ProgressDoc, tz: number, now = Date.now()): (day: number) => boolean {
	const ranges: [number, number][] = [];
	for (const {answers, dues} of derive(doc, now).items.values()) {
		answers.forEach((a, i) => {
			const next = answers[i + 1];
			const from = Math.max(dayIndex(a.at, tz) + 1, dayIndex(dues[i]!, tz));
			const to = next ? dayIndex(next.at, tz) : Number.POSITIVE_INFINITY;
			if (from <= to) ranges.push([from, to]);
		});
	}
	// Merged into disjoint, sorted ranges; a day is due if one holds it.
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [from, to] of ranges) {
		const last = merged.at(-1);
		if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
		else merged.push([from, to]);
	}
	return (day) => {
		let lo = 0;
		let hi = merged.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const [from, to] = merged[mid]!;
			if (day < from) hi = mid - 1;
			else if (day > to) lo = mid + 1;
			else return true;
		}
		return false;
	};
}

export function streak(doc: ProgressDoc, now: number, tz: number): Streak {
	return streakOf(activeDays(doc, tz, now), dueChecker(doc, tz, now), dayIndex(now, tz));
}
