import {dayIndex} from './days.js';
import {derive} from './derive.js';
import {chapterOf, type ProgressDoc} from './progress-doc.js';
import {answerDays} from './streak-index.js';

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
	const days = answerDays(derive(doc, now).items, tz).active;
	for (const pack of Object.keys(doc.chapters)) {
		for (const at of Object.values(chapterOf(doc, pack, now).seen)) if (at > 0 && at <= now) days.add(dayIndex(at, tz));
	}
	return days;
}

export function streak(doc: ProgressDoc, now: number, tz: number): Streak {
	return streakOf(activeDays(doc, tz, now), answerDays(derive(doc, now).items, tz).wasDue, dayIndex(now, tz));
}
