import type {ProgressDoc} from './progress-doc.js';
import {dayIndex, dayStart} from './days.js';
import {byItem, history} from './history.js';
import {replay} from './schedule.js';

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

/** Days on which the learner answered something or viewed a card. */
export function activeDays(doc: ProgressDoc, tz: number): Set<number> {
	const days = new Set<number>();
	for (const a of history(doc).answers) days.add(dayIndex(a.at, tz));
	for (const chapter of Object.values(doc.chapters)) {
		for (const at of Object.values(chapter.seen)) if (at > 0) days.add(dayIndex(at, tz));
	}
	return days;
}

/** Whether any review was due on a day, judged by the schedule as it stood then. */
export function dueChecker(doc: ProgressDoc, tz: number): (day: number) => boolean {
	// For each item: after each answer, when it became due next.
	const steps: {at: number; due: number}[][] = [];
	for (const answers of byItem(history(doc).answers).values()) {
		steps.push(answers.map((a, i) => ({at: a.at, due: replay(answers.slice(0, i + 1)).due.getTime()})));
	}
	return (day) => {
		const start = dayStart(day, tz);
		const end = dayStart(day + 1, tz);
		return steps.some((item) => {
			const before = item.filter((s) => s.at < start).at(-1);
			return before !== undefined && before.due < end;
		});
	};
}

export function streak(doc: ProgressDoc, now: number, tz: number): Streak {
	return streakOf(activeDays(doc, tz), dueChecker(doc, tz), dayIndex(now, tz));
}
